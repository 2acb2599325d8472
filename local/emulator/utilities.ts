/**
 * Utilities (formatDate with Java SimpleDateFormat letters, UUIDs, blobs, base64, digests)
 * and the `Exception` error type the other emulated services throw.
 */
import { createHash, createHmac } from 'node:crypto';
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';

// ---------------------------------------------------------------------------------------------
// Errors

/**
 * What Apps Script services throw: `e.name === 'Exception'`, `e.message` is the bare message,
 * and `String(e)` (what the execution log shows) is `Exception: <message>`.
 */
export class ScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function exception(message: string): ScriptException {
  return new ScriptException(message);
}

/**
 * Names a fake class as Apps Script does, so the counter logs `Body.appendParagraph`, not
 * `FakeBody.appendParagraph`.
 */
export function gasName(cls: abstract new (...args: never[]) => unknown, name: string): void {
  Object.defineProperty(cls, 'name', { value: name });
}

// ---------------------------------------------------------------------------------------------
// Enums (runtime values are their names, as `String(enumValue)` is in Apps Script)

export function makeEnum<T>(names: readonly string[]): T {
  const o: Record<string, string> = {};
  for (const n of names) o[n] = n;
  return Object.freeze(o) as unknown as T;
}

export const Charset = makeEnum<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);
export const DigestAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>([
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
export const MacAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.MacAlgorithm>([
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);
export const RsaAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.RsaAlgorithm>(['RSA_SHA_1', 'RSA_SHA_256']);

// ---------------------------------------------------------------------------------------------
// Bytes

/** Apps Script bytes are signed Java bytes (-128..127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes as ArrayLike<number>, (b) => b & 0xff));
}

function encodeString(s: string, charset?: unknown): Buffer {
  return String(charset) === 'US_ASCII' ? Buffer.from(s, 'latin1') : Buffer.from(s, 'utf8');
}

function toBuffer(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return encodeString(data, charset);
  if (Array.isArray(data) || data instanceof Uint8Array) return fromBytes(data as number[]);
  return encodeString(String(data), charset);
}

// ---------------------------------------------------------------------------------------------
// Blob

type GBlob = GoogleAppsScript.Base.Blob;

export class FakeBlob
  implements
    Pick<
      GBlob,
      | 'copyBlob'
      | 'getAs'
      | 'getBlob'
      | 'getBytes'
      | 'getContentType'
      | 'getDataAsString'
      | 'getName'
      | 'isGoogleType'
      | 'setBytes'
      | 'setContentType'
      | 'setDataFromString'
      | 'setName'
    >
{
  readonly [FAKE] = true;
  private data: Buffer;

  constructor(
    data: unknown = '',
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.data = toBuffer(data);
  }

  copyBlob(): GBlob {
    return new FakeBlob(Buffer.from(this.data), this.contentType, this.name) as unknown as GBlob;
  }
  getAs(contentType: string): GBlob {
    // No conversion engine: the bytes are kept, only the declared type changes.
    return new FakeBlob(Buffer.from(this.data), contentType, this.name) as unknown as GBlob;
  }
  getBlob(): GBlob {
    return this as unknown as GBlob;
  }
  getBytes(): number[] {
    return toSignedBytes(this.data);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    return charset && /ascii|latin|8859/i.test(charset) ? this.data.toString('latin1') : this.data.toString('utf8');
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): GBlob {
    this.data = fromBytes(data);
    return this as unknown as GBlob;
  }
  setContentType(contentType: string | null): GBlob {
    this.contentType = contentType;
    return this as unknown as GBlob;
  }
  setDataFromString(s: string, charset?: string): GBlob {
    this.data = charset && /ascii|latin|8859/i.test(charset) ? Buffer.from(s, 'latin1') : Buffer.from(s, 'utf8');
    return this as unknown as GBlob;
  }
  setName(name: string): GBlob {
    this.name = name;
    return this as unknown as GBlob;
  }
}

// ---------------------------------------------------------------------------------------------
// formatDate: Java SimpleDateFormat over any IANA zone

/** English month and weekday names (Java's `MMMM`/`EEEE`; also Sheets' date formats in the emulator). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Short zone names Java uses where ICU's en-US data only has `GMT+7`. */
const JAVA_SHORT_ZONE: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Saigon': 'ICT',
  'Asia/Bangkok': 'ICT',
  'Asia/Vientiane': 'ICT',
  'Asia/Phnom_Penh': 'ICT',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

interface ZonedFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  dow: number; // 0 = Sunday
  offsetMinutes: number;
}

const dtfCache = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  if (!dtfCache.has(zone)) {
    try {
      dtfCache.set(
        zone,
        new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      );
    } catch {
      dtfCache.set(zone, null); // unknown id: Java falls back to GMT
    }
  }
  return dtfCache.get(zone)!;
}

/** `GMT+7`, `UTC-05:30`, `+07:00` → minutes; null when not a fixed-offset id. */
function fixedOffset(zone: string): number | null {
  if (/^(GMT|UTC|Z)$/i.test(zone)) return 0;
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

export function zonedFields(date: Date, zone: string): ZonedFields {
  const t = date.getTime();
  const millis = ((t % 1000) + 1000) % 1000;
  let offsetMinutes = fixedOffset(zone);
  if (offsetMinutes === null) {
    const f = zoneFormatter(zone);
    if (f) {
      const parts: Record<string, number> = {};
      for (const p of f.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      const localAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
      offsetMinutes = Math.round((localAsUtc - (t - millis)) / 60000);
    } else {
      offsetMinutes = 0;
    }
  }
  const local = new Date(t + offsetMinutes * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millis,
    dow: local.getUTCDay(),
    offsetMinutes,
  };
}

function zoneName(date: Date, zone: string, long: boolean, offsetMinutes: number): string {
  if (!long && JAVA_SHORT_ZONE[zone]) return JAVA_SHORT_ZONE[zone];
  const f = fixedOffset(zone) === null ? zoneFormatter(zone) : null;
  if (f) {
    try {
      const n = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: long ? 'long' : 'short' })
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName');
      if (n) return n.value;
    } catch {
      /* fall through */
    }
  }
  if (offsetMinutes === 0) return long ? 'Greenwich Mean Time' : 'GMT';
  return `GMT${formatOffset(offsetMinutes, ':')}`;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function formatOffset(minutes: number, sep: string, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return sign + pad(Math.floor(a / 60), 2) + (hoursOnly ? '' : sep + pad(a % 60, 2));
}

function dayOfYear(f: ZonedFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

/** US week rules (weeks start Sunday, week 1 contains January 1st), as Java's default locale. */
function weekOfYear(f: ZonedFields): { week: number; weekYear: number } {
  const endOfWeek = new Date(Date.UTC(f.year, f.month - 1, f.day + (6 - f.dow)));
  if (endOfWeek.getUTCFullYear() > f.year) return { week: 1, weekYear: f.year + 1 };
  const jan1Dow = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  return { week: Math.floor((dayOfYear(f) - 1 + jan1Dow) / 7) + 1, weekYear: f.year };
}

function formatField(letter: string, count: number, f: ZonedFields, date: Date, zone: string): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const y = letter === 'Y' ? weekOfYear(f).weekYear : f.year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1];
      if (count === 3) return MONTHS[f.month - 1].slice(0, 3);
      return pad(f.month, count);
    case 'w':
      return pad(weekOfYear(f).week, count);
    case 'W':
      return pad(Math.floor((f.day - 1 + new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay()) / 7) + 1, count);
    case 'D':
      return pad(dayOfYear(f), count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[f.dow] : DAYS[f.dow].slice(0, 3);
    case 'u':
      return pad(f.dow === 0 ? 7 : f.dow, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millis, count);
    case 'z':
      return zoneName(date, zone, count >= 4, f.offsetMinutes);
    case 'Z':
      return formatOffset(f.offsetMinutes, '');
    case 'X':
      if (count > 3) throw exception(`Invalid argument: format (invalid ISO 8601 format: length=${count})`);
      if (f.offsetMinutes === 0) return 'Z';
      return count === 1
        ? formatOffset(f.offsetMinutes, '', true)
        : formatOffset(f.offsetMinutes, count === 3 ? ':' : '');
    default:
      throw exception(`Illegal pattern character '${letter}'`);
  }
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** `Utilities.formatDate` semantics: Java SimpleDateFormat letters, English names. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
    const kind = (v: unknown) =>
      isDate(v)
        ? 'Date'
        : v === null
          ? 'null'
          : typeof v === 'string'
            ? 'String'
            : typeof v === 'number'
              ? 'number'
              : typeof v;
    const params = `${kind(date)},${kind(timeZone)},${kind(pattern)}`;
    throw exception(`The parameters (${params}) don't match the method signature for Utilities.formatDate.`);
  }
  if (Number.isNaN(date.getTime())) throw exception('Invalid argument: date');
  const f = zonedFields(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let lit = '';
      for (;;) {
        if (j >= pattern.length) throw exception('Invalid argument: format (unterminated quote)');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            lit += "'";
            j += 2;
            continue;
          }
          break;
        }
        lit += pattern[j++];
      }
      out += lit;
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += formatField(c, j - i, f, date, timeZone);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// formatString: sprintf-like (%s %d %i %f %.Nf %x %o %e %% with flags/width)

export function formatString(template: string, ...args: unknown[]): string {
  let k = 0;
  return String(template).replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifxXoeEgGcbj%])/g,
    (_whole, flags: string, width, prec, conv: string) => {
      if (conv === '%') return '%';
      const v = args[k++];
      let s: string;
      switch (conv) {
        case 'd':
        case 'i':
          s = String(Math.trunc(Number(v)));
          break;
        case 'f':
          s = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case 'e':
        case 'E':
          s = Number(v).toExponential(prec === undefined ? 6 : Number(prec));
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'g':
        case 'G':
          s = prec === undefined ? String(Number(v)) : Number(v).toPrecision(Number(prec));
          break;
        case 'x':
          s = (Number(v) >>> 0).toString(16);
          break;
        case 'X':
          s = (Number(v) >>> 0).toString(16).toUpperCase();
          break;
        case 'o':
          s = (Number(v) >>> 0).toString(8);
          break;
        case 'c':
          s = typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0);
          break;
        case 'b':
          s = String(Boolean(v));
          break;
        case 'j':
          s = JSON.stringify(v);
          break;
        default:
          s = String(v);
          if (prec !== undefined) s = s.slice(0, Number(prec));
      }
      if (flags.includes('+') && /[dfieEgG]/.test(conv) && Number(v) >= 0) s = '+' + s;
      if (width && s.length < Number(width)) {
        const w = Number(width);
        if (flags.includes('-')) s = s.padEnd(w);
        else if (flags.includes('0') && /[dfieEgGxXo]/.test(conv)) {
          const neg = /^[-+]/.test(s) ? s[0] : '';
          s = neg + s.slice(neg.length).padStart(w - neg.length, '0');
        } else s = s.padStart(w);
      }
      return s;
    },
  );
}

// ---------------------------------------------------------------------------------------------
// parseCsv (RFC 4180 quoting)

export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (inQuotes) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Utilities service

type GUtilities = GoogleAppsScript.Utilities.Utilities;

const DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const HMAC: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

export class FakeUtilities
  implements
    Pick<
      GUtilities,
      | 'Charset'
      | 'DigestAlgorithm'
      | 'MacAlgorithm'
      | 'RsaAlgorithm'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'computeHmacSignature'
      | 'formatDate'
      | 'formatString'
      | 'getUuid'
      | 'newBlob'
      | 'parseCsv'
      | 'sleep'
    >
{
  readonly [FAKE] = true;
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm;

  constructor(
    private readonly ctx: EmulatorContext,
    /** Every `sleep(ms)` request, in order (the emulator does not wait). */
    readonly sleeps: number[],
  ) {}

  base64Decode(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    void charset;
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    void charset;
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = DIGEST[String(algorithm)];
    if (!alg) throw exception(`Unsupported digest algorithm: ${String(algorithm)}`);
    return toSignedBytes(createHash(alg).update(toBuffer(value, charset)).digest());
  }
  computeHmacSha256Signature(
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    return toSignedBytes(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }
  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = HMAC[String(algorithm)];
    if (!alg) throw exception(`Unsupported MAC algorithm: ${String(algorithm)}`);
    return toSignedBytes(createHmac(alg, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date as unknown as Date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }
  /** Deterministic (from `ctx.nextId`), shaped like a version-4 UUID. */
  getUuid(): string {
    const n = Number(this.ctx.nextId('uuid').replace(/\D/g, '')) || 0;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  }
  newBlob(data: string | number[], contentType?: string, name?: string): GBlob {
    return new FakeBlob(data, contentType ?? null, name ?? null) as unknown as GBlob;
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(csv, delimiter ?? ',');
  }
  /** Records the request; the emulator never waits. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > 300000) {
      throw exception('Invalid argument: milliseconds');
    }
    this.sleeps.push(milliseconds);
  }
}

export function createUtilities(ctx: EmulatorContext): { Utilities: GUtilities; sleeps: number[] } {
  const sleeps: number[] = [];
  const raw = new FakeUtilities(ctx, sleeps);
  return { Utilities: instrument(raw, 'Utilities', ctx.counter) as unknown as GUtilities, sleeps };
}

gasName(FakeBlob, 'Blob');
gasName(FakeUtilities, 'Utilities');
