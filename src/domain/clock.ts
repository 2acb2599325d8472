import { cleanLine } from './text';

/**
 * Time-zone aware conversions between sheet cells (instants) and the ISO day/time
 * strings the domain works with. The server builds one from `Utilities.formatDate`;
 * tests and the emulator build one from `Intl`.
 */
export interface Clock {
  timeZone: string;
  /** `YYYY-MM-DD` of an instant in the zone. */
  day(d: Date): string;
  /** `HH:mm` of an instant in the zone. */
  time(d: Date): string;
  /** The instant of midnight of a `YYYY-MM-DD` day in the zone. */
  midnight(day: string): Date;
  /** The instant of `YYYY-MM-DD` + `HH:mm` in the zone. */
  at(day: string, time: string): Date;
  /** Now as `YYYY-MM-DD`. */
  today(): string;
  now(): Date;
}

/** Builds a clock from a formatter `format(date, 'yyyy-MM-dd HH:mm:ss') → string` in the zone. */
export function clockFrom(
  timeZone: string,
  format: (d: Date, pattern: string) => string,
  now: () => Date = () => new Date(),
): Clock {
  const wall = (d: Date) => {
    const [date, time] = format(d, 'yyyy-MM-dd HH:mm:ss').split(' ');
    return Date.parse(`${date}T${time}Z`);
  };
  const at = (day: string, time: string) => {
    const target = Date.parse(`${day}T${time}:00Z`);
    // Wall-clock minus offset; two rounds settle zones whose offset changes near the target.
    let guess = target;
    for (let i = 0; i < 2; i++) guess -= wall(new Date(guess)) - target;
    return new Date(guess);
  };
  return {
    timeZone,
    day: (d) => format(d, 'yyyy-MM-dd'),
    time: (d) => format(d, 'HH:mm'),
    midnight: (day) => at(day, '00:00'),
    at,
    today: () => format(now(), 'yyyy-MM-dd'),
    now,
  };
}

/** A clock on `Intl` (Node, browsers). Supports the patterns `clockFrom` uses. */
export function intlClock(timeZone: string, now: () => Date = () => new Date()): Clock {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const format = (d: Date, pattern: string) => {
    const p: Record<string, string> = {};
    for (const part of fmt.formatToParts(d)) p[part.type] = part.value;
    return (
      pattern
        // Years before 1000 come unpadded ('999'); patterns and ISO days want four digits.
        .replace('yyyy', p.year.padStart(4, '0'))
        .replace('MM', p.month)
        .replace('dd', p.day)
        .replace('HH', p.hour)
        .replace('mm', p.minute)
        .replace('ss', p.second)
    );
  };
  return clockFrom(timeZone, format, now);
}

/**
 * Instants a runtime's `Intl` is checked on before it stands in for `format`: fixed ones in both halves of a year,
 * now, and a local midnight (an `Intl` that writes midnight as 24:00 fails it).
 */
const PROBES = ['2020-01-01T00:00:00Z', '2020-07-01T12:34:56Z', '1999-12-31T23:59:59Z'];

/**
 * The zone's clock on the runtime's `Intl` when it formats the zone exactly as `format` does on the probes (then
 * a day costs no call of `format`: `Utilities.formatDate` is a service call, one per distinct instant), else the
 * clock on `format`. Apps Script's V8 runtime has `Intl`; if it lacks the zone or disagrees, `format` is used.
 */
export function zoneClock(
  timeZone: string,
  format: (d: Date, pattern: string) => string,
  now: () => Date = () => new Date(),
): Clock {
  const slow = clockFrom(timeZone, format, now);
  try {
    const fast = intlClock(timeZone, now);
    const probes = [...PROBES.map((p) => new Date(p)), now(), slow.midnight('2024-03-10')];
    for (const d of probes) if (`${fast.day(d)} ${fast.time(d)}` !== format(d, 'yyyy-MM-dd HH:mm')) return slow;
    return fast;
  } catch {
    return slow;
  }
}

/** True for a Date from any realm (sheet values cross a `vm` boundary in tests). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

/** The number written by the ASCII digits of `s` from `from` to `to` (exclusive), or -1 if one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * True for a real calendar day `YYYY-MM-DD` (ASCII digits). Read by character codes, not a regular expression:
 * the codec checks every day cell of a sheet with it.
 */
export function isIsoDay(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 7);
  const d = digitsAt(s, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[mo - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day or time as typed, tidied: invisible characters (zero-width spaces… as `cleanLine` drops them) removed,
 * full-width digits and separators made ASCII (NFKC), spaces round the separators dropped (` 15 / 06 / 2023 `).
 */
export function tidyTyped(s: string): string {
  return cleanLine(s.normalize('NFKC')).text.replace(/\s*([/.-])\s*/g, '$1');
}

/** `dd/mm/yyyy` (or d/m/yyyy) typed by a person → `YYYY-MM-DD`, or null. Read after `tidyTyped`. */
export function parseVietnameseDay(typed: string): string | null {
  const s = tidyTyped(typed);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return isIsoDay(s) ? s : null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** `H:mm` or `HH:mm` → `HH:mm`, or null. Read after `tidyTyped`. */
export function parseTime(s: string): string | null {
  const m = /^(\d{1,2})[:h](\d{2})$/.exec(tidyTyped(s));
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}
