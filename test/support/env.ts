/** Test helpers: an emulated environment with the built bundle loaded into it. */
import { createGasEnvironment, type GasEnvironment, type GasEnvironmentOptions } from '../../local/emulator';
import { type Bundle, DIST, loadBundle } from '../../local/bundle';

export interface Loaded {
  env: GasEnvironment;
  bundle: Bundle;
}

export function loaded(opts: GasEnvironmentOptions = {}): Loaded {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => new Date('2023-06-20T03:00:00Z'), ...opts });
  return { env, bundle: loadBundle(env) };
}

/** Every cell value of every sheet (raw, uncounted), for before/after comparisons. */
export function snapshot(env: GasEnvironment): Record<string, unknown[][]> {
  return env.counter.quiet(() => {
    const out: Record<string, unknown[][]> = {};
    for (const sheet of env.spreadsheet.getSheets()) {
      const r = sheet.getDataRange();
      out[sheet.getName()] = r
        .getValues()
        .map((row) => row.map((v) => (v instanceof Date ? `D:${v.toISOString()}` : v)));
    }
    return out;
  });
}

/** The header row of a sheet. */
export function headerOf(env: GasEnvironment, name: string): string[] {
  return env.counter.quiet(() => {
    const s = env.spreadsheet.getSheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
  });
}
