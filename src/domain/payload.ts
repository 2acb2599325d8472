/**
 * Limits on what an `api*` function accepts, checked before any validation (SPEC §6, "Arguments"):
 * the arguments are walked once, without recursion (an explicit stack), so no argument, however
 * deep, long or wide, can overflow the call stack or make a schema, a text cleaner or a message
 * builder walk millions of values. The limits sit far above the largest input a form sends:
 * commitments for 20,000 households (the `Hộ` list of a commitment) with ids of 100 characters,
 * a session with 5,000 households, a record of a few dozen columns.
 */
import { t } from './i18n';
import type { FieldError } from './inputs';
import { formatCount } from './viFormat';

export const PAYLOAD_LIMITS = {
  /** Objects and arrays inside one another: an argument object is level 1, `{ reminders: [{}] }` reaches 3. */
  depth: 32,
  /** Values in all (every primitive, array and object, keys aside). */
  values: 50_000,
  /** Elements of one array (the longest list a form sends: 20,000 household ids). */
  items: 20_000,
  /** Keys of one object (a record has a few dozen columns at most). */
  keys: 200,
  /** Characters of one string or key (the longest text a column takes is 20,000). */
  text: 100_000,
  /** Characters of all strings and keys together (20,000 ids of 100 characters are 2,000,000). */
  totalText: 3_000_000,
} as const;

export type PayloadLimits = { readonly [K in keyof typeof PAYLOAD_LIMITS]: number };

/** `{ field: '', message }` for the first limit the arguments break, or null when they keep every one. */
export function checkPayload(args: readonly unknown[], limits: PayloadLimits = PAYLOAD_LIMITS): FieldError | null {
  const fail = (message: string): FieldError => ({ field: '', message });
  const n = (v: number) => formatCount(v, false);
  const values: unknown[] = [];
  const depths: number[] = [];
  for (let i = args.length - 1; i >= 0; i--) {
    values.push(args[i]);
    depths.push(1);
  }
  let count = 0;
  let text = 0;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop() as number;
    if (++count > limits.values) return fail(t('payload.tooBig', { max: n(limits.values) }));
    if (v === null || v === undefined || typeof v === 'boolean') continue;
    if (typeof v === 'string') {
      if (v.length > limits.text) return fail(t('payload.textTooLong', { max: n(limits.text) }));
      text += v.length;
      if (text > limits.totalText) return fail(t('payload.tooMuchText', { max: n(limits.totalText) }));
      continue;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return fail(t('payload.notPlain'));
      continue;
    }
    if (typeof v !== 'object') return fail(t('payload.notPlain'));
    if (depth > limits.depth) return fail(t('payload.tooDeep', { max: n(limits.depth) }));
    if (Array.isArray(v)) {
      if (v.length > limits.items) return fail(t('payload.tooManyItems', { max: n(limits.items) }));
      if (count + v.length > limits.values) return fail(t('payload.tooBig', { max: n(limits.values) }));
      for (let i = v.length - 1; i >= 0; i--) {
        values.push(v[i]);
        depths.push(depth + 1);
      }
      continue;
    }
    if (!isPlainObject(v)) return fail(t('payload.notPlain'));
    const keys = Object.keys(v);
    if (keys.length > limits.keys) return fail(t('payload.tooManyKeys', { max: n(limits.keys) }));
    if (count + keys.length > limits.values) return fail(t('payload.tooBig', { max: n(limits.values) }));
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (key.length > limits.text) return fail(t('payload.textTooLong', { max: n(limits.text) }));
      text += key.length;
      if (text > limits.totalText) return fail(t('payload.tooMuchText', { max: n(limits.totalText) }));
      // A getter is not data (JSON never makes one): it could answer differently each time it is read.
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (!d || !('value' in d)) return fail(t('payload.notPlain'));
      values.push(d.value);
      depths.push(depth + 1);
    }
  }
  return null;
}

/**
 * An object as JSON makes one: `{}` of any realm (the emulator's wire copies arguments in the host's
 * realm) or `Object.create(null)` — not a Date, a Map, a RegExp, a class instance or a boxed value.
 */
function isPlainObject(v: object): boolean {
  if (Object.prototype.toString.call(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
