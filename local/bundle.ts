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
  /** An array or object whose copy `out` is still to fill; `parent` leads back to the root (for messages). */
  type Job = { value: object; out: Record<string, unknown> | unknown[]; key: string | number; parent: Job | null };
  const refuse = (parent: Job | null, key: string | number, why: string): never => {
    let path = '';
    for (let j: Job | null = { value: {}, out: [], key, parent }; j?.parent; j = j.parent)
      path = Array.isArray(j.parent.out) ? `[${j.key}]${path}` : `.${j.key}${path}`;
    throw new Error(`${where} chứa giá trị không gửi được qua google.script.run: $${path} ${why}`);
  };
  const jobs: Job[] = [];
  /** The copy of a value: a primitive as it crosses, an array or object to be filled by a job. */
  const copyOf = (value: unknown, parent: Job | null, key: string | number): unknown => {
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : refuse(parent, key, `= ${value}`);
    if (typeof value === 'function') return refuse(parent, key, 'là hàm');
    if (typeof value !== 'object') return refuse(parent, key, `(${typeof value})`);
    if (Object.prototype.toString.call(value) === '[object Date]') return refuse(parent, key, 'là Date');
    const out = Array.isArray(value) ? new Array<unknown>(value.length) : {};
    jobs.push({ value, out, key, parent });
    return out;
  };
  const result = copyOf(v, null, '');
  while (jobs.length > 0) {
    const job = jobs.pop() as Job;
    if (Array.isArray(job.value)) {
      const from = job.value;
      const out = job.out as unknown[];
      // `undefined` in an array crosses as null.
      for (let i = 0; i < from.length; i++) out[i] = copyOf(from[i], job, i) ?? null;
      continue;
    }
    const from = job.value as Record<string, unknown>;
    const out = job.out as Record<string, unknown>;
    for (const k of Object.keys(from)) {
      const copy = copyOf(from[k], job, k);
      if (copy === undefined) continue; // an `undefined` property is left out
      if (k === '__proto__')
        // An own key of the copy, as JSON.parse makes it (an assignment would set the prototype).
        Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
      else out[k] = copy;
    }
  }
  return result;
}
