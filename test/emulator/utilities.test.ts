import { runInNewContext } from 'node:vm';
import { createContext } from '../../local/emulator/context';
import { createUtilities, formatDate } from '../../local/emulator/utilities';

function setup() {
  const ctx = createContext();
  return { ctx, ...createUtilities(ctx) };
}

const MIDNIGHT_IN_VIETNAM = new Date('2023-06-14T17:00:00Z'); // 15/06/2023 00:00 in Hà Nội (UTC+7)
const HCM = 'Asia/Ho_Chi_Minh';

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  test('date and time fields in the given zone', () => {
    const { Utilities } = setup();
    expect(Utilities.formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'dd/MM/yyyy')).toBe('15/06/2023');
    expect(Utilities.formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'HH:mm')).toBe('00:00');
    expect(Utilities.formatDate(MIDNIGHT_IN_VIETNAM, 'UTC', 'dd/MM/yyyy HH:mm')).toBe('14/06/2023 17:00');
    expect(Utilities.formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'yyyy-MM-dd')).toBe('2023-06-15');
    expect(Utilities.formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'd/M/yy')).toBe('15/6/23');
    expect(Utilities.formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'y')).toBe('2023');
  });

  test('names: EEEE, EEE, E, MMMM, MMM, a', () => {
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'EEEE')).toBe('Thursday');
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'EEE E')).toBe('Thu Thu');
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'MMMM MMM')).toBe('June Jun');
    expect(formatDate(new Date('2023-06-15T06:05:09Z'), HCM, 'h:mm:ss a hh H HH k K')).toBe('1:05:09 PM 01 13 13 13 1');
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'h a k K')).toBe('12 AM 24 0');
  });

  test('quoted literals and the doubled quote escape', () => {
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, "'ngày' dd 'tháng' MM 'năm' yyyy")).toBe('ngày 15 tháng 06 năm 2023');
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, "h 'o''clock' a")).toBe("12 o'clock AM");
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, "''yy''")).toBe("'23'");
    expect(formatDate(MIDNIGHT_IN_VIETNAM, HCM, "yyyy-MM-dd'T'HH:mm:ss")).toBe('2023-06-15T00:00:00');
  });

  test('milliseconds, offsets and zone names', () => {
    const t = new Date('2023-06-14T17:00:00.045Z');
    expect(formatDate(t, HCM, 'ss.SSS S')).toBe('00.045 45');
    expect(formatDate(t, HCM, 'Z')).toBe('+0700');
    expect(formatDate(t, HCM, 'X XX XXX')).toBe('+07 +0700 +07:00');
    expect(formatDate(t, 'UTC', 'X XXX Z')).toBe('Z Z +0000');
    expect(formatDate(t, HCM, 'z')).toBe('ICT');
    expect(formatDate(t, 'America/New_York', 'HH:mm Z')).toBe('13:00 -0400');
    expect(formatDate(new Date('2023-01-14T17:00:00Z'), 'America/New_York', 'HH:mm XXX')).toBe('12:00 -05:00');
    expect(formatDate(t, 'Asia/Kolkata', 'HH:mm XXX')).toBe('22:30 +05:30');
    expect(formatDate(t, 'GMT+7', 'HH:mm')).toBe('00:00');
    expect(formatDate(t, 'Not/AZone', 'HH:mm')).toBe('17:00'); // unknown ids fall back to GMT, as Java
  });

  test('day of year, week of year (US rules), day number', () => {
    expect(formatDate(new Date('2023-01-01T12:00:00Z'), 'UTC', 'D w u')).toBe('1 1 7');
    expect(formatDate(new Date('2022-12-31T12:00:00Z'), 'UTC', 'D w YYYY')).toBe('365 53 2022');
    expect(formatDate(new Date('2025-12-28T12:00:00Z'), 'UTC', 'w YYYY yyyy')).toBe('1 2026 2025');
  });

  test('accepts Dates from another realm (the bundle runs in a vm context)', () => {
    const foreign = runInNewContext('new Date("2023-06-14T17:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(formatDate(foreign, HCM, 'dd/MM/yyyy')).toBe('15/06/2023');
  });

  test('bad arguments throw like Apps Script', () => {
    expect(() => formatDate('2023-06-14' as unknown as Date, HCM, 'dd')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'dd T')).toThrow("Illegal pattern character 'T'");
    expect(() => formatDate(MIDNIGHT_IN_VIETNAM, HCM, "'open")).toThrow(/unterminated quote/);
  });
});

describe('Utilities: ids, blobs, encodings', () => {
  test('getUuid is deterministic and shaped like a UUID', () => {
    const { Utilities } = setup();
    const a = Utilities.getUuid();
    const b = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    const again = setup().Utilities;
    expect(again.getUuid()).toBe(a);
  });

  test('sleep records without waiting', () => {
    const { Utilities, sleeps } = setup();
    const t0 = Date.now();
    Utilities.sleep(2000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(sleeps).toEqual([2000]);
    expect(() => Utilities.sleep(300001)).toThrow('Invalid argument: milliseconds');
  });

  test('newBlob, base64 round trip with signed bytes, digests, formatString, parseCsv', () => {
    const { Utilities } = setup();
    const blob = Utilities.newBlob('Xin chào', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('Xin chào');
    expect([blob.getContentType(), blob.getName()]).toEqual(['text/plain', 'a.txt']);
    expect(blob.getBytes().some((b) => b < 0)).toBe(true); // UTF-8 of "à" has bytes > 127, signed
    const enc = Utilities.base64Encode('Xin chào');
    expect(enc).toBe(Buffer.from('Xin chào').toString('base64'));
    expect(Utilities.newBlob(Utilities.base64Decode(enc)).getDataAsString()).toBe('Xin chào');
    expect(Utilities.base64EncodeWebSafe([251, 255] as number[])).toBe('-_8=');
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(Buffer.from(digest.map((b) => b & 0xff)).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(Utilities.formatString('%s có %d hộ, %.1f%%', 'Thôn', 42, 97.25)).toBe('Thôn có 42 hộ, 97.3%');
    expect(Utilities.formatString('%03d|%-3s|', 7, 'a')).toBe('007|a  |');
    expect(Utilities.parseCsv('a,"b,c"\n1,"x""y"')).toEqual([
      ['a', 'b,c'],
      ['1', 'x"y'],
    ]);
  });

  test('calls are counted under Utilities', () => {
    const { Utilities, ctx } = setup();
    Utilities.formatDate(MIDNIGHT_IN_VIETNAM, HCM, 'dd');
    Utilities.getUuid();
    expect(ctx.counter.byMethod('Utilities')).toEqual({ 'Utilities.formatDate': 1, 'Utilities.getUuid': 1 });
  });
});
