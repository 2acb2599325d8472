/**
 * The TT 124 self-assessment quotes no private name (SPEC §4, §10): a `Số văn bản` is printed only when it has the
 * shape of a document number and holds no name of `Đối tượng giúp đỡ`, `Nhân khẩu`, `Hoà giải` or `Nhắc nhở`
 * (tt124/docNumber.ts); a `Danh mục` value holding one (a session's form, an incident's kind) is not quoted either.
 * The entry rule and the data check name the column. On the sample village, with the reviewer's own case.
 */
import { checkWorkbook } from '../../src/domain/check';
import { activityInput, errorsOf } from '../../src/domain/inputs';
import { intlClock } from '../../src/domain/clock';
import { noticeTexts } from '../../src/domain/notice/model';
import { nameFinder } from '../../src/domain/privateNames';
import { REGISTRATIONS } from '../../src/domain/registry/recordTypes';
import { assessTt124 } from '../../src/domain/tt124/assess';
import { composeTt124 } from '../../src/domain/tt124/document';
import { isDocNumber, shownDocNumber } from '../../src/domain/tt124/docNumber';
import type { SheetValues } from '../../src/domain/workbook';
import { workbookFromValues } from '../../src/domain/workbook';
import { sampleSheetValues } from '../support/sampleValues';

const clock = intlClock('Asia/Ho_Chi_Minh');
const SHEET = 'Nghị quyết, đăng ký';

function withNumber(number: string): { values: SheetValues; row: number; col: number } {
  const values = sampleSheetValues(clock);
  const rows = values[SHEET] as unknown[][];
  const col = rows[0].indexOf('Số văn bản');
  const row = rows.findIndex((r) => r[0] === 'DK-005');
  rows[row][col] = number;
  return { values, row: row + 1, col };
}

const supervisedName = String((sampleSheetValues(clock)['Đối tượng giúp đỡ'] as unknown[][])[1][1]);

/** Criterion 1's first figure (the chi bộ's resolutions of 2023) and the whole Doc, for DK-005 numbered `number`. */
function assess(number: string) {
  const data = workbookFromValues(withNumber(number).values, clock);
  const a = assessTt124(data, { year: 2023, policy: 'met' });
  const doc = noticeTexts(composeTt124(data.settings, a, { issuedOn: '2023-11-05' })).join('\n');
  return { records: a.criteria[0].evidence[0].records, doc, sidebar: JSON.stringify(a) };
}

describe('Số văn bản in the TT 124 assessment and Doc', () => {
  it('leaves out the reviewer’s number naming a supervised person, keeping the type and the day', () => {
    expect(supervisedName).toBe('Vũ Văn Thái');
    const { records, doc, sidebar } = assess('01-NQ/CB giúp đỡ Vũ Văn Thái');
    expect(records).toEqual([{ id: 'DK-005', date: '2023-01-20', kind: 'Nghị quyết của chi bộ' }]);
    expect(doc).not.toContain('Vũ Văn Thái');
    expect(sidebar).not.toContain('Vũ Văn Thái');
    expect(doc).toContain('Nghị quyết của chi bộ năm 2023: 1 (DK-005 ngày 20/01/2023, Nghị quyết của chi bộ).');
  });
  it('prints a clean number', () => {
    const { records, doc } = assess('02-NQ/CB');
    expect(records[0].kind).toBe('Nghị quyết của chi bộ số 02-NQ/CB');
    expect(doc).toContain('DK-005 ngày 20/01/2023, Nghị quyết của chi bộ số 02-NQ/CB');
  });
  it('leaves out a number with a space, in lower case, or holding a name without spaces', () => {
    for (const n of ['01-NQ/CB ông Thái', 'số 01-NQ/CB', '01-nq/cb', 'VŨ-VĂN-THÁI/01', 'Vu-Van-Thai-01'])
      expect([n, assess(n).records[0].kind]).toEqual([n, 'Nghị quyết của chi bộ']);
  });
});

describe('the shape of a document number', () => {
  const none = nameFinder([]);
  it('takes digits, capitals (Vietnamese too), - / . and nothing else, up to 30 characters', () => {
    for (const n of ['01-NQ/CB', '15/ĐK-KDC', '123/QĐ-UBND', '01/2023/NQ-ĐU', '5.2023/KH', '7'])
      expect([n, isDocNumber(n)]).toEqual([n, true]);
    for (const n of ['', 'NQ/CB', '01 NQ/CB', '01-nq/cb', '/01', '01_NQ', '01-NQ/CB,', `1${'A'.repeat(30)}`])
      expect([n, isDocNumber(n)]).toEqual([n, false]);
    // Typed decomposed (NFD) or with spaces around: compared and printed as NFC, trimmed.
    expect(shownDocNumber(' 15/ĐK-KDC '.normalize('NFD'), none)).toBe('15/ĐK-KDC');
  });
  it('is the entry rule of the column, with a Vietnamese message naming it', () => {
    const header = (f: string) => REGISTRATIONS.list.find((c) => c.field === f)?.header ?? f;
    expect(REGISTRATIONS.refine?.({ number: '01-NQ/CB' }, header)).toEqual([]);
    expect(REGISTRATIONS.refine?.({ number: '' }, header)).toEqual([]);
    expect(REGISTRATIONS.refine?.({ number: '01-NQ/CB giúp đỡ Vũ Văn Thái' }, header)).toEqual([
      {
        field: 'number',
        message:
          'Số văn bản: "01-NQ/CB giúp đỡ Vũ Văn Thái" không phải số văn bản. Chỉ ghi chữ số, chữ in hoa và ' +
          'dấu - / . (ví dụ 01-NQ/CB, 15/ĐK-KDC), không có dấu cách, tối đa 30 ký tự; bản tự đánh giá TT 124 ' +
          'không ghi số này.',
      },
    ]);
  });
});

describe('saving a document from the form (Ghi hoạt động)', () => {
  const save = (number: string) => {
    const r = activityInput().safeParse({
      kind: 'registration',
      requestId: 'r-1',
      year: 2023,
      type: 'Nghị quyết của chi bộ',
      number,
      date: '2023-01-20',
    });
    return r.success ? [] : errorsOf(r.error);
  };
  it('refuses a number of another shape, naming the column, and takes a clean one or none', () => {
    expect(save('01-NQ/CB giúp đỡ Vũ Văn Thái')).toEqual([
      { field: 'number', message: expect.stringMatching(/^Số văn bản: "01-NQ\/CB giúp đỡ Vũ Văn Thái" không phải/) },
    ]);
    expect(save('01-NQ/CB')).toEqual([]);
    expect(save('')).toEqual([]);
  });
});

describe('Kiểm tra dữ liệu', () => {
  const issuesFor = (number: string) => {
    const { values, row, col } = withNumber(number);
    const a1 = `${String.fromCharCode(65 + col)}${row}`;
    const issues = checkWorkbook(values, clock).issues.filter((i) => i.sheet === SHEET);
    return { issues: issues.map((i) => [i.row, i.column, i.a1, i.message]), row, a1 };
  };
  it('names the column of a number of the wrong shape, and the name it holds', () => {
    const { issues, row, a1 } = issuesFor('01-NQ/CB giúp đỡ Vũ Văn Thái');
    expect(issues).toEqual([
      [row, 'Số văn bản', a1, expect.stringMatching(/^Số văn bản: "01-NQ\/CB giúp đỡ Vũ Văn Thái" không phải số/)],
      [
        row,
        'Số văn bản',
        a1,
        'Số văn bản: "01-NQ/CB giúp đỡ Vũ Văn Thái" chứa tên người "Vũ Văn Thái" (trang "Đối tượng giúp đỡ"). ' +
          'Bản tự đánh giá TT 124 không ghi số này; chỉ ghi số hiệu văn bản (ví dụ 01-NQ/CB), không ghi tên người.',
      ],
    ]);
  });
  it('flags a name in a number of the right shape, and nothing in a clean one', () => {
    expect(issuesFor('VŨ-VĂN-THÁI/01').issues.map((i) => i[3])).toEqual([
      expect.stringContaining('chứa tên người "Vũ Văn Thái"'),
    ]);
    expect(issuesFor('02-NQ/CB').issues).toEqual([]);
  });
});
