/**
 * Bad input, property-based (issue 7, part 2): every `api*` global of the built bundle
 * (enumerated from `dist/Code.js`, so a new one cannot be missed) gets random JSON and
 * near-valid inputs — real input shapes with fields deleted, retyped, replaced by junk,
 * hostile text, huge strings or impossible days — through `google.script.run` semantics,
 * sometimes while another execution holds the document lock. Always:
 *   - no throw, except "Bảng tính đang bận, vui lòng thử lại" when the lock is busy;
 *   - `{ ok: false, errors: [{ field, message }] }` (Vietnamese messages) with no Spreadsheet,
 *     Docs or Drive write, no Doc created, no row added;
 *   - or `{ ok: true, data }` with exactly the rows that answer calls for, and a request id
 *     seen before answered as the first time, writing nothing.
 * One environment per API (the sample village) serves all its runs.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { type Bundle, callAsScriptRun, DIST, loadBundle, topLevelFunctions } from '../../local/bundle';
import { createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { documentToJson } from '../../local/emulator/document';
import { t } from '../../src/domain/i18n';
import { DEFAULT_REQUIRED_COMMITMENTS } from '../../src/domain/lists';
import { settingDef } from '../../src/domain/settings';
import { SHEET, type SheetKey, SHEETS } from '../../src/domain/sheets';
import { loaded } from '../support/env';

jest.setTimeout(120_000);

const NOW = new Date('2023-06-20T03:00:00Z');
const BUSY = t('lock.busy');
const PERIOD = { from: '2023-01-01', to: '2023-06-20' };
/** Input left out altogether (`google.script.run.apiX()`). */
const NONE = Symbol('no argument');
/** zod's and JavaScript's own English, which must never reach a user. */
const ENGLISH =
  /\b(Invalid input|Expected|Required|Unrecognized|received|undefined|NaN|TypeError|Cannot read)\b|\[object Object\]/;

/** The sample village, set up, saved once; every API starts from a copy of it. */
const BASE = (() => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  return env.saveSpreadsheet();
})();

/** `dist/Code.js` as it was when the file started (other work may rebuild `dist` meanwhile). */
const CODE = path.join(mkdtempSync(path.join(os.tmpdir(), 'antt-fuzz-')), 'Code.js');
copyFileSync(path.join(DIST, 'Code.js'), CODE);
const APIS = topLevelFunctions(CODE).filter((n) => n.startsWith('api'));

// ------------------------------------------------------------------------------ inputs

/** Mostly fresh request ids, sometimes one used before (a repeated request, perhaps with other content). */
const uuid = fc.oneof(
  { weight: 4, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('r-1', 'r-2', 'r-3') },
);
const VALID: Record<string, fc.Arbitrary<unknown>> = {
  apiBootstrap: fc.constant({}),
  apiListResidents: fc.constantFrom({ householdId: 'H001' }, { householdId: ' H010 ' }),
  apiFindHouseholds: fc.constantFrom(
    { query: 'hoang van' },
    { query: 'H01', limit: 5, signed: true, inactive: true },
    { teamId: 'T1', idsOnly: true, signed: true },
    { all: true, idsOnly: true, limit: 50 },
  ),
  apiListRecords: fc.constantFrom(
    { sheet: 'residents', where: { householdId: 'H001' } },
    { sheet: 'patrols', query: 'tuan tra', offset: 0, limit: 10 },
    { sheet: 'households', query: 'HOÀNG', limit: 500 },
  ),
  apiComputeCompliance: fc.constantFrom(PERIOD, { from: '2021-06-01', to: '2023-12-31' }),
  apiPreviewNotice: fc.constant(PERIOD),
  apiPreviewReport: fc.constantFrom({ kind: 'nam', year: 2022 }, { kind: 'quy', year: 2023, quarter: 2 }),
  apiGenerateReport: fc.constantFrom(
    { kind: '6thang', year: 2023, half: 1, issuedOn: '2023-07-05' },
    { kind: 'thang', year: 2022, month: 5, issuedOn: '2022-06-02', number: 3, signer: 'Hoàng Văn Bình' },
  ),
  apiAssessTt124: fc.constantFrom({ year: 2023 }, { year: '2022', policy: 'notMet', policyNote: 'Còn thiếu sót.' }),
  apiGenerateTt124: fc.constantFrom(
    { year: 2023, issuedOn: '2023-06-20' },
    { year: 2023, from: '2022-11-01', to: '2023-06-15', policy: 'met', issuedOn: '2023-06-20', signer: 'Hoàng Bình' },
  ),
  apiWriteSummary: fc.constant(PERIOD),
  apiValidateWorkbook: fc.constant({}),
  apiTemplateInfo: fc.constant({}),
  apiGenerateNotice: fc.constantFrom(
    { ...PERIOD, issuedOn: '2023-06-20' },
    {
      ...PERIOD,
      issuedOn: '2023-06-20',
      number: 7,
      useTemplate: false,
      signer: 'Hoàng Văn Bình',
      authority: 'TM. BAN CHỈ ĐẠO',
      recipients: ['UBND xã', 'Lưu: VT'],
    },
  ),
  apiSavePatrol: uuid.map((requestId) => ({
    requestId,
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
  })),
  apiSaveCommitments: fc
    .tuple(
      uuid,
      fc.constantFrom('*', ...DEFAULT_REQUIRED_COMMITMENTS),
      fc.constantFrom(['H001', 'H002'], ['H003'], ['H004', 'H005', 'H006']),
    )
    .map(([requestId, type, householdIds]) => ({
      requestId,
      year: 2023,
      type,
      signedOn: '2023-06-01',
      householdIds,
      signer: 'Trưởng thôn',
    })),
  apiSaveActivity: fc
    .tuple(
      uuid,
      fc.constantFrom<Record<string, unknown>>(
        {
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
        {
          kind: 'mediation',
          date: '2023-06-02',
          subject: 'Tranh chấp lối đi',
          parties: 'Hai hộ',
          outcome: 'Thành',
          chair: 'Trưởng thôn',
          note: '',
        },
        {
          kind: 'supervised',
          name: 'Nguyễn Văn X',
          type: 'Án treo',
          startOn: '2023-05-01',
          endOn: '2024-05-01',
          memberId: 'TV-0006',
          reoffended: false,
          note: '',
        },
        {
          kind: 'camera',
          location: 'Ngã ba chợ',
          installedOn: '2023-06-01',
          funding: 'Xã hội hoá',
          working: true,
          note: '',
        },
        {
          kind: 'event',
          date: '2023-06-19',
          type: 'Tin báo, tố giác',
          content: 'Tin báo',
          participants: 3,
          toPolice: true,
          note: '',
        },
      ),
    )
    .map(([requestId, x]) => ({ requestId, ...x })),
  apiSaveRecord: fc
    .tuple(
      uuid,
      fc.constantFrom<Record<string, unknown>>(
        { sheet: 'households', record: { head: 'Hộ mới', teamId: 'T1', size: 3, arrivedOn: '2023-01-01' } },
        {
          sheet: 'residents',
          record: {
            name: 'Con',
            householdId: 'H001',
            birthYear: 2010,
            gender: 'Nữ',
            hasIdCard: false,
            eidLevel: 'Chưa',
          },
        },
        { sheet: 'teams', record: { name: 'Tổ 9', leader: 'A' } },
        { sheet: 'members', id: 'TV-0002', record: { phone: '0912345678' } },
        { sheet: 'households', id: 'H002', record: { address: 'Xóm Trên' } },
      ),
    )
    .map(([requestId, x]) => ({ requestId, ...x })),
  apiDeleteRecord: fc
    .tuple(
      uuid,
      fc.constantFrom<Record<string, unknown>>(
        { sheet: 'patrols', id: 'TT-0040' }, // with its reminder NN-0022
        { sheet: 'patrols', id: 'TT-0046' },
        { sheet: 'events', id: 'SK-0001' },
        { sheet: 'mediations', id: 'HG-0001' },
        { sheet: 'cameras', id: ' CAM-02 ' },
        { sheet: 'teams', id: 'T1' }, // refused: still referenced
        { sheet: 'households', id: 'H005', cascade: true }, // refused: named by sessions
      ),
    )
    .map(([requestId, x]) => ({ requestId, ...x })),
};
// The phone page's saves (SPEC §7.1): the same inputs (the fixture's user, the owner, may save for any team); the
// correction takes a patrol of the sample with its id.
// The commune's APIs (SPEC §9) on a village's spreadsheet: always a Vietnamese refusal, nothing written (their work on
// a commune's spreadsheet is tested in test/server/commune.test.ts).
VALID.apiCommuneUpdate = fc.constant(PERIOD);
VALID.apiCommuneContinue = fc.constant({});
VALID.apiCommuneReport = fc.constantFrom({}, { issuedOn: '2023-06-20' });
VALID.apiPhoneSavePatrol = VALID.apiSavePatrol;
VALID.apiPhoneSaveActivity = VALID.apiSaveActivity;
VALID.apiPhoneSaveRecord = fc
  .tuple(uuid, fc.constantFrom('TT-0001', 'TT-0002', 'TT-0010'), fc.constantFrom('Đã sửa', 'Bình thường', ''))
  .map(([requestId, id, result]) => ({ requestId, sheet: 'patrols', id, record: { result } }));

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '=IMPORTXML("http://x","//a")',
  '{{so_ho}}',
  'javascript:window.__pwned=1',
];
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    '   ',
    0,
    -1,
    1.5,
    1e21,
    -1e-7,
    2 ** 53,
    true,
    false,
    [],
    {},
    'abc',
    'true',
    '12',
    ' 2023 ',
    '2023-02-30',
    '2099-12-31',
    '1899-01-01',
    '15/06/2023',
    '24:61',
    '20:00',
    '*',
    'T1',
    'H001',
    'H999',
    'TV-0001',
    'x'.repeat(6000),
    '__proto__',
    ...HOSTILE,
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
type Op =
  | { kind: 'set' | 'add'; at: number; key: string; value: unknown }
  | { kind: 'delete' | 'wrap' | 'stringify'; at: number }
  | { kind: 'replaceAll'; value: unknown };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom<'set' | 'add'>('set', 'set', 'add'),
    at: fc.nat(),
    key: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'kind', 'sheet', 'requestId', 'record'),
    value: replacement,
  }),
  fc.record({ kind: fc.constantFrom<'delete' | 'wrap' | 'stringify'>('delete', 'wrap', 'stringify'), at: fc.nat() }),
  fc.record({ kind: fc.constant<'replaceAll'>('replaceAll'), value: replacement }),
);

type Path = (string | number)[];
function paths(v: unknown, p: Path = [], out: Path[] = []): Path[] {
  if (p.length) out.push(p);
  if (p.length < 3 && v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...p, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function corrupt(input: unknown, ops: Op[]): unknown {
  let v = JSON.parse(JSON.stringify(input)) as unknown;
  for (const o of ops) {
    if (o.kind === 'replaceAll') {
      v = o.value;
      continue;
    }
    const all = paths(v);
    if (all.length === 0) continue;
    const where = all[o.at % all.length];
    const parent = where
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (x, k) => x[k] as Record<string | number, unknown>,
        v as Record<string, unknown>,
      );
    const key = where[where.length - 1];
    const target = parent[key];
    switch (o.kind) {
      case 'set':
        parent[key] = o.value;
        break;
      case 'add':
        // An own property, even for "__proto__" (as JSON.parse makes it).
        if (target && typeof target === 'object' && !Array.isArray(target))
          Object.defineProperty(target, o.key, {
            value: o.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else if (Array.isArray(target)) target.push(o.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'wrap':
        parent[key] = [target];
        break;
      case 'stringify':
        parent[key] = typeof target === 'object' ? JSON.stringify(target) : String(target);
        break;
    }
  }
  return v;
}

const inputs = (api: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(NONE) },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: VALID[api] },
    {
      weight: 8,
      arbitrary: fc.tuple(VALID[api], fc.array(op, { minLength: 1, maxLength: 3 })).map(([v, ops]) => corrupt(v, ops)),
    },
  );

// ------------------------------------------------------------------------------ checking

type FieldError = { field: string; message: string };
type Result =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; errors: FieldError[]; needsConfirm?: true; warnings?: FieldError[] };

interface Ctx {
  api: string;
  input: Record<string, unknown>;
  data: Record<string, unknown>;
  /** Rows added (or removed) per sheet key. */
  grown: Partial<Record<SheetKey, number>>;
  docsCreated: string[];
  env: GasEnvironment;
}

const KEY_OF = new Map(SHEETS.map((d) => [d.name, d.key as SheetKey]));
const ACTIVITY_SHEET: Record<string, SheetKey> = {
  session: 'sessions',
  mediation: 'mediations',
  supervised: 'supervised',
  camera: 'cameras',
  event: 'events',
};

/** What a successful first call must have written (rows per sheet; anything else unchanged). */
const EXPECT: Record<string, (c: Ctx) => Partial<Record<SheetKey, number>>> = {
  apiBootstrap: ({ data }) => {
    expect(Array.isArray(data.teams) && Array.isArray(data.members) && Array.isArray(data.households)).toBe(true);
    return {};
  },
  apiFindHouseholds: ({ data, input }) => {
    const found = data as unknown as { households: { id: string }[]; total: number; ids?: string[] };
    // A team's households or all of them (`teamId`, `all`) come all by default; words, the first 20.
    const many = input.teamId !== undefined || input.all === true;
    const limit = Math.min(found.total, Number(input.limit ?? (many ? 20_000 : 20)));
    expect((found.ids ?? found.households).length).toBeLessThanOrEqual(limit);
    if (input.idsOnly === true) expect(found.households).toEqual([]);
    return {};
  },
  apiListResidents: ({ data, input }) => {
    const residents = data as unknown as { householdId: string }[];
    expect(residents.every((r) => r.householdId === String(input.householdId).trim())).toBe(true);
    return {};
  },
  apiListRecords: ({ data, input }) => {
    const listed = data as unknown as { rows: Record<string, unknown>[]; total: number };
    expect(listed.rows.length).toBeLessThanOrEqual(Math.min(listed.total, Number(input.limit ?? 500)));
    const where = (input.where ?? {}) as Record<string, string>;
    for (const [field, value] of Object.entries(where)) expect(listed.rows.every((r) => r[field] === value)).toBe(true);
    return {};
  },
  apiComputeCompliance: ({ data, input }) => {
    expect(data.period).toEqual({ from: input.from, to: input.to });
    return {};
  },
  apiPreviewNotice: ({ data }) => {
    expect(Array.isArray(data.figures)).toBe(true);
    return {};
  },
  apiPreviewReport: ({ data }) => {
    expect((data.lines as string[]).join('\n')).not.toMatch(/\[object Object\]|undefined|NaN/);
    return {};
  },
  apiGenerateReport: ({ data, docsCreated, env }) => {
    expect(docsCreated).toEqual([data.docId]);
    expect(data.pdfId).toEqual(expect.any(String));
    const text = JSON.stringify(documentToJson(env.docs.get(data.docId as string)!).body.text);
    expect(text).not.toMatch(/\[object Object\]|undefined|NaN/);
    return {};
  },
  apiAssessTt124: ({ data }) => {
    const criteria = data.criteria as { number: number; status: string; reason: string }[];
    expect(criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(data)).not.toMatch(/\[object Object\]|undefined|NaN/);
    return {};
  },
  apiGenerateTt124: ({ data, docsCreated, env }) => {
    expect(docsCreated).toEqual([data.docId]);
    const text = JSON.stringify(documentToJson(env.docs.get(data.docId as string)!).body.text);
    expect(text).not.toMatch(/\[object Object\]|undefined|NaN/);
    return {};
  },
  apiValidateWorkbook: ({ data }) => {
    expect(data.filledIds).toEqual([]);
    return {};
  },
  apiTemplateInfo: ({ data }) => {
    expect([data.title, data.trusted, data.lines]).toEqual([TEMPLATE_TITLE, true, ['Số: {{so_ky_hieu}}']]);
    return {};
  },
  apiWriteSummary: ({ grown }) => ({ summary: grown.summary ?? 0 }),
  apiGenerateNotice: ({ data, docsCreated, env }) => {
    expect(docsCreated).toEqual([data.docId]);
    const text = JSON.stringify(documentToJson(env.docs.get(data.docId as string)!).body.text);
    expect(text).not.toMatch(/\[object Object\]|undefined|NaN/);
    return {};
  },
  apiSavePatrol: ({ data, input }) => {
    expect((data.reminderIds as string[]).length).toBe(((input.reminders as unknown[] | undefined) ?? []).length);
    return { patrols: 1, reminders: (data.reminderIds as string[]).length, log: 1 };
  },
  apiSaveCommitments: ({ data, input }) => {
    const ids = data.ids as string[];
    const types = input.type === '*' ? DEFAULT_REQUIRED_COMMITMENTS.length : 1;
    expect(ids.length + (data.alreadySigned as unknown[]).length).toBe(
      (input.householdIds as unknown[]).length * types,
    );
    return { commitments: ids.length, log: ids.length ? 1 : 0 };
  },
  apiSaveActivity: ({ data, input }) => {
    expect(data.kind).toBe(input.kind);
    return { [ACTIVITY_SHEET[input.kind as string]]: 1, log: 1 };
  },
  apiSaveRecord: ({ data, input }) => {
    expect(data.created).toBe(input.id === undefined);
    return { [input.sheet as SheetKey]: data.created ? 1 : 0, log: 1 };
  },
  apiDeleteRecord: ({ data, input }) => {
    expect(data.id).toBe(String(input.id).trim());
    const removed = data.removed as { sheet: SheetKey; ids: string[] }[];
    expect(removed[0]).toEqual({ sheet: input.sheet, ids: [data.id] });
    return { ...Object.fromEntries(removed.map((r) => [r.sheet, -r.ids.length])), log: 1 };
  },
};

const EXPECT_REFUSAL = ['apiCommuneUpdate', 'apiCommuneContinue', 'apiCommuneReport'];
const notACommune = (): Partial<Record<SheetKey, number>> => {
  throw new Error('a commune API answered ok on a village spreadsheet');
};
EXPECT.apiCommuneUpdate = notACommune;
EXPECT.apiCommuneContinue = notACommune;
EXPECT.apiCommuneReport = notACommune;
EXPECT.apiPhoneSavePatrol = EXPECT.apiSavePatrol;
EXPECT.apiPhoneSaveActivity = EXPECT.apiSaveActivity;
EXPECT.apiPhoneSaveRecord = EXPECT.apiSaveRecord;

interface Fixture {
  env: GasEnvironment;
  bundle: Bundle;
  /** First answer of each request id that succeeded. */
  answered: Map<string, unknown>;
  stats: { ok: number; invalid: number; busy: number; repeat: number };
}

function fixture(): Fixture {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => NOW, spreadsheet: BASE });
  return { env, bundle: loadBundle(env, CODE), answered: new Map(), stats: { ok: 0, invalid: 0, busy: 0, repeat: 0 } };
}

const rowCounts = (env: GasEnvironment) =>
  env.counter.quiet(() =>
    Object.fromEntries(
      env.spreadsheet.getSheets().map((s) => [KEY_OF.get(s.getName() as never) ?? s.getName(), s.getLastRow()]),
    ),
  ) as Record<string, number>;

/** Writes that change data: the progress toasts of the notice are messages, not writes. */
const dataWrites = (env: GasEnvironment, service: string) =>
  env.counter.log.filter((c) => c.service === service && c.kind === 'write' && c.method !== 'Spreadsheet.toast').length;

/** Every text cell of the rows a save added. */
function addedCells(env: GasEnvironment, before: Record<string, number>): string[] {
  return env.counter.quiet(() =>
    env.spreadsheet.getSheets().flatMap((s) => {
      const from = (before[KEY_OF.get(s.getName() as never) ?? s.getName()] ?? 0) + 1;
      const last = s.getLastRow();
      return last >= from && s.getName() !== SHEET.summary
        ? s
            .getRange(from, 1, last - from + 1, s.getLastColumn())
            .getValues()
            .flat()
            .map(String)
        : [];
    }),
  );
}

function check(api: string, f: Fixture, input: unknown, held: boolean): void {
  const { env } = f;
  const rowsBefore = rowCounts(env);
  const docsBefore = new Set(env.docs.keys());
  const argument = input === NONE ? '' : JSON.stringify(input)?.slice(0, 300);
  const where = `${api}(${argument})${held ? ' with the lock busy' : ''}`;
  if (held) env.locks.holdDocumentLock();
  env.counter.reset();
  let result: Result | undefined;
  let thrown: Error | undefined;
  try {
    result = callAsScriptRun(f.bundle, api, input === NONE ? [] : [input]) as Result;
  } catch (e) {
    thrown = e as Error;
  }
  if (held) env.locks.releaseDocumentLock();
  const grownAll = Object.fromEntries(
    Object.entries(rowCounts(env))
      .map(([k, n]) => [k, n - (rowsBefore[k] ?? 0)])
      .filter(([, d]) => d !== 0),
  );
  const docsCreated = [...env.docs.keys()].filter((k) => !docsBefore.has(k));
  const nothingWritten = () =>
    expect([
      where,
      dataWrites(env, 'SpreadsheetApp'),
      dataWrites(env, 'DocumentApp'),
      dataWrites(env, 'DriveApp'),
      grownAll,
      docsCreated,
    ]).toEqual([where, 0, 0, 0, {}, []]);
  expect([where, [...env.locks.slots.keys()]]).toEqual([where, []]);

  if (thrown) {
    // The only fault a valid call may meet here: another execution holding the lock.
    expect([where, thrown.message]).toEqual([where, held ? BUSY : '(no throw)']);
    nothingWritten();
    f.stats.busy++;
    return;
  }
  expect([where, typeof result, typeof result?.ok]).toEqual([where, 'object', 'boolean']);
  if (!result!.ok) {
    // A likely duplicate: no errors, the warnings to confirm (and nothing written).
    const errors = result!.needsConfirm ? (result!.warnings ?? []) : result!.errors;
    if (result!.needsConfirm) expect([where, result!.errors]).toEqual([where, []]);
    expect([where, Array.isArray(errors) && errors.length > 0]).toEqual([where, true]);
    for (const e of errors) {
      expect([where, Object.keys(e).sort(), typeof e.field, typeof e.message]).toEqual([
        where,
        ['field', 'message'],
        'string',
        'string',
      ]);
      expect([where, e.message.trim().length > 0, ENGLISH.test(e.message)]).toEqual([where, true, false]);
    }
    nothingWritten();
    f.stats.invalid++;
    return;
  }
  const data = result!.data;
  const requestId = input && typeof input === 'object' ? (input as { requestId?: unknown }).requestId : undefined;
  const id = typeof requestId === 'string' ? requestId : null;
  if (id && f.answered.has(id)) {
    // The same request again: the first answer, nothing written.
    expect([where, data]).toEqual([where, f.answered.get(id)]);
    nothingWritten();
    f.stats.repeat++;
    return;
  }
  const want = EXPECT[api]({ api, input: input as Record<string, unknown>, data, grown: grownAll, docsCreated, env });
  const wanted = Object.fromEntries(Object.entries(want).filter(([, n]) => n !== 0));
  expect([where, grownAll]).toEqual([where, wanted]);
  if (!['apiGenerateNotice', 'apiGenerateReport', 'apiGenerateTt124'].includes(api))
    expect([where, docsCreated]).toEqual([where, []]);
  // Nothing written becomes "[object Object]", "undefined" or "NaN".
  expect([where, addedCells(env, rowsBefore).filter((v) => /\[object Object\]|^undefined$|^NaN$/.test(v))]).toEqual([
    where,
    [],
  ]);
  if (id) f.answered.set(id, data);
  f.stats.ok++;
}

/** APIs that take no input (anything given is ignored). */
const IGNORES_INPUT = ['apiBootstrap', 'apiValidateWorkbook', 'apiTemplateInfo'];

const TEMPLATE_TITLE = 'Mẫu thông báo của thôn';
/** apiTemplateInfo's fixture: the owner's template Doc in `Cài đặt › Mẫu thông báo`. */
function addTemplate(env: GasEnvironment): void {
  env.counter.quiet(() => {
    const doc = (env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).create(TEMPLATE_TITLE);
    doc.getBody().getChild(0).asParagraph().setText('Số: {{so_ky_hieu}}');
    doc.saveAndClose();
    const sheet = env.spreadsheet.getSheetByName('Cài đặt')!;
    const row =
      sheet
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === settingDef('mau_thong_bao')!.label) + 1;
    sheet.getRange(row, 2).setValue(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });
}

/** Calls that read the whole workbook whatever the input are slower: fewer runs. */
const RUNS: Record<string, number> = {
  apiBootstrap: 40,
  apiValidateWorkbook: 30,
  apiTemplateInfo: 30,
  apiWriteSummary: 120,
  apiGenerateNotice: 120,
  apiComputeCompliance: 120,
  apiPreviewNotice: 120,
  apiPreviewReport: 60,
  apiGenerateReport: 60,
  apiAssessTt124: 60,
  apiGenerateTt124: 60,
  // The same saves as apiSavePatrol, apiSaveActivity and apiSaveRecord behind the caller's check.
  apiPhoneSavePatrol: 100,
  apiPhoneSaveActivity: 100,
  apiPhoneSaveRecord: 100,
  apiCommuneUpdate: 60,
  apiCommuneContinue: 30,
  apiCommuneReport: 30,
};
const DEFAULT_RUNS = 400;

describe('every api* global of the bundle', () => {
  it('is known to this test (a valid input and what a success writes)', () => {
    expect(APIS.length).toBeGreaterThanOrEqual(11);
    expect(APIS.filter((a) => !VALID[a] || !EXPECT[a])).toEqual([]);
  });

  it.each(APIS)('%s: random and near-valid input → a clean answer, and writes only on success', (api) => {
    if (!VALID[api] || !EXPECT[api]) throw new Error(`${api}: no valid input or expectation in this test`);
    const f = fixture();
    if (api === 'apiTemplateInfo') addTemplate(f.env);
    fc.assert(
      fc.property(inputs(api), fc.noBias(fc.integer({ min: 0, max: 99 })), (input, r) => check(api, f, input, r < 15)),
      { numRuns: RUNS[api] ?? DEFAULT_RUNS },
    );
    // The property saw each kind of answer (a fuzz that only ever fails validation proves little).
    // SHOW_STATS=1 prints how many answers of each kind the property saw.
    if (process.env.SHOW_STATS) console.log(api, f.stats);
    if (!IGNORES_INPUT.includes(api)) expect(f.stats.invalid).toBeGreaterThan(0);
    // The commune's APIs refuse on a village's spreadsheet (the fixture): never an ok answer there.
    if (!EXPECT_REFUSAL.includes(api)) expect(f.stats.ok).toBeGreaterThan(0);
    else expect(f.stats.ok).toBe(0);
  });
});
