/**
 * The pieces of "Docs hold aggregates and listed values only" (SPEC §4): list entries in a text
 * cell (listText.ts), the private names and how an entry is found to hold one (privateNames.ts),
 * and the data check's note on a partner that is not in `Danh mục`.
 */
import { checkWorkbook } from '../../src/domain/check';
import { listEntriesIn, listPieces, unlistedPieces, withListEntry } from '../../src/domain/listText';
import {
  nameFinder,
  namesAfterTitles,
  namesInPeopleField,
  type PrivateName,
  privateNamesOf,
} from '../../src/domain/privateNames';
import { SHEET } from '../../src/domain/sheets';
import { sampleSheetValues } from '../support/sampleValues';
import { clock } from './noticeSample';

const TOPICS = ['Phương thức, thủ đoạn tội phạm', 'Phòng cháy chữa cháy', 'Ma tuý'];
const PARTNERS = ['Công an xã', 'Công an xã Thiện Thuật', 'Trường THPT Pác Khuông'];

describe('list entries in a text cell', () => {
  it('finds whole entries between separators, an entry with a comma included, in the order of the cell', () => {
    expect(listPieces(' a ,b;\n c  d ')).toEqual(['a', 'b', 'c d']);
    expect(listEntriesIn('ma tuý, Phương thức,  thủ đoạn tội phạm', TOPICS)).toEqual([
      'Ma tuý',
      'Phương thức, thủ đoạn tội phạm',
    ]);
    // Whole pieces only: "Công an xã" is not found inside "Công an xã Thiện Thuật", nor a name beside an entry.
    expect(listEntriesIn('Công an xã Thiện Thuật; Vũ Văn Thái', PARTNERS)).toEqual(['Công an xã Thiện Thuật']);
    expect(listEntriesIn('Nhà Vũ Văn Thái', PARTNERS)).toEqual([]);
    expect(
      unlistedPieces('Công an xã Thiện Thuật, Vũ Văn Thái, Phương thức, thủ đoạn tội phạm', [...PARTNERS, ...TOPICS]),
    ).toEqual(['Vũ Văn Thái']);
  });

  it('adds and takes out an entry, other pieces kept as typed', () => {
    expect(withListEntry('Ban văn hoá', 'Phương thức, thủ đoạn tội phạm', true)).toBe(
      'Ban văn hoá, Phương thức, thủ đoạn tội phạm',
    );
    expect(withListEntry('Ban văn hoá, phương thức, thủ đoạn tội phạm', 'Phương thức, thủ đoạn tội phạm', false)).toBe(
      'Ban văn hoá',
    );
    expect(withListEntry('', 'Ma tuý', true)).toBe('Ma tuý');
  });
});

describe('private names', () => {
  it('reads the names of a people field and those after a title word', () => {
    expect(namesAfterTitles('Nhắc nhở ông Lăng Văn Tú và bà con xóm Nà Phạ; cháu Hà')).toEqual(['Lăng Văn Tú', 'Hà']);
    expect(namesInPeopleField('Hộ ông Nông Văn Bình – hộ bà Lý Thị Hoa')).toEqual(['Nông Văn Bình', 'Lý Thị Hoa']);
    expect(namesInPeopleField('Hoàng Văn Lâm, Trưởng ban')).toEqual(['Hoàng Văn Lâm']);
    expect(namesInPeopleField('Trưởng ban')).toEqual([]);
  });

  it('collects the names of the four sheets, each with the first sheet it is found in', () => {
    const names = privateNamesOf({
      residents: [{ name: 'Vũ Văn Thái' }, { name: 'Y' }],
      supervised: [{ name: ' Vũ  Văn Thái ' }],
      mediations: [{ parties: 'Hộ ông Lăng Văn Tú – hộ ông Vy', chair: 'Trưởng ban' }],
      reminders: [{ note: 'Nhắc nhở anh Hà Văn Nam mở quán quá giờ' }],
    });
    expect(names).toEqual([
      { name: 'Vũ Văn Thái', sheet: 'Đối tượng giúp đỡ' },
      { name: 'Lăng Văn Tú', sheet: 'Hoà giải' },
      { name: 'Vy', sheet: 'Hoà giải' },
      { name: 'Hà Văn Nam', sheet: 'Nhắc nhở' },
    ]);
  });

  it('finds a name in an entry: case, tone-mark place and unaccented typing aside, never a different accent', () => {
    const names: PrivateName[] = [
      { name: 'Vũ Văn Thái', sheet: 'Nhân khẩu' },
      { name: 'Đinh Văn Hoà', sheet: 'Hoà giải' },
      { name: 'Vy', sheet: 'Hoà giải' },
      { name: 'A', sheet: 'Nhân khẩu' },
    ];
    const find = (s: string) => nameFinder(names)(s)?.name ?? null;
    expect(find('Đám cưới nhà VŨ VĂN THÁI')).toBe('Vũ Văn Thái');
    expect(find('Dam cuoi nha vu van thai')).toBe('Vũ Văn Thái');
    expect(find('Vũ Văn Thái'.normalize('NFD'))).toBe('Vũ Văn Thái');
    expect(find('Giỗ ông Đinh Văn Hòa')).toBe('Đinh Văn Hoà'); // "Hòa" and "Hoà": the same word
    expect(find('Gia đình văn hoá')).toBeNull(); // "đình" is not "Đinh"
    expect(find('Gia dinh van hoa')).toBe('Đinh Văn Hoà'); // typed without accents: cannot tell
    expect(find('Vũ Văn')).toBeNull(); // part of a name
    expect(find('vy')).toBe('Vy'); // a one-word name: the whole entry only
    expect(find('Hội Vy')).toBeNull();
    expect(find('A')).toBeNull(); // one letter: never
  });
});

it('the data check notes a partner that is not in Danh mục (the notice leaves it out)', () => {
  const values = sampleSheetValues(clock);
  const sessions = values['Sinh hoạt, tuyên truyền'] as unknown[][];
  const c = sessions[0].indexOf('Đơn vị phối hợp');
  sessions[3][c] = 'Công an xã Thiện Thuật, Ban văn hoá thôn';
  // Every other partner of the sample is in its list: this row is the only one noted.
  const issues = checkWorkbook(values, clock).issues.filter((i) => i.sheet === SHEET.sessions && i.row > 1);
  expect(issues.map((i) => [i.sheet, i.row, i.column, i.a1, i.message])).toEqual([
    [
      'Sinh hoạt, tuyên truyền',
      4,
      'Đơn vị phối hợp',
      `${String.fromCharCode(65 + c)}4`,
      'Đơn vị phối hợp: "Ban văn hoá thôn" không có trong Danh mục "Đơn vị phối hợp", nên thông báo không ghi. ' +
        'Nếu là tên đơn vị, hãy thêm vào Danh mục "Đơn vị phối hợp".',
    ],
  ]);
});

it('the data check notes a festival event that names no festival of Danh mục (the notice cannot name it)', () => {
  const values = sampleSheetValues(clock);
  const events = values['Tin báo, sự kiện'] as unknown[][];
  const [type, festival] = ['Loại', 'Lễ hội, sự kiện'].map((h) => events[0].indexOf(h));
  const festivalRows = events.flatMap((r, i) => (r[type] === 'Bảo đảm ANTT lễ hội, sự kiện' ? [i + 1] : []));
  expect(festivalRows).toHaveLength(2);
  const eventIssues = () => checkWorkbook(values, clock).issues.filter((i) => i.sheet === 'Tin báo, sự kiện');
  expect(eventIssues()).toEqual([]);
  events[festivalRows[1] - 1][festival] = '';
  expect(eventIssues().map((i) => [i.row, i.column, i.message])).toEqual([
    [
      festivalRows[1],
      'Lễ hội, sự kiện',
      'Lễ hội, sự kiện: trống, nên thông báo không ghi tên lễ hội, sự kiện này. Với loại "Bảo đảm ANTT lễ hội, ' +
        'sự kiện", hãy chọn tên trong Danh mục "Lễ hội, sự kiện" (thêm vào Danh mục nếu chưa có).',
    ],
  ]);
});
