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
  const result = fn(...args.map((a, i) => wireCopy(a, `Tham số ${i + 1}`)));
  return wireCopy(result, 'Kết quả');
}

/**
 * The copy of `v` the other side of `google.script.run` receives: what `JSON.parse(JSON.stringify(v))`
 * gives (`undefined` in an array becomes null, an `undefined` property is left out, an own `__proto__`
 * key stays a key), after refusing what Apps Script refuses (a Date, a function, a non-finite number, a
 * symbol or a bigint, anywhere inside). Apps Script documents no depth or size limit for these values,
 * so none is imitated: a value nested 100,000 deep crosses whole, and what meets it is the add-on's own
 * guard (src/domain/payload.ts). The copy is made without recursion (an explicit stack) — as a
 * recursive copy, or `JSON.stringify` itself, would overflow the emulator's stack on such a value
 * before the bundle saw it.
 */
export function wireCopy(v: unknown, where: string): unknown {
  const refuse = (why: string) => {
    throw new Error(`${where} chứa giá trị không gửi được qua google.script.run: ${why}`);
  };
  /** `holder[key] = copy of value`, still to do; paths only for messages. */
  type Job = { value: unknown; holder: Record<string, unknown> | unknown[]; key: string | number; path: string };
  const root: { v?: unknown } = {};
  const jobs: Job[] = [{ value: v, holder: root as Record<string, unknown>, key: 'v', path: '$' }];
  while (jobs.length > 0) {
    const { value, holder, key, path } = jobs.pop() as Job;
    let copy: unknown;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') copy = value;
    else if (value === undefined) copy = Array.isArray(holder) ? null : undefined;
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) refuse(`${path} = ${value}`);
      copy = value === 0 ? 0 : value;
    } else if (typeof value === 'function') refuse(`${path} là hàm`);
    else if (Object.prototype.toString.call(value) === '[object Date]') refuse(`${path} là Date`);
    else if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      for (let i = value.length - 1; i >= 0; i--)
        jobs.push({ value: value[i], holder: out, key: i, path: `${path}[${i}]` });
      copy = out;
    } else if (typeof value === 'object') {
      const out: Record<string, unknown> = {};
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        jobs.push({ value: (value as Record<string, unknown>)[k], holder: out, key: k, path: `${path}.${k}` });
      }
      copy = out;
    } else refuse(`${path} (${typeof value})`);
    if (copy === undefined && !Array.isArray(holder)) continue;
    // A key such as `__proto__` is an own key of the copy, as JSON.parse makes it.
    Object.defineProperty(holder, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return root.v;
}
