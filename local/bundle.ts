/**
 * Loads the built `dist/Code.js` into a `vm` context whose globals are an emulated
 * Apps Script environment — the same file `clasp push` uploads, run as Apps Script runs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { GasEnvironment } from './emulator';

export type BundleFn = (...args: unknown[]) => unknown;
export type Bundle = Record<string, BundleFn> & { AnttApp: Record<string, unknown> };

export const DIST = path.resolve(__dirname, '..', 'dist');

export function loadBundle(env: GasEnvironment, file = path.join(DIST, 'Code.js')): Bundle {
  const code = readFileSync(file, 'utf8');
  const context = vm.createContext({ ...env.globals, console, Date: clockDate(() => env.ctx.now()) });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as unknown as Bundle;
}

/**
 * The host's `Date`, except that "now" (`new Date()`, `Date.now()`) is the emulator's
 * clock. Dates made by the emulator stay `instanceof Date` inside the bundle, as they
 * are in Apps Script, where everything lives in one realm.
 */
export function clockDate(now: () => Date): DateConstructor {
  const Real = Date;
  class ClockDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now().getTime());
      else super(...(args as [number]));
    }
    static override now(): number {
      return now().getTime();
    }
    static override [Symbol.hasInstance](v: unknown): boolean {
      return v instanceof Real;
    }
  }
  return ClockDate as unknown as DateConstructor;
}

/** The global function names `dist/Code.js` defines at top level (what Apps Script can call). */
export function topLevelFunctions(file = path.join(DIST, 'Code.js')): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]).sort();
}

/**
 * Calls a bundle function as `google.script.run` does: arguments and result cross as
 * JSON-like values (a Date, a function or `undefined` in an argument is refused).
 */
export function callAsScriptRun(bundle: Bundle, name: string, args: unknown[]): unknown {
  const fn = bundle[name];
  if (typeof fn !== 'function' || name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
  const wire = (v: unknown, where: string): unknown => {
    const bad = findNonJson(v);
    if (bad) throw new Error(`${where} chứa giá trị không gửi được qua google.script.run: ${bad}`);
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  };
  const result = fn(...args.map((a, i) => wire(a, `Tham số ${i + 1}`)));
  return wire(result, 'Kết quả');
}

function findNonJson(v: unknown, p = '$'): string | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : `${p} = ${v}`;
  if (Object.prototype.toString.call(v) === '[object Date]') return `${p} là Date`;
  if (typeof v === 'function') return `${p} là hàm`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = findNonJson(v[i], `${p}[${i}]`);
      if (r) return r;
    }
    return null;
  }
  if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v as object)) {
      const r = findNonJson(x, `${p}.${k}`);
      if (r) return r;
    }
    return null;
  }
  return `${p} (${typeof v})`;
}
