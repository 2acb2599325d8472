/**
 * Malformed input, a fixed corpus (issue 13, part 8): every `api*` global of the built bundle (enumerated
 * from `dist/Code.js`, so a new one cannot be missed) is sent, the `google.script.run` way, every input
 * of the corpus: no argument, undefined, null, numbers, NaN-like strings, arrays, nesting 5,000 and
 * 100,000 deep (arrays and objects, as the argument and inside a valid one), a 10 MB string, a
 * 1,000,000-element array, 100,000 keys, own `__proto__` and `constructor` keys, then, field by field
 * of a valid input, every wrong type, days in wrong formats, zero-width and right-to-left characters
 * and formula-looking text. Every answer is
 *   - `{ ok: false, errors }` whose every message is Vietnamese (`isVietnamese` below), with nothing
 *     written — and, for an input over the argument limits (SPEC §6 "Arguments"), not one service call;
 *   - or `{ ok: true }` for an input that is valid after all (text cleaned of invisible characters, an
 *     ignored argument), whose added rows hold no formula.
 * Nothing is thrown. Then every API meets a failing service: Apps Script's English faults reach the page
 * as Vietnamese sentences, the original in the log only.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Bundle, callAsScriptRun, DIST, loadBundle, topLevelFunctions, wireCopy } from '../../local/bundle';
import { createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { t, VI } from '../../src/domain/i18n';
import { loaded } from '../support/env';

jest.setTimeout(120_000);

const NOW = new Date('2023-06-20T03:00:00Z');
const PERIOD = { from: '2023-01-01', to: '2023-06-20' };
/** Input left out altogether (`google.script.run.apiX()`). */
const NONE = Symbol('no argument');

/** `dist/Code.js` as it was when the file started (other work may rebuild `dist` meanwhile). */
const CODE = path.join(mkdtempSync(path.join(os.tmpdir(), 'antt-malformed-')), 'Code.js');
copyFileSync(path.join(DIST, 'Code.js'), CODE);
const APIS = topLevelFunctions(CODE).filter((n) => n.startsWith('api'));

/**
 * The sample village, set up, saved once; every API starts from a copy of it — but those that take no
 * argument, and read the whole workbook whatever they are sent, from the workbook just set up.
 */
const { SAMPLE, EMPTY } = (() => {
  const { bundle, env } = loaded();
  bundle.setupWorkbook();
  const empty = env.saveSpreadsheet();
  bundle.loadSampleVillage();
  return { SAMPLE: env.saveSpreadsheet(), EMPTY: empty };
})();

// ------------------------------------------------------------------------------ what "Vietnamese" means

/** A letter of the Vietnamese alphabet with a diacritic (either case), đ included. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** JavaScript's, zod's and Apps Script's English, which must never reach a user. */
const ENGLISH = new RegExp(
  '\\b(Maximum|undefined|Cannot|cannot|TypeError|RangeError|SyntaxError|ReferenceError|Exception|Error|' +
    'Invalid|invalid|expected|Expected|received|Required|Unrecognized|NaN|null|Service|permission|stack)\\b' +
    '|\\[object |=>|function\\s*\\(',
);
const TEMPLATES = Object.values(VI).map(
  (tpl) =>
    new RegExp(
      `^${tpl
        .split(/\{\w+\}/)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      's',
    ),
);
/**
 * A message a person can read: a Vietnamese letter, or the whole message a template of the catalogue;
 * and none of the English words above once what it quotes of the input ("…") is set aside.
 */
function isVietnamese(message: string): boolean {
  const own = message.replace(/"[^"]*"/g, '""');
  return (VIETNAMESE.test(message) || TEMPLATES.some((re) => re.test(message))) && !ENGLISH.test(own);
}

// ------------------------------------------------------------------------------ the corpus

const nest = (levels: number, array: boolean): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = array ? [v] : { a: v };
  return v;
};
const DEEP_5K = nest(5000, false);
const DEEP_100K = nest(100_000, false);
const DEEP_5K_ARRAY = nest(5000, true);
const DEEP_100K_ARRAY = nest(100_000, true);
const HUGE = 'x'.repeat(10 * 1024 * 1024);
const MILLION = new Array(1_000_000).fill('H001');
const SOME_KEYS = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
const MANY_KEYS = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));

interface Case {
  label: string;
  input: unknown;
  /** Over the argument limits: refused before anything is read. */
  overLimit?: true;
}

/** The same for every API, as its whole argument. */
const GENERIC: Case[] = [
  { label: 'no argument', input: NONE },
  { label: 'undefined', input: undefined },
  { label: 'null', input: null },
  ...[0, -1, 1.5, -0, 1e308, 2 ** 53 + 1].map((n) => ({ label: `number ${n}`, input: n })),
  ...['NaN', 'Infinity', '-Infinity', 'undefined', 'null', '1e999', '0x1F', '', ' '].map((s) => ({
    label: `string ${JSON.stringify(s)}`,
    input: s,
  })),
  { label: 'true', input: true },
  { label: '[]', input: [] },
  { label: '[1,2,3]', input: [1, 2, 3] },
  { label: '[null]', input: [null] },
  { label: '[{}]', input: [{}] },
  { label: '{}', input: {} },
  { label: 'objects 5,000 deep', input: DEEP_5K, overLimit: true },
  { label: 'objects 100,000 deep', input: DEEP_100K, overLimit: true },
  { label: 'arrays 5,000 deep', input: DEEP_5K_ARRAY, overLimit: true },
  { label: 'arrays 100,000 deep', input: DEEP_100K_ARRAY, overLimit: true },
  { label: 'a 10 MB string', input: HUGE, overLimit: true },
  { label: '1,000,000 elements', input: MILLION, overLimit: true },
  { label: '100,000 keys', input: MANY_KEYS, overLimit: true },
  { label: 'own __proto__', input: JSON.parse('{"__proto__": {"isAdmin": true, "ok": true}}') },
  { label: 'constructor.prototype', input: JSON.parse('{"constructor": {"prototype": {"isAdmin": true}}}') },
];

/** A valid argument of each API (the sample village): the field-by-field cases change one field of it. */
const VALID: Record<string, Record<string, unknown> | null> = {
  apiBootstrap: null,
  apiValidateWorkbook: null,
  apiTemplateInfo: null,
  apiListResidents: { householdId: 'H001' },
  apiFindHouseholds: { query: 'nguyen', teamId: 'T1', idsOnly: true },
  apiListRecords: { sheet: 'patrols', query: 'tuan tra', from: '2023-01-01', to: '2023-06-20', offset: 0, limit: 10 },
  apiComputeCompliance: PERIOD,
  apiPreviewNotice: PERIOD,
  apiWriteSummary: PERIOD,
  apiGenerateNotice: {
    ...PERIOD,
    issuedOn: '2023-06-20',
    number: 7,
    useTemplate: false,
    signer: 'Hoàng Văn Bình',
    authority: 'TM. BAN CHỈ ĐẠO',
    recipients: ['UBND xã', 'Lưu: VT'],
  },
  apiSavePatrol: {
    requestId: 'r',
    date: '2023-06-15',
    start: '20:00',
    end: '22:00',
    teamId: 'T1',
    area: 'Thôn',
    memberIds: ['TV-0001'],
    participants: 2,
    withPolice: false,
    result: 'Bình thường',
    reminders: [{ category: 'Khác', cases: 1, action: 'Nhắc nhở', note: '' }],
  },
  apiSaveCommitments: {
    requestId: 'r',
    year: 2023,
    type: '*',
    signedOn: '2023-06-01',
    householdIds: ['H001', 'H002'],
    signer: 'Trưởng thôn',
  },
  apiSaveActivity: {
    requestId: 'r',
    kind: 'session',
    date: '2023-06-18',
    form: 'Họp thôn',
    topics: 'Ma tuý',
    place: 'Nhà văn hoá',
    audience: 'Nhân dân',
    attendees: 40,
    householdIds: ['H001', 'H002'],
    partners: 'Công an xã',
    note: '',
  },
  apiSaveRecord: {
    requestId: 'r',
    sheet: 'households',
    record: { head: 'Hộ mới', teamId: 'T1', size: 3, arrivedOn: '2023-01-01', note: '' },
  },
  apiDeleteRecord: { requestId: 'r', sheet: 'events', id: 'SK-0001' },
};
// The phone page's saves (SPEC §7.1) take the same input (the fixture's user, the owner, may save for any team);
// its correction takes a patrol with its id.
// The periodic report (SPEC §4.1).
VALID.apiPreviewReport = { kind: 'nam', year: 2022 };
VALID.apiGenerateReport = { kind: '6thang', year: 2023, half: 1, issuedOn: '2023-07-05', number: 3 };
// The TT 124/2021 self-assessment (SPEC §10).
VALID.apiAssessTt124 = { year: 2023, policy: 'met', policyNote: 'Thực hiện đầy đủ.' };
VALID.apiGenerateTt124 = { year: 2023, from: '2022-11-01', to: '2023-06-15', issuedOn: '2023-06-20' };
// The commune's APIs on a village's spreadsheet (the fixture): Vietnamese refusals (SPEC §9).
VALID.apiCommuneUpdate = PERIOD;
VALID.apiCommuneContinue = null;
VALID.apiCommuneReport = { issuedOn: '2023-06-20' };
VALID.apiPhoneSavePatrol = VALID.apiSavePatrol;
VALID.apiPhoneSaveActivity = VALID.apiSaveActivity;
VALID.apiPhoneSaveRecord = { requestId: 'r', sheet: 'patrols', id: 'TT-0001', record: { result: 'Đã sửa' } };

const WRONG_TYPES: unknown[] = [null, 0, -1, 1.5, true, '', 'abc', [], ['x'], {}, { a: 1 }];
const BAD_DAYS = [
  '15/06/2023',
  '2023/06/15',
  '2023-6-5',
  '2023-02-30',
  '20230615',
  'June 15, 2023',
  '2023-06-15T00:00:00Z',
  '0000-00-00',
  '9999-12-31',
];
const INVISIBLE = ['\u200B', 'T1\u200B', '\u200BH001', '\u202Eabc\u202C', '\u200F\u200E', '\uFEFFx', 'a\u2060b'];
const FORMULAS = ['=1+1', '+SUM(A1:A9)', '-2+3', '@A1', '=IMPORTXML("http://x","//a")', "='Cài đặt'!B2"];
const DAY_FIELD = /^(date|from|to|issuedOn|signedOn|startOn|endOn|installedOn|arrivedOn|leftOn)$/;

/** Each field of `valid` (and of its `record`), as a path. */
function fieldsOf(valid: Record<string, unknown>): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(valid)) {
    out.push([k]);
    if (k === 'record' && v && typeof v === 'object') for (const f of Object.keys(v)) out.push([k, f]);
  }
  return out;
}

let serial = 0;
let turn = 0;
function withField(valid: Record<string, unknown>, at: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(valid);
  if ('requestId' in copy && at[0] !== 'requestId') copy.requestId = `m-${++serial}`;
  let holder = copy as Record<string, unknown>;
  for (const k of at.slice(0, -1)) holder = holder[k] as Record<string, unknown>;
  holder[at[at.length - 1]] = value;
  return copy;
}

function corpus(api: string): Case[] {
  const valid = VALID[api];
  if (valid === undefined) throw new Error(`${api}: no valid input in this test`);
  if (!valid) return GENERIC;
  const fresh = () => {
    const copy = structuredClone(valid);
    if ('requestId' in copy) copy.requestId = `m-${++serial}`;
    return copy;
  };
  const inside = fieldsOf(valid).at(-1) as string[];
  const out: Case[] = [
    ...GENERIC,
    { label: 'valid, objects 5,000 deep in a field', input: withField(valid, inside, DEEP_5K), overLimit: true },
    {
      label: 'valid, arrays 5,000 deep in a field',
      input: withField(valid, inside, DEEP_5K_ARRAY),
      overLimit: true,
    },
    { label: 'valid, a 10 MB string in a field', input: withField(valid, inside, HUGE), overLimit: true },
    { label: 'valid, 1,000,000 elements in a field', input: withField(valid, inside, MILLION), overLimit: true },
    // 100,000 levels and keys are sent as the whole argument above; inside a valid one, fewer do.
    { label: 'valid, 1,000 extra keys', input: { ...SOME_KEYS, ...fresh() }, overLimit: true },
    {
      label: 'valid, with an own __proto__',
      input: Object.defineProperty(fresh(), '__proto__', {
        value: { isAdmin: true },
        enumerable: true,
        writable: true,
        configurable: true,
      }),
    },
    { label: 'valid, with constructor', input: { ...fresh(), constructor: { prototype: { isAdmin: true } } } },
  ];
  for (const at of fieldsOf(valid)) {
    const name = at.join('.');
    const current = at.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], valid);
    for (const w of WRONG_TYPES)
      if (JSON.stringify(w) !== JSON.stringify(current))
        out.push({ label: `${name} = ${JSON.stringify(w)}`, input: withField(valid, at, w) });
    if (DAY_FIELD.test(at[at.length - 1]))
      for (const d of BAD_DAYS) out.push({ label: `${name} = ${JSON.stringify(d)}`, input: withField(valid, at, d) });
    // Two invisible and two formula-looking texts per text field, in turn, so that each is tried.
    if (typeof current === 'string') {
      const texts = [0, 1].flatMap((i) => [
        INVISIBLE[(turn + i) % INVISIBLE.length],
        FORMULAS[(turn + i) % FORMULAS.length],
      ]);
      turn += 2;
      for (const s of texts) out.push({ label: `${name} = ${JSON.stringify(s)}`, input: withField(valid, at, s) });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------ checking

type FieldError = { field: string; message: string };
type Result = { ok: true; data: unknown } | { ok: false; errors: FieldError[]; warnings?: FieldError[] };

const PAYLOAD = Object.keys(VI)
  .filter((k) => k.startsWith('payload.'))
  .map(
    (k) =>
      new RegExp(`^${VI[k as keyof typeof VI].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[\\d.]+')}$`),
  );

const dataWrites = (env: GasEnvironment) =>
  env.counter.log.filter(
    (c) =>
      ['SpreadsheetApp', 'DocumentApp', 'DriveApp'].includes(c.service) &&
      c.kind === 'write' &&
      c.method !== 'Spreadsheet.toast',
  ).length;

const rowCounts = (env: GasEnvironment) =>
  env.counter.quiet(() => Object.fromEntries(env.spreadsheet.getSheets().map((s) => [s.getName(), s.getLastRow()])));

/** Formulas in the rows added since `before` (a save writes user text as text). */
function addedFormulas(env: GasEnvironment, before: Record<string, number>): string[] {
  return env.counter.quiet(() =>
    env.spreadsheet.getSheets().flatMap((s) => {
      const from = (before[s.getName()] ?? 0) + 1;
      const last = s.getLastRow();
      if (last < from) return [];
      return s
        .getRange(from, 1, last - from + 1, s.getLastColumn())
        .getFormulas()
        .flat()
        .filter((f) => f !== '');
    }),
  );
}

function fixture(api: string): { env: GasEnvironment; bundle: Bundle } {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => NOW, spreadsheet: VALID[api] ? SAMPLE : EMPTY });
  return { env, bundle: loadBundle(env, CODE) };
}

const wiredCopies = new Map<Case, unknown>();
/** The argument a generic case arrives as through google.script.run (`wireCopy`, as `callAsScriptRun` makes it). */
function wired(c: Case): unknown {
  if (!wiredCopies.has(c)) wiredCopies.set(c, wireCopy(c.input, 'Tham số 1'));
  return wiredCopies.get(c);
}

const totals = { apis: 0, inputs: 0, calls: 0, refused: 0, overLimit: 0, ok: 0 };

describe('every api* global of the bundle, sent the malformed-input corpus', () => {
  it('is known to this test', () => {
    expect(APIS.length).toBeGreaterThanOrEqual(13);
    expect(APIS.filter((a) => VALID[a] === undefined)).toEqual([]);
  });

  it.each(APIS)('%s: Vietnamese refusals with nothing written, or a real success', (api) => {
    const { env, bundle } = fixture(api);
    const cases = corpus(api);
    const problems: string[] = [];
    const times: [number, string][] = [];
    for (const c of cases) {
      const where = `${api}(${c.label})`;
      const before = rowCounts(env);
      const docs = env.docs.size;
      env.counter.reset();
      const started = Date.now();
      let result: Result;
      try {
        result = (
          c.input !== NONE && GENERIC.includes(c)
            ? // The copy google.script.run delivers of a large generic input is made once, not once per API.
              wireCopy(bundle[api](wired(c)), 'Kết quả')
            : callAsScriptRun(bundle, api, c.input === NONE ? [] : [c.input])
        ) as Result;
      } catch (e) {
        problems.push(`${where} threw ${(e as Error).message}`);
        continue;
      }
      totals.calls++;
      if (process.env.SHOW_TIMES) times.push([Date.now() - started, where]);
      if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') {
        problems.push(`${where} answered ${JSON.stringify(result)?.slice(0, 200)}`);
        continue;
      }
      if (!result.ok) {
        totals.refused++;
        const messages = [...result.errors, ...(result.warnings ?? [])].map((e) => e.message);
        if (messages.length === 0) problems.push(`${where}: ok:false without a message`);
        for (const m of messages) if (!isVietnamese(m)) problems.push(`${where}: not Vietnamese: ${m}`);
        const written = dataWrites(env);
        const grown = JSON.stringify(rowCounts(env)) !== JSON.stringify(before) || env.docs.size !== docs;
        if (written || grown) problems.push(`${where}: refused but wrote (${written} writes)`);
        if (c.overLimit) {
          totals.overLimit++;
          if (env.counter.log.length)
            problems.push(`${where}: ${env.counter.log.length} service calls before refusing`);
          if (!messages.every((m) => PAYLOAD.some((re) => re.test(m))))
            problems.push(`${where}: not the limits' message: ${messages.join(' | ')}`);
        }
        continue;
      }
      totals.ok++;
      if (c.overLimit) problems.push(`${where}: accepted an input over the limits`);
      const formulas = addedFormulas(env, before);
      if (formulas.length) problems.push(`${where}: wrote formulas ${formulas.join(', ')}`);
    }
    if (process.env.SHOW_TIMES) console.log(times.sort((a, b) => b[0] - a[0]).slice(0, 8));
    totals.apis++;
    totals.inputs += cases.length;
    expect(problems).toEqual([]);
  });

  afterAll(() => {
    console.log(
      `Malformed-input corpus: ${totals.apis} APIs × ${Math.round(totals.inputs / Math.max(1, totals.apis))} inputs ` +
        `on average = ${totals.inputs} calls; ${totals.refused} refused in Vietnamese (${totals.overLimit} by the ` +
        `argument limits, 0 service calls), ${totals.ok} valid after all; 0 thrown, 0 English, 0 writes on refusal`,
    );
  });
});

describe('a failing service reaches the page in Vietnamese', () => {
  const FAULTS: [string, string][] = [
    [
      'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to ' +
        'remove protection if you need to edit.',
      t('error.protected'),
    ],
    ['Exception: Service invoked too many times for one day: spreadsheets.', t('error.tooOften')],
    ['Exception: Service Spreadsheets timed out while accessing document with id 1x.', t('error.timeout')],
    ["TypeError: Cannot read properties of undefined (reading 'getSheets')", t('error.unknown')],
  ];

  /** Answers before opening the spreadsheet on a village's (nothing to continue: read from the document properties). */
  const NO_SPREADSHEET = ['apiCommuneContinue'];

  it.each(APIS.filter((a) => !NO_SPREADSHEET.includes(a)))(
    '%s: an English fault of SpreadsheetApp becomes a Vietnamese error, the original logged',
    (api) => {
      const { env, bundle } = fixture(api);
      const app = env.globals.SpreadsheetApp as Record<string, unknown>;
      const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
      const input = VALID[api]
        ? { ...VALID[api], ...('requestId' in VALID[api] ? { requestId: 'f-1' } : {}) }
        : undefined;
      try {
        for (const [raw, shown] of FAULTS) {
          const real = { getActive: app.getActive, getActiveSpreadsheet: app.getActiveSpreadsheet };
          app.getActive = app.getActiveSpreadsheet = () => {
            throw new Error(raw);
          };
          logged.mockClear();
          let thrown: Error | undefined;
          try {
            callAsScriptRun(bundle, api, input === undefined ? [] : [input]);
          } catch (e) {
            thrown = e as Error;
          } finally {
            Object.assign(app, real);
          }
          expect([api, raw, thrown?.message]).toEqual([api, raw, shown]);
          expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([`${api}: ${raw}`]);
        }
        // A message of the add-on stays as it is: another execution holds the lock.
        if (env.locks) {
          env.locks.holdDocumentLock();
          let thrown: Error | undefined;
          let answered: unknown;
          try {
            answered = callAsScriptRun(bundle, api, input === undefined ? [] : [input]);
          } catch (e) {
            thrown = e as Error;
          } finally {
            env.locks.releaseDocumentLock();
          }
          // Reads take no lock: an API that only reads answers.
          if (thrown) expect([api, thrown.message]).toEqual([api, t('lock.busy')]);
          else expect([api, typeof answered]).toEqual([api, 'object']);
        }
      } finally {
        logged.mockRestore();
      }
    },
  );
});
