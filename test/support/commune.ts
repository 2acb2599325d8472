/**
 * A commune and its villages in one emulator (SPEC §9), shared by test/server/commune.test.ts and the bench
 * (scripts/bench/commune.ts): the sample village (Pác Khuông, named by its settings) and generated villages
 * (test/support/fill.ts), shared as viewer with the commune police officer; by default also one village the
 * officer may not open, one never set up, and a wrong address. The commune spreadsheet is set up, its
 * `Các thôn` filled, and the counter reset.
 */
import { type Bundle, DIST, loadBundle } from '../../local/bundle';
import { CallCounter, createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import type { FakeSpreadsheet } from '../../local/emulator/spreadsheet';
import { intlClock } from '../../src/domain/clock';
import { fillSheets } from './fill';

export const T0 = Date.parse('2023-06-20T03:00:00Z');
export const PERIOD = { from: '2023-01-01', to: '2023-06-20' };
export const SECRETARY = 'thuky@example.com';
export const POLICE = 'congan@example.com';

export interface Commune {
  env: GasEnvironment;
  bundle: Bundle;
  counter: CallCounter;
  /** Simulated milliseconds each counted SpreadsheetApp call takes (0: the clock stands still). */
  clock: { msPerCall: number; base: number };
  commune: FakeSpreadsheet;
  villages: { name: string; ss: FakeSpreadsheet }[];
  locked: FakeSpreadsheet;
  empty: FakeSpreadsheet;
}

export interface CommuneOptions {
  /** Generated villages: name and rows per record sheet. */
  generated?: readonly (readonly [string, number])[];
  /** Add the locked village, the one not set up and the wrong address (default true). */
  faults?: boolean;
  /** The manifest's scopes, when the emulator should enforce them (see EMULATOR.md). */
  scopes?: readonly string[];
}

export function buildCommune(opts: CommuneOptions = {}): Commune {
  const generated = opts.generated ?? [
    ['Nà Vường', 40],
    ['Khuổi Cuồng', 90],
  ];
  const faults = opts.faults ?? true;
  const counter = new CallCounter();
  const clock = { msPerCall: 0, base: 0 };
  const now = () => new Date(T0 + clock.base + clock.msPerCall * counter.count({ service: 'SpreadsheetApp' }));
  const env = createGasEnvironment({ htmlDir: DIST, counter, now, userEmail: SECRETARY, scopes: opts.scopes });
  const bundle = loadBundle(env);
  // The sample village: the active spreadsheet, named by its settings (column B left blank).
  const sample = env.spreadsheet;
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const villages = [{ name: 'Pác Khuông', ss: sample }];
  for (const [name, n] of generated) {
    const ss = env.addSpreadsheet({ name: `Thôn ${name}` });
    env.setActiveSpreadsheet(ss);
    bundle.setupWorkbook();
    fillSheets(env, intlClock('Asia/Ho_Chi_Minh'), n);
    villages.push({ name, ss });
  }
  for (const v of villages) v.ss.viewers.push(POLICE);
  const locked = env.addSpreadsheet({ name: 'Thôn Bản Chu', owner: 'truongthon@example.com' });
  const empty = env.addSpreadsheet({ name: 'Thôn mới' });
  empty.viewers.push(POLICE);
  // The commune's spreadsheet, used by the commune police officer.
  env.setUser(POLICE);
  const commune = env.addSpreadsheet({ name: 'Xã Thiện Thuật – các thôn', owner: POLICE });
  env.setActiveSpreadsheet(commune);
  bundle.setupCommune();
  const sheet = commune.getSheetByName('Các thôn')!;
  const url = (ss: FakeSpreadsheet) => `https://docs.google.com/spreadsheets/d/${ss.getId()}/edit#gid=0`;
  // The second generated village by its bare id, the others by their address.
  const rows: string[][] = villages.map((v, i) => [i === 2 ? v.ss.getId() : url(v.ss), i === 0 ? '' : v.name]);
  if (faults) rows.push([url(locked), 'Bản Chu'], [url(empty), 'Thôn mới'], ['thôn Nà Pò', 'Nà Pò']);
  sheet.getRange(2, 1, rows.length, 2).setValues(rows);
  counter.reset();
  return { env, bundle, counter, clock, commune, villages, locked, empty };
}
