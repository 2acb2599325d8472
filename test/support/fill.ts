/**
 * Fills the record sheets of a set-up workbook with `n` generated rows each (uncounted),
 * as cells Sheets would hold: ids, dates as Date at midnight, numbers, booleans.
 */
import type { Clock } from '../../src/domain/clock';
import { encodeRow, mapHeaders } from '../../src/domain/codec';
import type { NormalRecord } from '../../src/domain/fields';
import { sheetDef, type SheetKey } from '../../src/domain/sheets';
import type { GasEnvironment } from '../../local/emulator';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

const ROW: Partial<Record<SheetKey, (i: number) => Partial<NormalRecord>>> = {
  teams: (i) => ({ id: `T${i + 1}`, name: `Tổ ${i + 1}` }),
  members: (i) => ({
    id: `TV-${pad(i + 1, 4)}`,
    name: `Thành viên ${i + 1}`,
    teamId: 'T1',
    role: 'Thành viên',
    joinedOn: '2020-01-01',
    guardRole: i % 3 === 0 ? 'Tổ viên' : '',
    trainedOn: i % 3 === 0 ? '2022-08-17' : null,
    papers: i % 6 === 0,
    papersOn: i % 6 === 0 ? '2022-09-27' : null,
  }),
  households: (i) => ({ id: `H${pad(i + 1, 3)}`, head: `Chủ hộ ${i + 1}`, teamId: 'T1', size: 4 }),
  patrols: (i) => ({
    id: `TT-${pad(i + 1, 4)}`,
    date: '2023-01-02',
    start: '20:00',
    end: '22:00',
    teamId: 'T1',
    memberIds: ['TV-0001'],
    participants: 2,
    withPolice: false,
    requestId: `old-${i}`,
  }),
  reminders: (i) => ({
    id: `NN-${pad(i + 1, 4)}`,
    patrolId: 'TT-0001',
    date: '2023-01-02',
    category: 'Khác',
    cases: 1,
    requestId: `old-${i}`,
  }),
  commitments: (i) => ({
    id: `CK-${pad(i + 1, 4)}`,
    householdId: `H${pad(i + 1, 3)}`,
    type: 'Không ma tuý',
    year: 2022,
    status: 'Đã ký',
    requestId: `old-${i}`,
  }),
  sessions: (i) => ({
    id: `SH-${pad(i + 1, 4)}`,
    date: '2023-01-02',
    form: 'Họp thôn',
    householdIds: ['H001', 'H002'],
    requestId: `old-${i}`,
  }),
  mediations: (i) => ({
    id: `HG-${pad(i + 1, 4)}`,
    date: '2023-01-02',
    subject: 'Việc',
    outcome: 'Thành',
    requestId: `old-${i}`,
  }),
  supervised: (i) => ({
    id: `DT-${pad(i + 1, 4)}`,
    name: `Người ${i + 1}`,
    type: 'Khác',
    startOn: '2022-01-01',
    requestId: `old-${i}`,
  }),
  cameras: (i) => ({ id: `CAM-${pad(i + 1, 2)}`, location: `Vị trí ${i + 1}`, working: true, requestId: `old-${i}` }),
  events: (i) => ({
    id: `SK-${pad(i + 1, 4)}`,
    date: '2023-01-02',
    type: 'Khác',
    content: 'Việc',
    requestId: `old-${i}`,
  }),
  registrations: (i) => ({
    id: `DK-${pad(i + 1, 3)}`,
    year: 2023,
    type: 'Nghị quyết của chi bộ',
    date: '2023-01-02',
    requestId: `old-${i}`,
  }),
  incidents: (i) => ({
    id: `VV-${pad(i + 1, 4)}`,
    date: '2023-01-02',
    type: 'Khác',
    summary: 'Việc',
    status: 'Đã giải quyết',
    requestId: `old-${i}`,
  }),
};

/** The sheets a save reads (what the call-count measurements fill with `n` rows). */
export const SAVE_SHEETS: SheetKey[] = [
  'teams',
  'members',
  'households',
  'patrols',
  'reminders',
  'commitments',
  'sessions',
  'supervised',
];

export function fillSheets(
  env: GasEnvironment,
  clock: Clock,
  n: number,
  keys: SheetKey[] = Object.keys(ROW) as SheetKey[],
): void {
  env.counter.quiet(() => {
    for (const key of keys) {
      const def = sheetDef(key);
      const sheet = env.spreadsheet.getSheetByName(def.name)!;
      const header = mapHeaders(def, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]);
      const rows = Array.from({ length: key === 'teams' ? Math.min(n, 6) : n }, (_, i) =>
        encodeRow(def, header, ROW[key]!(i), clock),
      );
      const need = rows.length + 1 - sheet.getMaxRows();
      if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
      const range = sheet.getRange(2, 1, rows.length, rows[0].values.length);
      range.setNumberFormats(rows.map((r) => r.formats));
      range.setValues(rows.map((r) => r.values));
    }
  });
}
