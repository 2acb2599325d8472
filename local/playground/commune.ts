/**
 * The commune playground (`npm start -- --commune`, issue 18): one emulator holding the sample village, two
 * generated villages (test/support/fill.ts) and the commune's spreadsheet, which is active and set up with the three
 * villages in `Các thôn`. `SpreadsheetApp.openById` resolves among them, so "Cập nhật số liệu các thôn" runs here as
 * on Google. The state file then keeps every spreadsheet and the current user (not the document properties: an
 * update left half way starts again).
 */
import type { Bundle } from '../bundle';
import type { GasEnvironment } from '../emulator';
import { deserializeSpreadsheet, serializeSpreadsheet } from '../emulator/spreadsheet';
import { intlClock } from '../../src/domain/clock';
import { fillSheets } from '../../test/support/fill';

/** The commune police officer who runs the commune spreadsheet; the villages share theirs with this account. */
export const COMMUNE_USER = 'congan@example.com';
const GENERATED: readonly (readonly [string, number])[] = [
  ['Nà Vường', 40],
  ['Khuổi Cuồng', 90],
];

/** Fills `env` (a new environment whose active spreadsheet becomes the sample village) as the commune playground. */
export function buildCommunePlayground(env: GasEnvironment, bundle: Bundle): void {
  const sample = env.spreadsheet;
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const villages = [sample];
  for (const [name, n] of GENERATED) {
    const ss = env.addSpreadsheet({ name: `Thôn ${name} – ANTT tự quản` });
    env.setActiveSpreadsheet(ss);
    bundle.setupWorkbook();
    fillSheets(env, intlClock('Asia/Ho_Chi_Minh'), n);
    villages.push(ss);
  }
  for (const v of villages) v.viewers.push(COMMUNE_USER);
  env.setUser(COMMUNE_USER);
  const commune = env.addSpreadsheet({ name: 'Xã Thiện Thuật – các thôn', owner: COMMUNE_USER });
  env.setActiveSpreadsheet(commune);
  bundle.setupCommune();
  const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;
  commune
    .getSheetByName('Các thôn')!
    .getRange(2, 1, 3, 2)
    .setValues([
      [url(sample.getId()), ''],
      [url(villages[1].getId()), GENERATED[0][0]],
      [url(villages[2].getId()), GENERATED[1][0]],
    ]);
  const info = commune.getSheetByName('Thông tin xã')!;
  info.getRange(2, 2, 2, 1).setValues([['Thiện Thuật'], ['Lạng Sơn']]);
  commune.setActiveSheet(commune.getSheetByName('Các thôn')!);
}

/** What the state file keeps of an environment with several spreadsheets. */
export interface MultiState {
  multi: true;
  active: string;
  user: string;
  spreadsheets: unknown[];
}

export function multiSnapshot(env: GasEnvironment): MultiState {
  return {
    multi: true,
    active: env.spreadsheet.getId(),
    user: env.ctx.user.email,
    spreadsheets: env.spreadsheets().map((ss) => serializeSpreadsheet(ss)),
  };
}

export function isMultiState(x: unknown): x is MultiState {
  return !!x && typeof x === 'object' && (x as MultiState).multi === true;
}

/** Restores every spreadsheet of a saved state into `env` (a new environment), the saved active one active. */
export function restoreMulti(env: GasEnvironment, state: MultiState): void {
  for (const data of state.spreadsheets) {
    const ss = deserializeSpreadsheet(env.ctx, data);
    env.addSpreadsheet(ss);
    if (ss.getId() === state.active) env.setActiveSpreadsheet(ss);
  }
  env.setUser(state.user);
}
