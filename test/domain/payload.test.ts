/**
 * The argument limits of every `api*` function (src/domain/payload.ts) and the Vietnamese message of an
 * error escaping one (src/domain/userError.ts).
 */
import { t } from '../../src/domain/i18n';
import { checkPayload, PAYLOAD_LIMITS } from '../../src/domain/payload';
import { userMessage } from '../../src/domain/userError';

const nest = (levels: number, array: boolean): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = array ? [v] : { a: v };
  return v;
};
const message = (args: unknown[]) => checkPayload(args)?.message ?? null;

describe('checkPayload', () => {
  it('lets the largest inputs a form sends through', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `H${String(i).padStart(99, '0')}`);
    const commitments = {
      requestId: 'r',
      year: 2024,
      type: '*',
      signedOn: '2024-01-02',
      householdIds: ids,
      signer: '',
    };
    expect(checkPayload([commitments])).toBeNull();
    const session = { requestId: 'r', kind: 'session', householdIds: ids.slice(0, 5000), note: 'n'.repeat(20_000) };
    expect(checkPayload([session])).toBeNull();
    const patrol = { requestId: 'r', memberIds: ['TV-0001'], reminders: [{ category: 'Khác', cases: 1, note: '' }] };
    expect(checkPayload([patrol])).toBeNull();
    expect(checkPayload([])).toBeNull();
    expect(checkPayload([undefined, null, 0, -1.5, true, ''])).toBeNull();
    // 32 levels in all: an argument object is level 1.
    expect(checkPayload([nest(PAYLOAD_LIMITS.depth, false)])).toBeNull();
    expect(checkPayload([nest(31, true)])).toBeNull();
  });

  it.each([
    ['33 levels of objects', [nest(33, false)], t('payload.tooDeep', { max: '32' })],
    ['100,000 levels of arrays', [nest(100_000, true)], t('payload.tooDeep', { max: '32' })],
    ['a deep second argument', [{}, nest(5000, false)], t('payload.tooDeep', { max: '32' })],
    ['1,000,000 elements', [{ ids: new Array(1_000_000).fill(0) }], t('payload.tooManyItems', { max: '20.000' })],
    [
      '3 × 20,000 elements',
      [{ a: new Array(20_000).fill(1), b: new Array(20_000).fill(1), c: new Array(20_000).fill(1) }],
      t('payload.tooBig', { max: '50.000' }),
    ],
    [
      '100,000 keys',
      [Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))],
      t('payload.tooManyKeys', { max: '200' }),
    ],
    ['a string of 10 MB', [{ note: 'x'.repeat(10_000_000) }], t('payload.textTooLong', { max: '100.000' })],
    ['a key of 200,000 characters', [{ ['k'.repeat(200_000)]: 1 }], t('payload.textTooLong', { max: '100.000' })],
    [
      '40 strings of 99,999 characters',
      [Array.from({ length: 40 }, () => 'y'.repeat(99_999))],
      t('payload.tooMuchText', { max: '3.000.000' }),
    ],
    ['NaN', [{ n: Number.NaN }], t('payload.notPlain')],
    ['Infinity', [[Number.POSITIVE_INFINITY]], t('payload.notPlain')],
    ['a Date', [{ date: new Date(0) }], t('payload.notPlain')],
    ['a function', [{ f: () => 1 }], t('payload.notPlain')],
    ['a Map', [new Map()], t('payload.notPlain')],
    ['a class instance', [new (class Thing {})()], t('payload.notPlain')],
    ['a bigint', [1n], t('payload.notPlain')],
    ['a symbol', [Symbol('s')], t('payload.notPlain')],
    ['a getter', [Object.defineProperty({}, 'x', { get: () => 1, enumerable: true })], t('payload.notPlain')],
  ])('refuses %s', (_, args, want) => {
    expect(message(args as unknown[])).toBe(want);
  });

  it('refuses a cycle (its depth never ends) without looping', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(message([a])).toBe(t('payload.tooDeep', { max: '32' }));
  });

  it('takes own __proto__ and constructor keys as data, and objects of another realm or without prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {}}}');
    expect(checkPayload([parsed])).toBeNull();
    expect(checkPayload([Object.create(null)])).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a million-element array only as far as its length', () => {
    const read: PropertyKey[] = [];
    const big = new Proxy(new Array(1_000_000).fill(0), {
      get: (target, key, receiver) => {
        read.push(key);
        return Reflect.get(target, key, receiver);
      },
    });
    expect(message([{ big }])).toBe(t('payload.tooManyItems', { max: '20.000' }));
    expect(read).toEqual(['length']);
  });
});

describe('userMessage: what a page shows of an error', () => {
  it('keeps messages of the add-on as they are', () => {
    for (const m of [t('lock.busy'), t('save.protected', { sheet: 'Tuần tra' }), t('sheet.missing', { sheet: 'X' })])
      expect(userMessage(m)).toEqual({ message: m, ours: true });
  });

  it.each([
    [
      'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to ' +
        'remove protection if you need to edit.',
      t('error.protected'),
    ],
    ['Lock timeout: another process was holding the lock for too long.', t('lock.busy')],
    ['Exception: Service invoked too many times for one day: docs create.', t('error.tooOften')],
    ['Exception: Too many simultaneous invocations: Spreadsheets', t('error.tooOften')],
    ['Exceeded maximum execution time', t('error.timeout')],
    ['Exception: Service Spreadsheets timed out while accessing document with id 1x.', t('error.timeout')],
    ['Exception: Service Documents failed while accessing document: quota exceeded', t('error.quota')],
    ['Exception: You do not have permission to call DriveApp.getFileById.', t('error.permission')],
    ['You do not have permission to perform that action.', t('error.permission')],
    ['Maximum call stack size exceeded', t('error.tooLarge')],
    ['Invalid array length', t('error.tooLarge')],
    ['NetworkError: Connection failure due to HTTP 0', t('error.network')],
    ["We're sorry, a server error occurred. Please wait a bit and try again.", t('error.service')],
    ['Exception: The number of rows in the range must be at least 1.', t('error.service')],
    ["TypeError: Cannot read properties of undefined (reading 'x')", t('error.unknown')],
    ['', t('error.unknown')],
    ['[object Object]', t('error.unknown')],
  ])('%s → a Vietnamese sentence', (raw, want) => {
    expect(userMessage(raw)).toEqual({ message: want, ours: false });
  });

  it('keeps an Apps Script message given in Vietnamese, without "Exception: "', () => {
    expect(userMessage('Exception: Không tìm thấy trang tính')).toEqual({
      message: 'Không tìm thấy trang tính',
      ours: false,
    });
    // English with a Vietnamese sheet name in it is not Vietnamese.
    expect(userMessage('Exception: Sheet Tuần tra not found').message).toBe(t('error.service'));
  });

  it('does not take a template of placeholders alone for ours', () => {
    // 'log.recordSummary' is '{what}: {label}': it would match any "X: Y".
    expect(userMessage('Error: something broke').ours).toBe(false);
  });
});
