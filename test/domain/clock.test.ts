import fc from 'fast-check';
import { intlClock, isDate, isIsoDay, parseTime, parseVietnameseDay, zoneClock } from '../../src/domain/clock';

const clock = intlClock('Asia/Ho_Chi_Minh', () => new Date('2023-06-15T16:59:00Z'));

describe('clock in Asia/Ho_Chi_Minh', () => {
  it('midnight of a day is 17:00 UTC the day before', () => {
    expect(clock.midnight('2023-06-15').toISOString()).toBe('2023-06-14T17:00:00.000Z');
  });
  it('formats an instant as the local day and time', () => {
    // 23:30 on 15/06 local is 16:30 UTC the same day; toISOString would still say the 15th,
    // but 00:30 local on the 16th is 17:30 UTC on the 15th.
    expect(clock.day(new Date('2023-06-15T16:30:00Z'))).toBe('2023-06-15');
    expect(clock.time(new Date('2023-06-15T16:30:00Z'))).toBe('23:30');
    expect(clock.day(new Date('2023-06-15T17:30:00Z'))).toBe('2023-06-16');
  });
  it('at() and day()/time() are inverse', () => {
    const d = clock.at('2021-06-23', '07:45');
    expect(d.toISOString()).toBe('2021-06-23T00:45:00.000Z');
    expect([clock.day(d), clock.time(d)]).toEqual(['2021-06-23', '07:45']);
  });
  it('today follows the zone, not UTC', () => {
    expect(clock.today()).toBe('2023-06-15');
    expect(intlClock('Asia/Ho_Chi_Minh', () => new Date('2023-06-15T17:00:00Z')).today()).toBe('2023-06-16');
  });
  it('handles days before the year 1000 (Intl gives such years unpadded)', () => {
    // Was: RangeError "Invalid time value" from midnight('0999-12-31'), so encodeRow threw
    // on a record whose date the schema accepts.
    const d = clock.midnight('0999-12-31');
    expect(clock.day(d)).toBe('0999-12-31');
    expect(clock.time(d)).toBe('00:00');
    expect(clock.day(clock.at('0100-03-01', '12:30'))).toBe('0100-03-01');
  });
  it('works in a zone with daylight saving', () => {
    const ny = intlClock('America/New_York');
    expect(ny.midnight('2023-07-01').toISOString()).toBe('2023-07-01T04:00:00.000Z');
    expect(ny.midnight('2023-01-01').toISOString()).toBe('2023-01-01T05:00:00.000Z');
  });
});

describe('parsing typed days and times', () => {
  it.each([
    ['15/06/2023', '2023-06-15'],
    ['5/6/2023', '2023-06-05'],
    ['2023-06-15', '2023-06-15'],
    ['31/02/2023', null],
    ['29/02/2024', '2024-02-29'],
    ['15-06-2023', '2023-06-15'],
    ['hôm qua', null],
    // Pasted with invisible characters, spaces around the separators, full-width digits: the same day.
    ['15/06/2023\u200b', '2023-06-15'],
    ['\ufeff15/06/2023\u00ad', '2023-06-15'],
    [' 15 / 06 / 2023 ', '2023-06-15'],
    ['１５/０６/２０２３', '2023-06-15'],
    ['2023-06-15\u200b', '2023-06-15'],
    ['15 06 2023', null],
    ['29/02/2023\u200b', null],
  ])('%s → %s', (input, out) => expect(parseVietnameseDay(input)).toBe(out));

  it.each([
    ['7:05', '07:05'],
    ['23:30', '23:30'],
    ['22h00', '22:00'],
    ['24:00', null],
    ['12:60', null],
    ['19:30\u200b', '19:30'],
    ['１９:３０', '19:30'],
  ])('%s → %s', (input, out) => expect(parseTime(input)).toBe(out));

  it('recognises real calendar days only', () => {
    expect(isIsoDay('2023-02-28')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2023-2-1')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('1900-02-29')).toBe(false);
    expect(isIsoDay('2000-02-29')).toBe(true);
    for (const bad of [
      '2023-06-1x',
      '2023/06/15',
      '2023-06-15 ',
      '+023-06-15',
      '2023-00-10',
      '2023-13-01',
      '2023-06-00',
    ])
      expect(isIsoDay(bad)).toBe(false);
    // Only ASCII digits: a full-width or Arabic-Indic digit is not one.
    expect(isIsoDay('２023-06-15')).toBe(false);
    expect(isIsoDay('2023-06-1٥')).toBe(false);
  });

  it('reads a day by character codes as a calendar check by regular expression would', () => {
    const byRegex = (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return false;
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      const last = new Date(0);
      last.setUTCFullYear(y, mo, 0); // day 0 of the next month: the month's last day (years < 100 included)
      return mo >= 1 && mo <= 12 && d >= 1 && d <= last.getUTCDate();
    };
    const digit = fc.constantFrom(...'0123456789');
    const day = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .chain(([y, m]) =>
        fc.array(digit, { minLength: 2, maxLength: 2 }).map((d) => `${y.join('')}-${m.join('')}-${d.join('')}`),
      );
    const examples: [string][] = [['0000-02-29'], ['0004-02-29'], ['0100-02-29'], ['9999-12-31']];
    fc.assert(
      fc.property(fc.oneof(day, fc.string({ maxLength: 12 })), (s) => isIsoDay(s) === byRegex(s)),
      {
        numRuns: 3000,
        examples,
      },
    );
  });

  it('recognises Dates from another realm', () => {
    const vm = require('node:vm');
    const foreign = vm.runInNewContext('new Date(0)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate(new Date('x'))).toBe(false);
    expect(isDate('2023-01-01')).toBe(false);
  });
});

describe('zoneClock: Intl in place of a formatter that agrees with it (Utilities.formatDate is a service call)', () => {
  const NOW = () => new Date('2023-06-15T16:59:00Z');
  /** A formatter like Utilities.formatDate on Intl's zone data, shifted by `shiftMs`, counting its calls. */
  const formatter = (zone: string, shiftMs = 0) => {
    const fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    const calls = { n: 0 };
    const format = (d: Date, pattern: string) => {
      calls.n++;
      const p: Record<string, string> = {};
      for (const part of fmt.formatToParts(new Date(d.getTime() + shiftMs))) p[part.type] = part.value;
      return pattern
        .replace('yyyy', p.year)
        .replace('MM', p.month)
        .replace('dd', p.day)
        .replace('HH', p.hour)
        .replace('mm', p.minute)
        .replace('ss', p.second);
    };
    return { format, calls };
  };
  // Midnights of 2,000 days: what a sheet's date column holds.
  const days = Array.from({ length: 2000 }, (_, i) => new Date(Date.UTC(2018, 0, 1) + i * 86_400_000 - 7 * 3_600_000));

  it.each(['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'Pacific/Apia'])(
    '%s: the same days and times as the formatter, with no formatter call after a few probes',
    (zone) => {
      const { format, calls } = formatter(zone);
      const clock = zoneClock(zone, format, NOW);
      const probes = calls.n;
      const reference = intlClock(zone, NOW);
      expect(days.map((d) => `${clock.day(d)} ${clock.time(d)}`)).toEqual(
        days.map((d) => `${reference.day(d)} ${reference.time(d)}`),
      );
      expect([probes <= 8, calls.n - probes]).toEqual([true, 0]);
    },
  );

  it('a formatter that disagrees (an hour off) is used for every instant, not Intl', () => {
    const { format, calls } = formatter('Asia/Ho_Chi_Minh', 3_600_000);
    const clock = zoneClock('Asia/Ho_Chi_Minh', format, NOW);
    const before = calls.n;
    // 16:30 UTC is 23:30 in Hà Nội, 00:30 the next day an hour later.
    expect(clock.day(new Date('2023-06-15T16:30:00Z'))).toBe('2023-06-16');
    expect(calls.n).toBe(before + 1);
  });

  it('a zone Intl does not know falls back to the formatter', () => {
    const { format } = formatter('Asia/Ho_Chi_Minh');
    const clock = zoneClock('Mars/Olympus_Mons', format, NOW);
    expect(clock.day(new Date('2023-06-15T17:30:00Z'))).toBe('2023-06-16');
    expect(clock.timeZone).toBe('Mars/Olympus_Mons');
  });
});
