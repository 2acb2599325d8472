import { findHouseholds, householdKey } from '../../src/domain/householdSearch';
import { noneSigned, signedMasks, signedTypes } from '../../src/domain/signedSummary';
import { defaultLists } from '../../src/domain/lists';
import { summariseSigned } from '../../src/server/save/signed';

const H = (id: string, head: string, address = '') => ({ id, head, address });
const HOUSEHOLDS = [
  H('H001', 'Nguyễn Văn An', 'Xóm Nà Phạ'),
  H('H002', 'Đỗ Thị Ánh', 'Xóm Bản Chang'),
  H('H010', 'Nguyễn Thị Văn', 'Xóm Trung tâm'),
  H('H100', 'Hoàng Văn Đức', 'Xóm Nà Phạ'),
  H('H011', 'Lộc Văn Hưng', 'Thôn H001 cũ'),
];
const ids = (r: { households: { id: string }[] }) => r.households.map((x) => x.id);

describe('findHouseholds', () => {
  it('finds Vietnamese names typed without accents, every word anywhere', () => {
    expect(ids(findHouseholds(HOUSEHOLDS, 'nguyen van', 20))).toEqual(['H001', 'H010']);
    expect(ids(findHouseholds(HOUSEHOLDS, 'do thi anh', 20))).toEqual(['H002']);
    expect(ids(findHouseholds(HOUSEHOLDS, '  ĐỖ   thị ', 20))).toEqual(['H002']);
    expect(ids(findHouseholds(HOUSEHOLDS, 'duc', 20))).toEqual(['H100']);
  });

  it('finds by address and by id, the id typed exactly first, then ids it begins', () => {
    expect(ids(findHouseholds(HOUSEHOLDS, 'na pha', 20))).toEqual(['H001', 'H100']);
    // H001 is the id; H011's address names H001 (found, after it).
    expect(ids(findHouseholds(HOUSEHOLDS, 'h001', 20))).toEqual(['H001', 'H011']);
    expect(ids(findHouseholds(HOUSEHOLDS, 'H01', 20))).toEqual(['H010', 'H011']);
    // Words are found inside the text: "h1" is in H100 alone.
    expect(ids(findHouseholds(HOUSEHOLDS, 'h1', 20))).toEqual(['H100']);
  });

  it('gives the first `limit` and how many match; nothing for a blank query or no match', () => {
    const r = findHouseholds(HOUSEHOLDS, 'van', 2);
    expect(r.total).toBe(4);
    expect(ids(r)).toEqual(['H001', 'H010']);
    expect(findHouseholds(HOUSEHOLDS, '   ', 20)).toEqual({ households: [], total: 0 });
    expect(findHouseholds(HOUSEHOLDS, 'nguyen duc', 20)).toEqual({ households: [], total: 0 });
  });

  it('searches the id, head and address only', () => {
    expect(householdKey(H('H5', 'Vy Văn Vinh', 'Xóm Đông'))).toBe('h5 vy van vinh xom dong');
    expect(householdKey({ id: 'H6', head: '', address: '' })).toBe('h6');
  });
});

describe('signed summary', () => {
  const lists = defaultLists();
  const types = lists.values['Loại cam kết'];
  const required = lists.requiredCommitments;

  it('masks one bit per type and year, and reads them back', () => {
    const years = ['2022', '2023'];
    const masks = signedMasks(types, years, (y) => new Set(y === '2022' ? [types[0], types[2]] : []));
    expect(masks).toEqual([5, 0]);
    const s = { years, types: [...types], households: { H1: masks }, counts: {} };
    expect(signedTypes(s, 'H1', '2022')).toEqual([types[0], types[2]]);
    expect(signedTypes(s, 'H1', '2023')).toEqual([]);
    expect(signedTypes(s, 'H1', '2021')).toEqual([]);
    expect(signedTypes(s, 'H2', '2022')).toEqual([]);
    expect(signedTypes(noneSigned(), 'H1', '2022')).toEqual([]);
  });

  it('lists the given households, counts the active ones, every required type as *', () => {
    const byYear = {
      '2023': Object.fromEntries([...required.map((type) => [type, ['H1', 'H2', 'GONE']]), ['Loại riêng', ['H3']]]),
      '2022': { [required[0]]: ['H1', 'H3'] },
      '2019': { [required[0]]: ['H4'] },
    };
    byYear['2023'][required[0]] = ['H1', 'GONE'];
    const s = summariseSigned(byYear, '2023-06-20', lists, ['H1', 'H2', 'H3', 'H4'], ['H1', 'H2', 'H4']);
    expect(s.years).toEqual(['2022', '2023']);
    expect(s.types).toEqual([...types, 'Loại riêng']);
    expect(Object.keys(s.households)).toEqual(['H1', 'H2']); // H4 signed nothing these two years; H3 not listed
    expect(signedTypes(s, 'H1', '2023')).toEqual([...required]);
    expect(signedTypes(s, 'H2', '2023')).toEqual(required.slice(1));
    expect(signedTypes(s, 'H1', '2022')).toEqual([required[0]]);
    expect(s.counts['2023'][required[0]]).toBe(1); // GONE is not active
    expect(s.counts['2023'][required[1]]).toBe(2);
    expect(s.counts['2023']['Loại riêng']).toBe(1);
    expect(s.counts['2023']['*']).toBe(1);
    expect(s.counts['2022']).toMatchObject({ [required[0]]: 2, '*': required.length === 1 ? 2 : 0 });
  });
});
