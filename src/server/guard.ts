/**
 * The one wrapper every page-callable server function goes through (applied in `index.ts`, SPEC §6
 * "Arguments"):
 *   1. before anything else — no validation, no service call — the arguments are checked against
 *      `PAYLOAD_LIMITS` (depth, size, string length, keys, plain values only), without recursion:
 *      over a limit → `{ ok: false, errors: [{ field: '', message }] }`;
 *   2. an error escaping the function is thrown again with a Vietnamese message (`userMessage`):
 *      ours as they are, Apps Script's known faults as a sentence that says what to do, anything
 *      else as one generic sentence, the original logged with `console.error`.
 * A fault stays a throw (not `ok: false`): for a page a throw means "no answer", and a form sends
 * its retry with the same request id, which a save recognises.
 */
import { checkPayload } from '../domain/payload';
import { thrownMessage, userMessage } from '../domain/userError';

declare const GUARDED: unique symbol;
/** The mark of a guarded function (types only): `index.ts` checks every `api*` export carries it. */
export interface Guarded {
  readonly [GUARDED]: true;
}

type Fn = (...args: never[]) => unknown;
export type GuardedAll<T> = { [K in keyof T]: T[K] extends Fn ? T[K] & Guarded : T[K] };

export function guarded<F extends Fn>(name: string, fn: F): F & Guarded {
  const wrapped = (...args: unknown[]): unknown => {
    const refused = checkPayload(args);
    if (refused) return { ok: false, errors: [refused] };
    try {
      return fn(...(args as Parameters<F>));
    } catch (e) {
      throw asUserError(name, e);
    }
  };
  return wrapped as unknown as F & Guarded;
}

/** `guarded` over every function of `fns`, under its own name. */
export function guardAll<T extends Record<string, unknown>>(fns: T): GuardedAll<T> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(fns)) out[name] = typeof fn === 'function' ? guarded(name, fn as Fn) : fn;
  return out as GuardedAll<T>;
}

/** The error a page is given for `e`; anything not ours is logged first. */
export function asUserError(name: string, e: unknown): Error {
  const raw = thrownMessage(e);
  const shown = userMessage(raw);
  if (shown.ours && e instanceof Error) return e;
  if (!shown.ours) console.error(`${name}: ${raw}`, e instanceof Error && e.stack ? e.stack : '');
  return new Error(shown.message);
}
