/**
 * The TT 124/2021/TT-BCA self-assessment (issue 17) on small hand-built workbooks: each status of each criterion with
 * its reason and evidence, the comparison with the previous year, the overall result, the default bounds, the input
 * checks, and the Doc: its Nghị định 30 parts, and no incident summary, note, handler or name in it.
 */
import { layoutNotice } from '../../src/domain/notice/layout';
import { noticeTexts } from '../../src/domain/notice/model';
import type { WorkbookData } from '../../src/domain/report';
import { assessTt124, type Tt124Assessment, type Tt124Request, tt124Period } from '../../src/domain/tt124/assess';
import { sameDatesYearBefore } from '../../src/domain/periods';
import { composeTt124, evidenceLine } from '../../src/domain/tt124/document';
import { validateTt124Input } from '../../src/domain/tt124/input';
import { commitment, emptyWorkbook, hh, member, patrol, team } from './complianceFixture';

type Incident = WorkbookData['incidents'][number];
type Registration = WorkbookData['registrations'][number];
const TT124 = 'Khu dân cư an toàn về ANTT';
/** A marker in every free-text field of the incidents: it must never reach the assessment or the Doc. */
const SECRET = 'BÍ-MẬT-7Q';

const incident = (id: string, date: string, type: string, status = 'Đã giải quyết'): Incident => ({
  id,
  date,
  type,
  summary: `${SECRET} tóm tắt ${id}`,
  handledBy: `Ông ${SECRET} Nguyễn Văn Xử`,
  toPolice: true,
  status,
  note: `${SECRET} ghi chú`,
  requestId: '',
});
const doc = (id: string, year: number, type: string, date: string, number = '01'): Registration => ({
  id,
  year,
  type,
  number,
  date,
  note: `${SECRET} ghi chú`,
  requestId: '',
});

/** Two patrols in every month from 11/2024 to 10/2025 (the plan: 2 a month). */
function patrols2025() {
  const out = [];
  for (let i = 0; i < 12; i++) {
    const y = 2024 + Math.floor((10 + i) / 12);
    const m = String(((10 + i) % 12) + 1).padStart(2, '0');
    out.push(patrol(`TT-${i}a`, `${y}-${m}-05`, 4, ['TV-1']), patrol(`TT-${i}b`, `${y}-${m}-20`, 3, ['TV-2'], true));
  }
  return out;
}

/** A village that meets every criterion of 2025 (criterion 2 by the board's review). */
function good(o: Partial<WorkbookData> = {}): WorkbookData {
  const data = emptyWorkbook({
    households: [hh('H1'), hh('H2'), hh('H3', { leftOn: '2025-06-01' })],
    commitments: [commitment('CK-1', 'H1', TT124, 2025), commitment('CK-2', 'H2', TT124, 2025)],
    registrations: [
      doc('DK-1', 2025, 'Nghị quyết của chi bộ', '2025-01-20', '01-NQ/CB'),
      doc('DK-2', 2025, 'Đăng ký của khu dân cư', '2025-02-15', '01/ĐK'),
    ],
    incidents: [
      incident('VV-1', '2024-03-01', 'Tội phạm'),
      incident('VV-2', '2024-09-01', 'Tệ nạn xã hội'),
      incident('VV-3', '2025-02-01', 'Tai nạn giao thông'),
      incident('VV-4', '2025-05-01', 'Tội phạm'),
    ],
    teams: [team('T1')],
    members: [
      member('TV-1', 'Tổ trưởng', { guardRole: 'Tổ trưởng', trainedOn: '2024-08-17' }),
      member('TV-2', 'Thành viên', { guardRole: 'Tổ viên' }),
      member('TV-3', 'Thành viên'),
    ],
    patrols: patrols2025(),
    ...o,
  });
  data.settings.muc_tieu_tuan_tra_thang = 2;
  return data;
}
const req: Tt124Request = { year: 2025, policy: 'met' };
const c = (a: Tt124Assessment, n: number) => a.criteria[n - 1];

describe('bounds', () => {
  it('takes 01/11 of the year before to 31/10 (TT 124 Điều 8 khoản 2 điểm a) and the same days a year earlier', () => {
    expect(tt124Period(2025)).toEqual({ from: '2024-11-01', to: '2025-10-31' });
    expect(sameDatesYearBefore({ from: '2024-02-29', to: '2024-10-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-10-31',
    });
    const a = assessTt124(good(), { year: 2025, from: '2025-01-01', to: '2025-06-30' });
    expect([a.period, a.previous]).toEqual([
      { from: '2025-01-01', to: '2025-06-30' },
      { from: '2024-01-01', to: '2024-06-30' },
    ]);
  });
});

describe('a village that meets every criterion', () => {
  const a = assessTt124(good(), req);
  it('is met, each criterion with its reason', () => {
    expect(a.overall).toBe('met');
    expect(a.criteria.map((x) => [x.number, x.status, x.unverified])).toEqual([
      [1, 'met', false],
      [2, 'met', false],
      [3, 'met', false],
      [4, 'met', true],
      [5, 'met', true],
    ]);
    expect(c(a, 1).reason).toBe(
      'Nghị quyết của chi bộ ngày 20/01/2025, trong quý I. Đăng ký phấn đấu của khu dân cư ngày 15/02/2025, ' +
        'trong quý I. 2/2 hộ đang cư trú đã đăng ký (100%).',
    );
    expect(c(a, 4).reason).toMatch(/^Trong kỳ có 1 vụ, giảm 1 vụ so với cùng kỳ năm trước \(2 vụ\)\. Theo loại: /);
    expect(c(a, 4).reason).toContain('Tội phạm 1 (năm trước 1); Tệ nạn xã hội 0 (năm trước 1); Ma tuý 0 (năm trước 0)');
    expect(c(a, 5).reason).toMatch(
      new RegExp(
        '^Mô hình tuần tra đủ 12/12 tháng \\(24 lượt\\)\\. ' +
          'Tổ bảo vệ ANTT có 2 người, có tổ trưởng; 1 người đã qua tập huấn \\(50%\\)\\.',
      ),
    );
  });
  it('gives the evidence: counts and the records behind them', () => {
    expect(c(a, 1).evidence.map((e) => [e.label, e.count])).toEqual([
      ['Nghị quyết của chi bộ năm 2025', 1],
      ['Đăng ký phấn đấu của khu dân cư năm 2025', 1],
      ['Hộ đang cư trú ngày 31/10/2025', 2],
      ['Hộ đã ký cam kết Khu dân cư an toàn về ANTT năm 2025', 2],
    ]);
    expect(c(a, 1).evidence[0].records).toEqual([
      { id: 'DK-1', date: '2025-01-20', kind: 'Nghị quyết của chi bộ số 01-NQ/CB' },
    ]);
    expect(c(a, 4).evidence.map((e) => [e.label, e.records.map((r) => r.id)])).toEqual([
      ['Tội phạm, tệ nạn xã hội, ma tuý trong kỳ (01/11/2024 – 31/10/2025)', ['VV-4']],
      ['Cùng kỳ năm trước (01/11/2023 – 31/10/2024)', ['VV-1', 'VV-2']],
    ]);
    expect(c(a, 3).evidence[0].records).toEqual([
      { id: 'VV-3', date: '2025-02-01', kind: 'Tai nạn giao thông' },
      { id: 'VV-4', date: '2025-05-01', kind: 'Tội phạm' },
    ]);
  });
  it('never quotes an incident summary, note or handler, nor a member name', () => {
    const text = JSON.stringify(a);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('Thành viên TV-');
  });
});

describe('criterion 1', () => {
  it('is not met: a resolution after the first quarter, no registration, households not registered', () => {
    const a = assessTt124(
      good({
        registrations: [
          doc('DK-1', 2025, 'Nghị quyết của chi bộ', '2025-04-10'),
          doc('DK-0', 2024, 'Đăng ký của khu dân cư', '2024-02-15'),
        ],
        commitments: [
          commitment('CK-1', 'H1', TT124, 2025),
          commitment('CK-2', 'H2', TT124, 2025),
          commitment('CK-3', 'H2', TT124, 2025, 'Vi phạm'),
        ],
      }),
      req,
    );
    expect(c(a, 1).status).toBe('notMet');
    expect(c(a, 1).reason).toBe(
      'Nghị quyết của chi bộ năm 2025 ghi ngày 10/04/2025, sau quý I. Chưa có Đăng ký phấn đấu của khu dân cư năm ' +
        '2025 trong trang Nghị quyết, đăng ký. Mới 1/2 hộ đang cư trú đăng ký (50%), còn 1 hộ chưa đăng ký.',
    );
    expect(c(a, 1).evidence[4]).toEqual({
      label: 'Hộ chưa đăng ký',
      count: 1,
      records: [{ id: 'H2', date: '2025-01-15', kind: 'Vi phạm' }],
      more: 0,
    });
    expect(a.overall).toBe('notMet');
  });
  it('has not enough data when the register of resolutions is empty', () => {
    const a = assessTt124(good({ registrations: [] }), req);
    expect([c(a, 1).status, c(a, 1).reason]).toEqual([
      'insufficient',
      'Trang Nghị quyết, đăng ký chưa có dòng nào, nên chưa biết chi bộ đã có nghị quyết, khu dân cư đã đăng ký ' +
        'chưa. 2/2 hộ đang cư trú đã đăng ký (100%).',
    ]);
    expect(a.overall).toBe('insufficient');
  });
});

describe('criterion 2', () => {
  it('needs the board’s own review', () => {
    const a = assessTt124(good(), { year: 2025 });
    expect([c(a, 2).status, c(a, 2).reason]).toEqual([
      'insufficient',
      'Cần khu dân cư tự nhận xét: tiêu chí này là một nhận định, ' +
        'không có số liệu nào trong bảng tính quyết định được.',
    ]);
    expect(a.overall).toBe('insufficient');
    const no = assessTt124(good(), { year: 2025, policy: 'notMet', policyNote: 'Chưa phổ biến quy chế mới' });
    expect([c(no, 2).status, c(no, 2).reason]).toEqual([
      'notMet',
      'Ban đại diện tự nhận xét: chưa triển khai, thực hiện đầy đủ. Ghi nhận thêm: Chưa phổ biến quy chế mới.',
    ]);
  });
});

describe('criterion 3', () => {
  it('is not met by a prolonged dispute in the period, or one from before still being settled', () => {
    const base = good().incidents;
    const a = assessTt124(
      good({ incidents: [...base, incident('VV-9', '2025-03-12', 'Mâu thuẫn, tranh chấp phức tạp kéo dài')] }),
      req,
    );
    expect(c(a, 3).status).toBe('notMet');
    expect(
      c(a, 3).reason.startsWith(
        'Có 1 vụ việc thuộc các trường hợp không được để xảy ra: ' +
          'VV-9 ngày 12/03/2025, Mâu thuẫn, tranh chấp phức tạp kéo dài, đã giải quyết. ',
      ),
    ).toBe(true);
    const carried = assessTt124(
      good({ incidents: [...base, incident('VV-8', '2024-06-01', 'Khiếu kiện đông người', 'Đang giải quyết')] }),
      req,
    );
    expect(c(carried, 3).status).toBe('notMet');
    expect(c(carried, 3).evidence[2]).toMatchObject({
      label: 'Vụ việc từ trước kỳ thuộc các trường hợp đó còn đang giải quyết',
      records: [{ id: 'VV-8', date: '2024-06-01', kind: 'Khiếu kiện đông người, đang giải quyết' }],
    });
    // Settled before the period: not this year's.
    const settled = assessTt124(
      good({ incidents: [...base, incident('VV-8', '2024-06-01', 'Khiếu kiện đông người')] }),
      req,
    );
    expect(c(settled, 3).status).toBe('met');
  });
  it('has not enough data with an empty incident register', () => {
    const a = assessTt124(good({ incidents: [] }), req);
    expect([c(a, 3).status, c(a, 4).status]).toEqual(['insufficient', 'insufficient']);
    expect(c(a, 3).reason).toMatch(
      /^Trang Vụ việc chưa có dòng nào, nên không phân biệt được “không xảy ra” với “chưa ghi”\./,
    );
  });
});

describe('criterion 4: compared with the previous year', () => {
  const with4 = (incidents: Incident[]) => c(assessTt124(good({ incidents }), req), 4);
  const prev = [incident('VV-1', '2024-03-01', 'Tội phạm')];
  it('is met with none this year, or fewer', () => {
    expect(with4([...prev, incident('VV-2', '2025-01-01', 'Cháy, nổ')]).reason).toMatch(
      /^Trong kỳ không xảy ra vụ nào thuộc các loại Tội phạm; Tệ nạn xã hội; Ma tuý \(năm trước: 1\)\./,
    );
    expect(with4(prev).status).toBe('met');
  });
  it('is not met when the same or more', () => {
    const same = with4([...prev, incident('VV-2', '2025-01-01', 'Ma tuý')]);
    expect([same.status, same.reason.split('. ')[0]]).toEqual([
      'notMet',
      'Trong kỳ có 1 vụ, bằng cùng kỳ năm trước: chưa giảm',
    ]);
    const more = with4([...prev, incident('VV-2', '2025-01-01', 'Ma tuý'), incident('VV-3', '2025-07-01', 'Tội phạm')]);
    expect([more.status, more.reason.split('. ')[0]]).toEqual([
      'notMet',
      'Trong kỳ có 2 vụ, tăng 1 vụ so với cùng kỳ năm trước (1 vụ)',
    ]);
  });
  it('explains a previous year with no record at all instead of calling it an increase', () => {
    const x = with4([incident('VV-2', '2025-01-01', 'Tội phạm')]);
    expect(x.status).toBe('insufficient');
    expect(x.reason).toContain(
      'Trong kỳ có 1 vụ, nhưng cùng kỳ năm trước (01/11/2023 – 31/10/2024) trang Vụ việc không ghi vụ nào, ' +
        'kể cả các loại khác: không biết năm trước chưa ghi sổ hay thật sự không xảy ra',
    );
  });
});

describe('criterion 5', () => {
  it('is not met with a month without patrol or a plan not met', () => {
    const patrols = good().patrols.filter((p) => !p.date.startsWith('2025-03'));
    const data = good({ patrols });
    data.settings.muc_tieu_tuan_tra_thang = 3;
    const a = assessTt124(data, req);
    expect(c(a, 5).status).toBe('notMet');
    expect(c(a, 5).reason).toMatch(
      /^1 tháng không có tuần tra: 3\/2025\. Tuần tra mới đạt 61,1% kế hoạch, chưa đạt mục tiêu 80%\./,
    );
    expect(c(a, 5).evidence[1]).toMatchObject({
      label: 'Tháng không có tuần tra',
      records: [{ id: '', date: '2025-03-01', kind: 'Tháng 3/2025' }],
    });
  });
  it('judges only the months over by today: the months to come are not without patrol, nor in the plan', () => {
    const on = (today: string, keep = (_d: string) => true) => {
      const data = good({ patrols: good().patrols.filter((p) => p.date <= today && keep(p.date)) });
      return c(assessTt124({ ...data, today }, req), 5);
    };
    const mid = on('2025-06-15');
    expect([mid.status, mid.reason.split('. ')[0]]).toEqual(['met', 'Mô hình tuần tra đủ 8/8 tháng (15 lượt)']);
    // 7 months over × 2 + ⌊2 × 15/30⌋ for June.
    expect(mid.evidence.map((e) => e.label).slice(0, 2)).toEqual([
      'Tuần tra, kiểm soát trong kỳ (8/8 tháng có tuần tra)',
      'Lượt tuần tra so với kế hoạch 15 lượt (đạt 100%, mục tiêu 80%)',
    ]);
    // May without patrol is; June, not over and without patrol yet, is not.
    const idle = on('2025-06-15', (d) => d < '2025-05-01');
    expect([idle.status, idle.reason.split('. ')[0]]).toEqual(['notMet', '1 tháng không có tuần tra: 5/2025']);
    expect(idle.evidence[0].label).toBe('Tuần tra, kiểm soát trong kỳ (6/7 tháng có tuần tra)');
    const early = on('2024-10-20');
    expect([early.status, early.reason.split('. ')[0]]).toEqual([
      'insufficient',
      'Đến ngày 20/10/2024 kỳ đánh giá chưa có tháng nào kết thúc, chưa có lượt tuần tra nào',
    ]);
    // Over by today: every month, as before.
    expect(on('2025-11-01', (d) => !d.startsWith('2025-03')).reason).toMatch(/^1 tháng không có tuần tra: 3\/2025\./);
  });
  it('needs the Tổ bảo vệ ANTT with a leader from 01/07/2024; before, the model’s teams', () => {
    const none = good();
    none.members = none.members.map((m) => ({ ...m, guardRole: '', trainedOn: null }));
    expect(c(assessTt124(none, req), 5).status).toBe('insufficient');
    const noLeader = good();
    noLeader.members = noLeader.members.map((m) => ({ ...m, guardRole: m.guardRole ? 'Tổ viên' : '' }));
    expect(c(assessTt124(noLeader, req), 5).reason).toContain('Tổ bảo vệ ANTT ngày 31/10/2025 chưa có tổ trưởng.');
    const before = c(assessTt124(none, { year: 2024, to: '2024-05-31', from: '2023-06-01' }), 5);
    expect(before.evidence.map((e) => e.label)).not.toContain(
      'Tổ bảo vệ ANTT ngày 31/05/2024 (0 tổ trưởng, 0 tổ phó, 0 tổ viên)',
    );
    expect(before.reason).toContain('Mô hình có 1 tổ tự quản với 3 thành viên.');
  });
});

describe('the Doc "Bản tự đánh giá"', () => {
  const data = good({
    incidents: [...good().incidents, incident('VV-9', '2025-03-12', 'Mâu thuẫn, tranh chấp phức tạp kéo dài')],
  });
  data.settings.ten_xa = 'Thiện Thuật';
  data.settings.ten_thon = 'Pác Khuông';
  data.settings.nguoi_ky_bao_cao = 'Hoàng Văn Bình';
  const a = assessTt124(data, { year: 2025, policy: 'met' });
  const m = composeTt124(data.settings, a, { issuedOn: '2025-11-05' });
  const lines = noticeTexts(m);
  it('is laid out as Nghị định 30 with the village under its commune, to the commune’s committee', () => {
    expect(m.docName).toBe('Bản tự đánh giá khu dân cư an toàn về ANTT năm 2025 – Thôn Pác Khuông – 05/11/2025');
    expect(lines.slice(0, 9)).toEqual([
      'UBND XÃ THIỆN THUẬT',
      'THÔN PÁC KHUÔNG',
      'Số:       /BC-TQ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thiện Thuật, ngày 05 tháng 11 năm 2025',
      'BẢN TỰ ĐÁNH GIÁ',
      'Kết quả thực hiện các tiêu chí khu dân cư “An toàn về an ninh, trật tự” năm 2025',
      'Kính gửi: Ủy ban nhân dân xã Thiện Thuật.',
    ]);
    expect(m.sections.map((s) => s.heading)).toEqual([
      'I. Căn cứ và thời gian đánh giá',
      'II. Kết quả tự đánh giá từng tiêu chí',
      'III. Kết luận',
    ]);
    expect(lines).toContain('Kết quả: Chưa đạt. ' + c(a, 3).reason);
    expect(lines).toContain(
      'Đối chiếu 05 tiêu chí tại Điều 4 Thông tư số 124/2021/TT-BCA, thôn Pác Khuông tự đánh giá: CHƯA ĐẠT ' +
        'tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025 (chưa đạt tiêu chí 3).',
    );
    expect(lines).toContain(
      '(*) Tiêu chí 4 và 5 được đánh giá theo cách hiểu chưa xác minh với văn bản chính thức của Thông tư; ' +
        'đề nghị Công an xã đối chiếu khi thẩm định.',
    );
    expect(lines.slice(-7)).toEqual([
      'Nơi nhận:',
      '- Như kính gửi;',
      '- Công an xã Thiện Thuật;',
      '- Lưu: VT.',
      'TM. BAN ĐẠI DIỆN',
      'TRƯỞNG BAN',
      'Hoàng Văn Bình',
    ]);
    expect(layoutNotice(m).blocks[0]).toMatchObject({ kind: 'table', role: 'header' });
  });
  it('writes at most 12 records of a figure and counts the rest', () => {
    expect(
      evidenceLine({
        label: 'Tuần tra',
        count: 24,
        records: Array.from({ length: 14 }, (_, i) => ({ id: `TT-${i}`, date: '2025-01-02', kind: '3 người' })),
        more: 10,
      }),
    ).toMatch(
      /^Tuần tra: 24 \(TT-0 ngày 02\/01\/2025, 3 người; .*; TT-11 ngày 02\/01\/2025, 3 người; và 12 mục khác\)\.$/,
    );
  });
  it('holds no incident summary, note, handler nor name', () => {
    const all = lines.join('\n');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('Nguyễn Văn Xử');
    expect(all).not.toContain('Thành viên TV-');
  });
});

describe('input', () => {
  it('refuses wrong fields with Vietnamese messages naming them', () => {
    const r = validateTt124Input({ year: 1999, from: 'hôm qua', policy: 'có', policyNote: 5 });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'year', message: 'Năm đánh giá: phải là số nguyên từ 2022 đến 2100' },
      { field: 'from', message: 'Từ ngày: "hôm qua" không phải ngày hợp lệ' },
      { field: 'policy', message: 'Tự nhận xét tiêu chí 2: chọn Đạt, Chưa đạt hoặc để trống' },
      { field: 'policyNote', message: 'Ghi nhận thêm về tiêu chí 2: phải là chữ' },
    ]);
    const order = validateTt124Input({ year: 2025, from: '2025-06-01', to: '2025-01-01' });
    expect(order.ok ? [] : order.errors).toEqual([{ field: 'to', message: 'Đến ngày: không được trước Từ ngày' }]);
    const long = validateTt124Input({ year: 2025, from: '2023-01-01' });
    expect(long.ok ? [] : long.errors).toEqual([{ field: 'to', message: 'Đến ngày: kỳ đánh giá dài quá 366 ngày' }]);
    const docIn = validateTt124Input({ year: '2025' }, true);
    expect(docIn.ok ? [] : docIn.errors).toEqual([
      { field: 'issuedOn', message: 'Ngày ban hành: không được để trống' },
    ]);
  });
  it('accepts a year as text, blank optional fields, and cleans the note', () => {
    expect(validateTt124Input({ year: ' 2025 ', from: '', policy: '', policyNote: '  Đủ   rồi ' })).toEqual({
      ok: true,
      value: { year: 2025, policyNote: 'Đủ rồi' },
    });
  });
});
