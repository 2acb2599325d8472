/** `apiListRecords`' period and team filters (`src/domain/list.ts`): the schema and `selectRecords`. */
import type { NormalRecord } from '../../src/domain/fields';
import { listRecordsInput, selectRecords } from '../../src/domain/list';
import { HOUSEHOLDS, PATROLS } from '../../src/domain/registry/recordTypes';

const patrol = (id: string, date: string | null, teamId: string): NormalRecord => ({ id, date, teamId });
const PATROL_ROWS = [
  patrol('TT-0001', '2023-01-31', 'T1'),
  patrol('TT-0002', '2023-02-01', 'T1'),
  patrol('TT-0003', '2023-02-28', 'T2'),
  patrol('TT-0004', '2023-03-01', 'T1'),
  patrol('TT-0005', null, 'T1'),
];
const ids = (r: { rows: NormalRecord[] }) => r.rows.map((x) => x.id);

test('from/to keep the records whose day lies in the period (inclusive); a blank day does not', () => {
  const r = selectRecords(PATROLS, PATROL_ROWS, { sheet: 'patrols', from: '2023-02-01', to: '2023-02-28' });
  expect(ids(r)).toEqual(['TT-0003', 'TT-0002']);
  expect(r.total).toBe(2);
  expect(ids(selectRecords(PATROLS, PATROL_ROWS, { sheet: 'patrols', from: '2023-02-28' }))).toEqual([
    'TT-0004',
    'TT-0003',
  ]);
  expect(ids(selectRecords(PATROLS, PATROL_ROWS, { sheet: 'patrols', to: '2023-01-31' }))).toEqual(['TT-0001']);
});

test('teamId keeps the records of that team, with the other filters', () => {
  const r = selectRecords(PATROLS, PATROL_ROWS, { sheet: 'patrols', teamId: 'T1', from: '2023-02-01' });
  expect(ids(r)).toEqual(['TT-0004', 'TT-0002']);
  const households: NormalRecord[] = [
    { id: 'H001', head: 'A', teamId: 'T1' },
    { id: 'H002', head: 'B', teamId: 'T2' },
  ];
  expect(ids(selectRecords(HOUSEHOLDS, households, { sheet: 'households', teamId: 'T2' }))).toEqual(['H002']);
});

test('the schema takes real ISO days, refuses a period on a type without a day, a team on a type without one', () => {
  expect(
    listRecordsInput.safeParse({ sheet: 'patrols', from: '2023-02-01', to: '2023-02-28', teamId: 'T1' }).success,
  ).toBe(true);
  const fail = (x: unknown) => {
    const r = listRecordsInput.safeParse(x);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  expect(fail({ sheet: 'patrols', from: '01/02/2023' })).toEqual([
    'from: Khoảng thời gian: ngày phải có dạng YYYY-MM-DD và có thật',
  ]);
  expect(fail({ sheet: 'patrols', to: '2023-02-30' })).toHaveLength(1);
  expect(fail({ sheet: 'patrols', from: '2023-03-01', to: '2023-02-01' })).toEqual([
    'to: Đến ngày phải bằng hoặc sau Từ ngày',
  ]);
  expect(fail({ sheet: 'households', from: '2023-01-01' })).toEqual([
    'from: Khoảng thời gian: trang "Hộ gia đình" không có cột ngày để lọc',
  ]);
  expect(fail({ sheet: 'residents', teamId: 'T1' })).toEqual(['teamId: Tổ: trang "Nhân khẩu" không có cột tổ để lọc']);
});
