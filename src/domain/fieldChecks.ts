/**
 * The rule of each column as one plain function `value → messages` (Vietnamese, naming
 * the column). It is the single source of the field rules: `fields.ts` wraps it in zod
 * for the API and the sidebars, and the row codec calls it directly on every row (zod's
 * machinery per cell was most of the codec's time on 100,000-row sheets). Values are
 * checked as cleaned by `tidyValue` (text.ts: NFC, invisible characters out, spaces
 * collapsed); plausible bounds: every date from 01/01/1900 to 31/12/2100, a `happened`
 * date not after today and a `happened` year not after this year (a `yearsAhead` year: not after this year + that
 * many), `maxValue` on counts.
 */
import { isIsoDay } from './clock';
import type { ColumnDef } from './sheets';
import { t } from './i18n';
import type { Lists } from './lists';
import { type Cleaned, cleanLine, cleanLongText } from './text';
import { formatDecimal, slashDate } from './viFormat';

export type FieldCheck = (v: unknown) => string[];

/** Today (`YYYY-MM-DD`), or a function giving it (asked at most once, when a value needs it). */
export type Today = string | (() => string);

/** Dates of every column lie in these years; dates of things that happened also not after today. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Longest cell text quoted in a message (a cell holds up to 50,000 characters). */
const QUOTE_MAX = 60;

/** A cell's text as quoted in a message: cut to `QUOTE_MAX` characters with '…'. */
export function quoted(s: string): string {
  const chars = Array.from(s);
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : s;
}

/** The allowed values of an enum column, from `Danh mục` or fixed. */
export function allowedValues(col: ColumnDef, lists?: Lists): readonly string[] | undefined {
  if (col.values) return col.values;
  if (col.list && lists) return lists.values[col.list];
  return undefined;
}

const NONE: string[] = [];
// Module-level aliases: these run per cell of a sheet read, and a global looked up per call is slow where the
// bundle runs in a `vm` context (the emulator).
const isFiniteNumber = Number.isFinite;
const isIntegerNumber = Number.isInteger;

/** Longest id in a list of ids. */
const MAX_ID = 100;

/** A value as cleaned before it is checked and saved (text.ts), and how many invisible characters were removed. */
export function tidyValue(col: ColumnDef, v: unknown): { value: unknown; hidden: number } {
  if (typeof v === 'string') {
    const c: Cleaned = col.type === 'longtext' ? cleanLongText(v) : cleanLine(v);
    return { value: c.text, hidden: c.hidden };
  }
  if (col.type === 'refs' && Array.isArray(v)) {
    let hidden = 0;
    const value = v.map((x) => {
      if (typeof x !== 'string') return x;
      const c = cleanLine(x);
      hidden += c.hidden;
      return c.text;
    });
    return { value, hidden };
  }
  return { value: v, hidden: 0 };
}

/** What a message about a value appends when invisible characters were removed from it. */
export const hiddenNote = (hidden: number): string => (hidden ? t('field.hidden', { n: hidden }) : '');

/** A `Today` as a function that asks at most once. */
function todayOf(today: Today | undefined): () => string | undefined {
  if (today === undefined || typeof today === 'string') return () => today;
  let known: string | undefined;
  return () => {
    if (known === undefined) known = today();
    return known;
  };
}

/**
 * The rule of a column. `today` bounds the days (and, for a year column, the year) of a
 * column marked `happened`; without it only the fixed bounds are checked.
 */
export function fieldCheck(col: ColumnDef, lists?: Lists, today?: Today): FieldCheck {
  const name = col.header;
  const now = todayOf(col.happened || col.yearsAhead !== undefined ? today : undefined);
  const req = !!col.required;
  const emptyMsg = t('input.empty', { name });
  /** Type error, or the "empty" message when the value is missing altogether (an API field left out). */
  const typeErr = (v: unknown, msg: string) => [v === undefined ? emptyMsg : msg];
  switch (col.type) {
    case 'id':
    case 'ref':
    case 'text':
    case 'longtext': {
      const max = col.max ?? 5000;
      const tooLong = t('field.tooLong', { name, max });
      return (v) => {
        if (typeof v !== 'string') return typeErr(v, t('field.notText', { name }));
        if (v.length > max) return [tooLong];
        return req && v === '' ? [emptyMsg] : NONE;
      };
    }
    case 'enum': {
      const allowed = allowedValues(col, lists);
      const set = allowed ? new Set(allowed) : null;
      const max = col.max ?? 200;
      return (v) => {
        if (typeof v !== 'string') return typeErr(v, t('field.notText', { name }));
        if (v === '') return req ? [emptyMsg] : NONE;
        // Not in the list says more than "too long"; the length bound matters when no list is known.
        if (set) return set.has(v) ? NONE : [t('input.notInList', { name, value: quoted(v) })];
        return v.length > max ? [t('field.tooLong', { name, max })] : NONE;
      };
    }
    case 'refs':
      return (v) => {
        if (!Array.isArray(v)) return typeErr(v, t('field.notIdList', { name }));
        const out: string[] = [];
        for (const id of v) {
          if (typeof id !== 'string') out.push(t('field.idNotText', { name }));
          else if (id === '') out.push(t('field.emptyId', { name }));
          else if (id.length > MAX_ID) out.push(t('field.idTooLong', { name, max: MAX_ID }));
          if (out.length) break;
        }
        if (v.length > 5000) out.push(t('field.tooManyIds', { name }));
        if (req && v.length === 0) out.push(emptyMsg);
        return out;
      };
    case 'date':
    case 'datetime': {
      const [notDay, badDay] =
        col.type === 'date'
          ? (['field.notDate', 'field.badDate'] as const)
          : (['field.notDateTime', 'field.badDateTime'] as const);
      const ok = (s: string) => (col.type === 'date' ? isIsoDay(s) : DATETIME.test(s) && isIsoDay(s.slice(0, 10)));
      return (v) => {
        if (v === null && !req) return NONE;
        // A required day left blank (null or '') is named as blank, not as a bad day.
        if (req && (v === null || v === '')) return [emptyMsg];
        if (typeof v !== 'string') return typeErr(v, t(notDay, { name }));
        if (!ok(v)) return [t(badDay, { name })];
        const day = v.slice(0, 10);
        if (day < FIRST_DAY) return [t('field.dateTooEarly', { name, value: slashDate(day) })];
        const today = now();
        if (today && day > today) return [t('input.future', { name, today: slashDate(today) })];
        return day > LAST_DAY ? [t('field.dateTooLate', { name, value: slashDate(day) })] : NONE;
      };
    }
    case 'time':
      return (v) => {
        if (typeof v !== 'string') return typeErr(v, t('field.notTime', { name }));
        if (v === '') return req ? [emptyMsg] : NONE;
        return TIME.test(v) ? NONE : [t('field.badTime', { name })];
      };
    case 'int':
    case 'year':
    case 'number':
      return (v) => {
        if (v === null && !req) return NONE;
        if (typeof v !== 'number' || !isFiniteNumber(v)) return typeErr(v, t('field.notNumber', { name }));
        let out: string[] | null = null; // an array only for a number with something to say
        if (col.type !== 'number' && !isIntegerNumber(v)) (out ??= []).push(t('field.notInteger', { name }));
        if (col.type === 'year') {
          const today = now();
          const last = today ? Number(today.slice(0, 4)) + (col.yearsAhead ?? 0) : 2100;
          if (v < 1900 || v > 2100) (out ??= []).push(t('field.badYear', { name }));
          else if (v > last)
            (out ??= []).push(
              t(col.yearsAhead ? 'field.yearTooFar' : 'field.yearFuture', {
                name,
                value: String(v),
                year: String(last),
              }),
            );
        } else if (v < 0) (out ??= []).push(t('field.negative', { name }));
        else if (col.maxValue !== undefined && v > col.maxValue)
          (out ??= []).push(t('field.tooLarge', { name, value: formatDecimal(v), max: formatDecimal(col.maxValue) }));
        else if (col.type === 'int' && v > 1_000_000) (out ??= []).push(t('field.tooBig', { name }));
        return out ?? NONE;
      };
    case 'bool':
      return (v) => (typeof v === 'boolean' ? NONE : typeErr(v, t('field.notBool', { name })));
  }
}
