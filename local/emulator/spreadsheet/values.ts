/**
 * Cell values as Google Sheets sees them: typed-input parsing (what `setValue('...')` does to a
 * string), time zones and date serials, number formats and display values.
 */
import { DAYS, MONTHS } from '../utilities';
import { gasError, signatureError } from './errors';

/** A stored cell value. Empty cells are stored as `undefined` and read back as `''`. */
export type CellValue = string | number | boolean | Date;

/** What `getNumberFormat()` returns for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';
export const MAX_CELL_CHARS = 50000;
export const FORMULA_ERROR = '#ERROR!';

// ---------------------------------------------------------------------------------------------
// Time zones

const DAY_MS = 86400000;
/** Wall-clock epoch of Sheets' serial numbers: 1899-12-30 00:00. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

const dtfCache = new Map<string, Intl.DateTimeFormat>();

function dtf(zone: string): Intl.DateTimeFormat {
  let f = dtfCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dtfCache.set(zone, f);
  }
  return f;
}

/** Throws a RangeError for an unknown IANA zone. */
export function assertTimeZone(zone: string): void {
  dtf(zone);
}

function computeOffset(zone: string, t: number): number {
  const base = Math.floor(t / 1000) * 1000;
  const parts = dtf(zone).formatToParts(new Date(base));
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  if (bc) y = 1 - y;
  const wall = new Date(0);
  wall.setUTCFullYear(y, mo - 1, d);
  wall.setUTCHours(h, mi, s, 0);
  return wall.getTime() - base;
}

const BUCKET = 15 * 60000;
const offsetCache = new Map<string, number>();

/** Milliseconds to add to an instant to get the wall clock of `zone` (as a UTC time value). */
export function offsetAt(zone: string, t: number): number {
  const bucket = Math.floor(t / BUCKET);
  const key = zone + '|' + bucket;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const a = computeOffset(zone, bucket * BUCKET);
  const b = computeOffset(zone, bucket * BUCKET + BUCKET - 1);
  if (a === b) {
    if (offsetCache.size > 200000) offsetCache.clear();
    offsetCache.set(key, a);
    return a;
  }
  return computeOffset(zone, t); // a transition inside this bucket
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

export function wallClock(date: Date, zone: string): WallClock {
  const t = date.getTime();
  const w = new Date(t + offsetAt(zone, t));
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    millisecond: w.getUTCMilliseconds(),
    weekday: w.getUTCDay(),
  };
}

/** The wall clock as a UTC time value, converted to the instant it denotes in `zone`. */
export function wallToInstant(wallMs: number, zone: string): number {
  const t1 = wallMs - offsetAt(zone, wallMs);
  const t2 = wallMs - offsetAt(zone, t1);
  return t2;
}

export function zonedDate(zone: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date {
  const w = new Date(0);
  w.setUTCFullYear(y, mo - 1, d);
  w.setUTCHours(h, mi, s, ms);
  return new Date(wallToInstant(w.getTime(), zone));
}

/** Sheets' serial number (days since 1899-12-30 in the spreadsheet's zone) of an instant. */
export function dateToSerial(date: Date, zone: string): number {
  const t = date.getTime();
  return (t + offsetAt(zone, t) - SERIAL_EPOCH) / DAY_MS;
}

export function serialToDate(serial: number, zone: string): Date {
  const wall = Math.round(SERIAL_EPOCH + serial * DAY_MS);
  return new Date(wallToInstant(wall, zone));
}

/** Re-expresses an instant so that it keeps its wall clock when the zone changes (Sheets stores wall clocks). */
export function rezone(date: Date, from: string, to: string): Date {
  const t = date.getTime();
  return new Date(wallToInstant(t + offsetAt(from, t), to));
}

// ---------------------------------------------------------------------------------------------
// Locales

export interface LocaleInfo {
  decimal: string;
  group: string;
  order: 'MDY' | 'DMY' | 'YMD';
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
}

const COMMA_DECIMAL = /^(vi|de|fr|es|it|pt|ru|id|nl|pl|tr|da|sv|nb|no|fi|cs|sk|uk|ro|hu|el|bg|hr|sl|sr|lt|lv|et)(_|$)/;

const localeCache = new Map<string, LocaleInfo>();

export function localeInfo(locale: string): LocaleInfo {
  let info = localeCache.get(locale);
  if (info) return info;
  const comma = COMMA_DECIMAL.test(locale);
  const order: LocaleInfo['order'] = /^en_US$|^en$|^en_PH$/.test(locale)
    ? 'MDY'
    : /^(ja|zh|ko|hu|lt)(_|$)/.test(locale)
      ? 'YMD'
      : 'DMY';
  if (order === 'MDY') {
    info = {
      decimal: '.',
      group: ',',
      order,
      dateFormat: 'M/d/yyyy',
      dateTimeFormat: 'M/d/yyyy H:mm:ss',
      timeFormat: 'h:mm:ss am/pm',
    };
  } else if (order === 'YMD') {
    info = {
      decimal: comma ? ',' : '.',
      group: comma ? '.' : ',',
      order,
      dateFormat: 'yyyy-MM-dd',
      dateTimeFormat: 'yyyy-MM-dd H:mm:ss',
      timeFormat: 'H:mm:ss',
    };
  } else {
    info = {
      decimal: comma ? ',' : '.',
      group: comma ? '.' : ',',
      order,
      dateFormat: 'dd/MM/yyyy',
      dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
      timeFormat: 'HH:mm:ss',
    };
  }
  localeCache.set(locale, info);
  return info;
}

// ---------------------------------------------------------------------------------------------
// Typed-input parsing

export interface ValueContext {
  locale: string;
  timeZone: string;
  now: () => Date;
}

export type Parsed =
  | { kind: 'value'; value: CellValue | undefined; format?: string }
  | { kind: 'formula'; formula: string };

function esc(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberRegexCache = new Map<string, RegExp>();

function numberRegex(info: LocaleInfo): RegExp {
  const key = info.decimal + info.group;
  let re = numberRegexCache.get(key);
  if (!re) {
    const g = esc(info.group);
    const d = esc(info.decimal);
    re = new RegExp(`^([+-])?(?:(\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d*))?|${d}(\\d+))(?:[eE]([+-]?\\d+))?(%)?$`);
    numberRegexCache.set(key, re);
  }
  return re;
}

/**
 * Parses a number as typed in `locale` ('1.234,5' in vi_VN, '1,234.5' in en_US, '12%'); null if not a number.
 * `format`: the number format Sheets gives a number typed with group separators (`#,##0.0` for '1.234,5').
 */
export function parseLocaleNumber(
  text: string,
  locale: string,
): { value: number; percent: boolean; format?: string } | null {
  const info = localeInfo(locale);
  const m = numberRegex(info).exec(text);
  if (!m) return null;
  const intPart = m[2] !== undefined ? m[2].split(info.group).join('') : '0';
  const frac = m[3] ?? m[4] ?? '';
  let n = Number(`${intPart}${frac ? '.' + frac : ''}${m[5] ? 'e' + m[5] : ''}`);
  if (!Number.isFinite(n)) return null;
  if (m[1] === '-') n = -n;
  if (m[6]) n = n / 100;
  const grouped = m[2]?.includes(info.group) && !m[5] && !m[6];
  const format = grouped ? `#,##0${m[3] ? `.${'0'.repeat(m[3].length)}` : ''}` : undefined;
  return format ? { value: n, percent: !!m[6], format } : { value: n, percent: !!m[6] };
}

const TIME_PART = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?';
const RE_TIME = new RegExp(`^${TIME_PART}$`);
const RE_ISO = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]${TIME_PART})?$`);
const RE_LOCAL = new RegExp(`^(\\d{1,2})([/-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?:\\s+${TIME_PART})?$`);

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const last = new Date(Date.UTC(2000, mo, 0)).getUTCDate(); // days in month (leap handled below)
  const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : last;
  return d <= days;
}

function timeOf(hh?: string, mm?: string, ss?: string, ap?: string): [number, number, number] | null {
  if (hh === undefined) return [0, 0, 0];
  let h = Number(hh);
  const mi = Number(mm);
  const s = ss ? Number(ss) : 0;
  if (ap) {
    if (h < 1 || h > 12) return null;
    const pm = ap.toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return [h, mi, s];
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/**
 * Parses a string as Sheets parses typed input (and `setValue('...')`): formulas, numbers in the
 * locale, booleans, dates and times in the locale and zone; anything else stays the same string.
 */
export function parseInput(s: string, vc: ValueContext): Parsed {
  if (s === '') return { kind: 'value', value: undefined };
  const c0 = s.charCodeAt(0);
  if (c0 === 61 /* = */ && s.length > 1) return { kind: 'formula', formula: s };
  // A leading apostrophe forces text and is not part of the value ("'0912345678" keeps its zero).
  if (c0 === 39 /* ' */) return { kind: 'value', value: s.length > 1 ? s.slice(1) : undefined };
  // Fast path: text that cannot be anything else.
  const t = s.trim();
  if (t === '') return { kind: 'value', value: s };
  const f = t.charCodeAt(0);
  const maybeSpecial =
    (f >= 48 && f <= 57) ||
    f === 43 ||
    f === 45 ||
    f === 46 ||
    f === 44 ||
    f === 84 ||
    f === 116 ||
    f === 70 ||
    f === 102;
  if (!maybeSpecial) return { kind: 'value', value: s };

  const num = parseLocaleNumber(t, vc.locale);
  if (num) return { kind: 'value', value: num.value, format: num.percent ? '0%' : num.format };
  if ((c0 === 43 || c0 === 45) && s.length > 1) return { kind: 'formula', formula: '=' + s };
  if (/^true$/i.test(t)) return { kind: 'value', value: true };
  if (/^false$/i.test(t)) return { kind: 'value', value: false };

  const info = localeInfo(vc.locale);
  let m = RE_ISO.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const tm = timeOf(m[4], m[5], m[6], m[7]);
    if (validDate(y, mo, d) && tm) {
      return {
        kind: 'value',
        value: zonedDate(vc.timeZone, y, mo, d, ...tm),
        format: m[4] !== undefined ? info.dateTimeFormat : info.dateFormat,
      };
    }
    return { kind: 'value', value: s };
  }
  m = RE_LOCAL.exec(t);
  if (m && info.order !== 'YMD') {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const [d, mo] = info.order === 'DMY' ? [a, b] : [b, a];
    const y = m[4] !== undefined ? fullYear(m[4]) : wallClock(vc.now(), vc.timeZone).year;
    const tm = timeOf(m[5], m[6], m[7], m[8]);
    if (validDate(y, mo, d) && tm) {
      return {
        kind: 'value',
        value: zonedDate(vc.timeZone, y, mo, d, ...tm),
        format: m[5] !== undefined ? info.dateTimeFormat : info.dateFormat,
      };
    }
    return { kind: 'value', value: s };
  }
  m = RE_TIME.exec(t);
  if (m) {
    const tm = timeOf(m[1], m[2], m[3], m[4]);
    if (tm) {
      const serial = (tm[0] * 3600 + tm[1] * 60 + tm[2]) / 86400;
      return { kind: 'value', value: serialToDate(serial, vc.timeZone), format: info.timeFormat };
    }
  }
  return { kind: 'value', value: s };
}

/** Checks a value handed to setValue(s)/appendRow; returns it normalised (null/undefined → undefined). */
export function checkInputValue(v: unknown, method: string): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  switch (typeof v) {
    case 'string':
      if (v.length > MAX_CELL_CHARS) {
        throw gasError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      }
      return v;
    case 'number':
    case 'boolean':
      return v;
    default:
      if (v instanceof Date) {
        if (Number.isNaN(v.getTime())) throw gasError(`Invalid argument: ${method.split('.').pop()}`);
        return v;
      }
      throw signatureError(Array.isArray(v) ? 'Object[]' : 'Object', `SpreadsheetApp.${method}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Number formats

type DateToken =
  | { t: 'lit'; s: string }
  | { t: 'y' | 'M' | 'd' | 'h' | 'm' | 's'; n: number }
  | { t: 'ampm'; short: boolean }
  | { t: 'frac'; n: number };

interface NumberSection {
  prefix: string;
  suffix: string;
  percent: boolean;
  group: boolean;
  intMin: number;
  decMin: number;
  decMax: number;
  hasPoint: boolean;
}

export type CompiledFormat =
  | { kind: 'general' }
  | { kind: 'text' }
  | { kind: 'date'; tokens: DateToken[]; twelveHour: boolean }
  | { kind: 'number'; pos: NumberSection; neg: NumberSection | null };

const formatCache = new Map<string, CompiledFormat>();
const GENERAL: CompiledFormat = Object.freeze({ kind: 'general' });

function firstSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') q = !q;
    if (ch === '\\' && !q) {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !q) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quoted literals, escapes and [..] blocks, leaving only the code characters. */
function codeChars(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormatString(fmt: string): boolean {
  const c = codeChars(firstSections(fmt)[0]);
  return /[dDyYhHsS]/.test(c) || (/[mM]/.test(c) && !/[0#?]/.test(c));
}

function tokenizeDate(fmt: string): { tokens: DateToken[]; twelveHour: boolean } {
  const tokens: DateToken[] = [];
  let twelveHour = false;
  const lit = (s: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.t === 'lit') last.s += s;
    else tokens.push({ t: 'lit', s });
  };
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      lit(fmt.slice(i + 1, end < 0 ? fmt.length : end));
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      lit(fmt[i + 1] ?? '');
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = fmt.indexOf(']', i);
      const inner = fmt.slice(i + 1, end < 0 ? fmt.length : end);
      const m = /^\$([^-\]]*)/.exec(inner);
      if (m) lit(m[1]);
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    const rest = fmt.slice(i);
    const ap = /^(am\/pm|a\/p)/i.exec(rest);
    if (ap) {
      tokens.push({ t: 'ampm', short: ap[1].length === 3 });
      twelveHour = true;
      i += ap[1].length;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === lower) j++;
      const n = j - i;
      const t = lower === 'y' ? 'y' : lower === 'd' ? 'd' : lower === 'h' ? 'h' : lower === 's' ? 's' : 'm';
      tokens.push({ t, n } as DateToken);
      i = j;
      continue;
    }
    if (ch === '.' && /^\.0+/.test(rest)) {
      const n = /^\.(0+)/.exec(rest)![1].length;
      const prev = [...tokens].reverse().find((x) => x.t !== 'lit');
      if (prev && prev.t === 's') {
        tokens.push({ t: 'frac', n });
        i += n + 1;
        continue;
      }
    }
    lit(ch);
    i++;
  }
  // m/mm: minutes after an hour or before seconds, otherwise months.
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.t !== 'm') continue;
    if (tok.n > 2) {
      tokens[k] = { t: 'M', n: tok.n };
      continue;
    }
    let prev: DateToken | undefined;
    for (let p = k - 1; p >= 0; p--)
      if (tokens[p].t !== 'lit') {
        prev = tokens[p];
        break;
      }
    let next: DateToken | undefined;
    for (let p = k + 1; p < tokens.length; p++)
      if (tokens[p].t !== 'lit') {
        next = tokens[p];
        break;
      }
    const minutes = (prev && prev.t === 'h') || (next && next.t === 's');
    if (!minutes) tokens[k] = { t: 'M', n: tok.n };
  }
  return { tokens, twelveHour };
}

function parseNumberSection(sec: string): NumberSection {
  // Split into prefix literal, numeric core, suffix literal.
  let prefix = '';
  let suffix = '';
  let core = '';
  let seenCore = false;
  let percent = false;
  let i = 0;
  const add = (s: string) => {
    if (!seenCore) prefix += s;
    else suffix += s;
  };
  while (i < sec.length) {
    const ch = sec[i];
    if (ch === '"') {
      const end = sec.indexOf('"', i + 1);
      add(sec.slice(i + 1, end < 0 ? sec.length : end));
      i = end < 0 ? sec.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      add(sec[i + 1] ?? '');
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = sec.indexOf(']', i);
      const inner = sec.slice(i + 1, end < 0 ? sec.length : end);
      const m = /^\$([^-\]]*)/.exec(inner);
      if (m) add(m[1]);
      i = end < 0 ? sec.length : end + 1;
      continue;
    }
    if ('0#?'.includes(ch) || ((ch === '.' || ch === ',') && (seenCore || /[0#?]/.test(sec[i + 1] ?? '')))) {
      if (suffix && seenCore) {
        // literal between numeric parts: keep it simple, treat as suffix
        i++;
        continue;
      }
      seenCore = true;
      core += ch;
      i++;
      continue;
    }
    if (ch === '%') percent = true;
    if (ch === '_' || ch === '*') {
      i += 2;
      continue;
    }
    add(ch);
    i++;
  }
  const point = core.indexOf('.');
  const intPart = point >= 0 ? core.slice(0, point) : core;
  const decPart = point >= 0 ? core.slice(point + 1).replace(/,/g, '') : '';
  return {
    prefix,
    suffix,
    percent,
    group: /[0#?],[0#?]/.test(intPart),
    intMin: (intPart.match(/0/g) ?? []).length,
    decMin: (decPart.match(/0/g) ?? []).length,
    decMax: (decPart.match(/[0#?]/g) ?? []).length,
    hasPoint: point >= 0,
  };
}

export function compileFormat(fmt: string | undefined): CompiledFormat {
  if (fmt === undefined) return GENERAL;
  // The cache first: a 50,000-row read looks a format up per cell.
  let c = formatCache.get(fmt);
  if (c) return c;
  if (fmt === '' || fmt === DEFAULT_NUMBER_FORMAT || /^general$/i.test(fmt)) return GENERAL;
  if (fmt === TEXT_FORMAT) c = { kind: 'text' };
  else if (isDateFormatString(fmt)) c = { kind: 'date', ...tokenizeDate(firstSections(fmt)[0]) };
  else if (/[0#?]/.test(codeChars(fmt))) {
    const secs = firstSections(fmt);
    c = { kind: 'number', pos: parseNumberSection(secs[0]), neg: secs.length > 1 ? parseNumberSection(secs[1]) : null };
  } else c = { kind: 'general' };
  formatCache.set(fmt, c);
  return c;
}

const VI_DAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}

function renderDate(date: Date, c: { tokens: DateToken[]; twelveHour: boolean }, zone: string, locale: string): string {
  const w = wallClock(date, zone);
  const vi = locale.startsWith('vi');
  let out = '';
  for (const tok of c.tokens) {
    switch (tok.t) {
      case 'lit':
        out += tok.s;
        break;
      case 'y':
        out += tok.n === 2 ? pad(w.year % 100, 2) : String(w.year);
        break;
      case 'M':
        if (tok.n <= 2) out += pad(w.month, tok.n);
        else if (vi) out += tok.n === 3 ? `thg ${w.month}` : `tháng ${w.month}`;
        else
          out +=
            tok.n === 3 ? MONTHS[w.month - 1].slice(0, 3) : tok.n === 4 ? MONTHS[w.month - 1] : MONTHS[w.month - 1][0];
        break;
      case 'd':
        if (tok.n <= 2) out += pad(w.day, tok.n);
        else {
          const name = (vi ? VI_DAYS : DAYS)[w.weekday];
          out += tok.n === 3 && !vi ? name.slice(0, 3) : name;
        }
        break;
      case 'h': {
        const h = c.twelveHour ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
        out += pad(h, Math.min(tok.n, 2));
        break;
      }
      case 'm':
        out += pad(w.minute, Math.min(tok.n, 2));
        break;
      case 's':
        out += pad(w.second, Math.min(tok.n, 2));
        break;
      case 'frac':
        out += '.' + pad(w.millisecond, 3).slice(0, tok.n).padEnd(tok.n, '0');
        break;
      case 'ampm':
        out += tok.short ? (w.hour < 12 ? 'A' : 'P') : w.hour < 12 ? 'AM' : 'PM';
        break;
      default:
        break;
    }
  }
  return out;
}

function groupDigits(int: string, sep: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += sep;
    out += int[i];
  }
  return out;
}

function renderNumber(n: number, c: { pos: NumberSection; neg: NumberSection | null }, locale: string): string {
  const info = localeInfo(locale);
  const negative = n < 0;
  const sec = negative && c.neg ? c.neg : c.pos;
  let x = Math.abs(n);
  if (sec.percent) x *= 100;
  const rounded = x.toFixed(sec.decMax);
  let [int, dec = ''] = rounded.split('.');
  while (dec.length > sec.decMin && dec.endsWith('0')) dec = dec.slice(0, -1);
  if (int === '0' && sec.intMin === 0) int = '';
  if (int.length < sec.intMin) int = '0'.repeat(sec.intMin - int.length) + int;
  if (sec.group) int = groupDigits(int, info.group);
  const body = int + (dec ? info.decimal + dec : '');
  const sign = negative && !c.neg && Number(rounded) !== 0 ? '-' : '';
  return sign + sec.prefix + body + sec.suffix;
}

function renderGeneralNumber(n: number, locale: string): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : n < 0 ? '-Infinity' : 'NaN';
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e15 || (abs < 1e-9 && abs > 0)) {
    s = n
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E');
  } else {
    s = String(Number(n.toPrecision(10)));
    if (/e/.test(s)) s = n.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  }
  const info = localeInfo(locale);
  return info.decimal === '.' ? s : s.replace('.', info.decimal);
}

/** What Sheets shows for a value in a cell with number format `fmt`. */
export function displayValue(
  v: CellValue | undefined,
  fmt: string | undefined,
  vc: { locale: string; timeZone: string },
): string {
  if (v === undefined || v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const c = compileFormat(fmt);
  if (v instanceof Date) {
    if (c.kind === 'date') return renderDate(v, c, vc.timeZone, vc.locale);
    if (c.kind === 'number') return renderNumber(dateToSerial(v, vc.timeZone), c, vc.locale);
    const info = localeInfo(vc.locale);
    return renderDate(
      v,
      compileFormat(info.dateTimeFormat) as { tokens: DateToken[]; twelveHour: boolean },
      vc.timeZone,
      vc.locale,
    );
  }
  if (c.kind === 'date') return renderDate(serialToDate(v, vc.timeZone), c, vc.timeZone, vc.locale);
  if (c.kind === 'number') return renderNumber(v, c, vc.locale);
  return renderGeneralNumber(v, vc.locale);
}

/**
 * The value `getValue` returns: numbers in date-formatted cells are dates, dates in number-formatted cells are
 * numbers.
 */
export function typedValue(v: CellValue | undefined, fmt: string | undefined, zone: string): CellValue {
  if (v === undefined) return '';
  if (v instanceof Date) {
    if (fmt !== undefined && compileFormat(fmt).kind === 'number') return dateToSerial(v, zone);
    return new Date(v.getTime());
  }
  if (typeof v === 'number' && fmt !== undefined && compileFormat(fmt).kind === 'date') return serialToDate(v, zone);
  return v;
}

/** Named CSS colours Sheets normalises to hex (the ones scripts use in practice). */
const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
  lime: '#00ff00',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
  aqua: '#00ffff',
  fuchsia: '#ff00ff',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
};

export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const m3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (m3) return `#${m3[1]}${m3[1]}${m3[2]}${m3[2]}${m3[3]}${m3[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  throw gasError(`Invalid color: ${color}`);
}
