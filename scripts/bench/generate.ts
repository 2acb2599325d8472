/**
 * A generated village workbook of any size, as the cell values Sheets returns
 * (header row first, dates as Date at midnight in Asia/Ho_Chi_Minh), for the
 * compliance bench. Deterministic (seeded PRNG).
 */
import type { GasEnvironment } from '../../local/emulator';
import type { Clock } from '../../src/domain/clock';
import { defaultLists } from '../../src/domain/lists';
import { SHEET, sheetDef, type SheetKey } from '../../src/domain/sheets';
import type { SheetValues } from '../../src/domain/workbook';
import { buildPacKhuong } from '../../src/sample/pacKhuong';
import { int, mulberry32, pick } from '../../src/sample/names';

export interface GeneratedSize {
  households: number;
  residents: number;
  patrols: number;
  reminders: number;
}

export const FULL_SIZE: GeneratedSize = { households: 10_000, residents: 40_000, patrols: 100_000, reminders: 100_000 };
/** The size issue 15 states its limits at: 10,000 households, 50,000 patrols (4 residents a household, a reminder
 * a patrol). */
export const LARGE_SIZE: GeneratedSize = { households: 10_000, residents: 40_000, patrols: 50_000, reminders: 50_000 };
export const GENERATED_PERIOD = { from: '2014-01-01', to: '2023-12-31' };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function generateWorkbook(size: GeneratedSize, clock: Clock): SheetValues {
  const rnd = mulberry32(4242);
  const lists = defaultLists().values;
  const dates = new Map<string, Date>();
  const date = (iso: string) => {
    let d = dates.get(iso);
    if (!d) dates.set(iso, (d = clock.midnight(iso)));
    return d;
  };
  const DAY = 86_400_000;
  const start = Date.UTC(2014, 0, 1);
  const span = Math.round((Date.UTC(2023, 11, 31) - start) / DAY);
  const day = () => date(new Date(start + int(rnd, 0, span) * DAY).toISOString().slice(0, 10));

  const out: SheetValues = {};
  const sheet = (key: SheetKey, rows: Record<string, unknown>[]) => {
    const def = sheetDef(key);
    out[def.name] = [
      def.columns.map((c) => c.header),
      ...rows.map((r) => def.columns.map((c) => (r[c.field] ?? (c.type === 'bool' ? false : '')) as unknown)),
    ];
  };

  const teams = Math.max(2, Math.round(size.households / 500));
  const members = Math.max(10, Math.round(size.households / 25));
  const hhId = (i: number) => `H${pad(i + 1, 3)}`;
  const tvId = (i: number) => `TV-${pad(i + 1, 4)}`;
  const ttId = (i: number) => `TT-${pad(i + 1, 4)}`;

  sheet(
    'teams',
    Array.from({ length: teams }, (_, i) => ({ id: `T${i + 1}`, name: `Tổ ${i + 1}` })),
  );
  sheet(
    'members',
    Array.from({ length: members }, (_, i) => ({
      id: tvId(i),
      name: `Thành viên ${i + 1}`,
      teamId: `T${(i % teams) + 1}`,
      role: i < 7 ? pick(rnd, lists['Vai trò'].slice(0, 3)) : 'Thành viên',
      joinedOn: date('2014-01-01'),
      leftOn: i % 50 === 49 ? day() : '',
    })),
  );
  sheet(
    'households',
    Array.from({ length: size.households }, (_, i) => ({
      id: hhId(i),
      head: `Chủ hộ ${i + 1}`,
      teamId: `T${(i % teams) + 1}`,
      size: 4,
      ethnicity: 'Nùng',
      arrivedOn: i % 40 === 0 ? day() : '',
      leftOn: i % 30 === 0 ? day() : '',
    })),
  );
  sheet(
    'residents',
    Array.from({ length: size.residents }, (_, i) => {
      const born = i % 97 === 0 ? '' : int(rnd, 1935, 2022);
      return {
        id: `NK-${pad(i + 1, 4)}`,
        name: `Người ${i + 1}`,
        householdId: hhId(i % size.households),
        birthYear: born,
        gender: i % 2 ? 'Nam' : 'Nữ',
        hasIdCard: rnd() < 0.95,
        eidLevel: pick(rnd, ['Chưa', 'Mức 1', 'Mức 2', 'Mức 2']),
      };
    }),
  );
  const patrolDates: Date[] = [];
  sheet(
    'patrols',
    Array.from({ length: size.patrols }, (_, i) => {
      const d = day();
      patrolDates.push(d);
      const ids = Array.from({ length: int(rnd, 2, 5) }, () => tvId(int(rnd, 0, members - 1)));
      return {
        id: ttId(i),
        date: d,
        start: '20:00',
        end: '22:30',
        teamId: `T${(i % teams) + 1}`,
        area: 'Địa bàn',
        memberIds: [...new Set(ids)].join(', '),
        participants: ids.length + int(rnd, 0, 2),
        withPolice: i % 3 === 0,
        result: 'Tình hình ổn định.',
        recordedBy: tvId(0),
      };
    }),
  );
  sheet(
    'reminders',
    Array.from({ length: size.reminders }, (_, i) => {
      const p = int(rnd, 0, size.patrols - 1);
      return {
        id: `NN-${pad(i + 1, 4)}`,
        patrolId: ttId(p),
        date: patrolDates[p],
        category: pick(rnd, lists['Loại nhắc nhở']),
        cases: int(rnd, 1, 4),
        action: 'Nhắc nhở',
      };
    }),
  );
  const commitments: Record<string, unknown>[] = [];
  for (let i = 0; i < size.households; i++)
    for (const type of lists['Loại cam kết'])
      commitments.push({
        id: `CK-${pad(commitments.length + 1, 4)}`,
        householdId: hhId(i),
        type,
        year: 2023,
        signedOn: date('2023-02-01'),
        status: rnd() < 0.01 ? 'Vi phạm' : 'Đã ký',
      });
  sheet('commitments', commitments);
  const sessions = Math.max(10, Math.round(size.households / 20));
  sheet(
    'sessions',
    Array.from({ length: sessions }, (_, i) => ({
      id: `SH-${pad(i + 1, 4)}`,
      date: day(),
      form: i % 10 === 0 ? 'Tuyên truyền tại trường học' : 'Họp thôn',
      audience: i % 10 === 0 ? 'Học sinh' : 'Nhân dân',
      attendees: int(rnd, 20, 300),
      householdIds: Array.from({ length: 50 }, () => hhId(int(rnd, 0, size.households - 1))).join(', '),
    })),
  );
  sheet(
    'mediations',
    Array.from({ length: sessions }, (_, i) => ({
      id: `HG-${pad(i + 1, 4)}`,
      date: day(),
      subject: 'Tranh chấp',
      outcome: pick(rnd, lists['Kết quả hoà giải']),
    })),
  );
  sheet(
    'supervised',
    Array.from({ length: Math.max(4, sessions / 5) }, (_, i) => ({
      id: `DT-${pad(i + 1, 4)}`,
      name: `Đối tượng ${i + 1}`,
      type: pick(rnd, lists['Loại đối tượng']),
      startOn: day(),
      endOn: i % 2 ? day() : '',
      reoffended: i % 17 === 0,
    })),
  );
  sheet(
    'cameras',
    Array.from({ length: Math.max(5, sessions / 10) }, (_, i) => ({
      id: `CAM-${pad(i + 1, 2)}`,
      location: `Vị trí ${i + 1}`,
      installedOn: day(),
      working: i % 9 !== 0,
    })),
  );
  sheet(
    'events',
    Array.from({ length: sessions }, (_, i) => ({
      id: `SK-${pad(i + 1, 4)}`,
      date: day(),
      type: pick(rnd, lists['Loại sự kiện']),
      content: 'Nội dung',
    })),
  );

  const settings = buildPacKhuong().sheets[SHEET.settings];
  out[SHEET.settings] = [['Mục', 'Giá trị', 'Ghi chú'], ...settings.map((r) => [r['Mục'], r['Giá trị'] ?? '', ''])];
  return out;
}

export function scaled(size: GeneratedSize, f: number): GeneratedSize {
  return {
    households: Math.round(size.households * f),
    residents: Math.round(size.residents * f),
    patrols: Math.round(size.patrols * f),
    reminders: Math.round(size.reminders * f),
  };
}

/**
 * Writes a generated workbook into the environment's active spreadsheet (set up first), uncounted: each record
 * sheet's rows below its header, each value under the header it was generated for (`Cài đặt` is left as set-up
 * wrote it). New rows are inserted below the formatted ones, so they take their formats, as rows added in Sheets do.
 */
export function loadGenerated(env: GasEnvironment, values: SheetValues): void {
  env.counter.quiet(() => {
    for (const [name, rows] of Object.entries(values)) {
      if (name === SHEET.settings || !rows || rows.length < 2) continue;
      const sheet = env.spreadsheet.getSheetByName(name);
      if (!sheet) continue;
      const header = sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0]
        .map((h) => String(h));
      const at = rows[0].map((h) => header.indexOf(String(h)));
      const out = rows.slice(1).map((r) => {
        const row: unknown[] = new Array(header.length).fill('');
        for (let k = 0; k < at.length; k++) if (at[k] >= 0) row[at[k]] = r[k];
        return row;
      });
      const need = out.length + 1 - sheet.getMaxRows();
      if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
      sheet.getRange(2, 1, out.length, header.length).setValues(out);
    }
  });
}
