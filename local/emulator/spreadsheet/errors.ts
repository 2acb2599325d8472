/**
 * Errors thrown like Apps Script's (`e.name === 'Exception'`, message as Apps Script words it),
 * plus the helpers the spreadsheet fakes share.
 */

export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function gasError(message: string): GasException {
  return new GasException(message);
}

/**
 * Every fake in this folder sets `[SELF] = this`. Reading it through a counting Proxy returns the
 * raw object (the Proxy only wraps functions), so nested arguments (e.g. a 2-D array of rules
 * passed to `setDataValidations`) can be unwrapped even though `counter.ts` unwraps only one level.
 */
export const SELF = Symbol.for('antt.emulator.self');

export function unwrap<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    const self = (x as unknown as Record<symbol, unknown>)[SELF];
    if (self) return self as T;
  }
  return x;
}

/** Names a fake class as Apps Script names it, so the counter logs `Sheet.getRange`, not `FakeSheet.getRange`. */
export function gasClassName(cls: abstract new (...args: never[]) => unknown, name: string): void {
  Object.defineProperty(cls, 'name', { value: name });
}

/** Casts a fake to the Apps Script type it stands for (the fakes implement a `Pick` of it). */
export function asGas<T>(x: unknown): T {
  return x as T;
}

/** Apps Script's description of an argument type in "The parameters (...) don't match" messages. */
export function gasTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return v.length > 0 ? `${gasTypeName(v[0])}[]` : 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof Date) return 'Date';
  return 'Object';
}

/** Apps Script's "The parameters (...) don't match" error; `params` as Apps Script lists them, e.g. `String,number`. */
export function signatureError(params: string, method: string): GasException {
  return gasError(`The parameters (${params}) don't match the method signature for ${method}.`);
}

export function paramsError(args: unknown[], method: string): GasException {
  return signatureError(args.map(gasTypeName).join(','), method);
}
