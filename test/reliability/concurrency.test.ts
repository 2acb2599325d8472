/**
 * Concurrency (issue 7, part 1). Apps Script runs each `google.script.run` call as one
 * execution; the emulator is synchronous, so several board members working at once are
 * interleaved at that level: every call is one execution by one user (`env.setUser`), and
 * between calls the document lock is at random made to look held by another execution.
 * A save that finds it busy throws "Bảng tính đang bận, vui lòng thử lại" and is sent again
 * with the SAME request id, as the sidebar does; some successful saves are sent again as if
 * their answer had been lost (sometimes after the document cache dropped them). Over 20+
 * saves of every kind, for several seeds: exactly one write per request, unique and
 * consecutive ids, one `Nhật ký` row per write, no lock left held, no row half-written.
 */
import { callAsScriptRun, DIST, loadBundle } from '../../local/bundle';
import { createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { FakeDocumentApp } from '../../local/emulator/document/app';
import { OTHER_EXECUTION } from '../../local/emulator/lock';
import type { Household, Member, Team } from '../../src/domain/records';
import { idsText, nextIds } from '../../src/domain/ids';
import { t } from '../../src/domain/i18n';
import { DEFAULT_LISTS, DEFAULT_REQUIRED_COMMITMENTS } from '../../src/domain/lists';
import { sheetDef, type SheetKey } from '../../src/domain/sheets';
import { int, mulberry32, pick, type Rng, shuffled } from '../../src/sample/names';
import { loaded } from '../support/env';
import { cells, records, writes } from '../support/saves';

const NOW = new Date('2023-06-20T03:00:00Z');
const OWNER = 'thuky@example.com';
const USERS = [OWNER, 'phoban@example.com', 'totruong2@example.com', 'totruong5@example.com'];
const BUSY = t('lock.busy');
const REFUSED = t('save.protected', { sheet: sheetDef('supervised').name });
const SEEDS = [1, 7, 42, 2023];
const REQUESTS = 24;

/** The Pác Khuông village, set up, saved once; each seed starts from a copy. */
const BASE = (() => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  return env.saveSpreadsheet();
})();

function fresh(): { env: GasEnvironment; call: (api: string, input: unknown) => unknown } {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => NOW, spreadsheet: BASE });
  env.counter.quiet(() => env.spreadsheet.addEditors(USERS.slice(1)));
  const bundle = loadBundle(env);
  return { env, call: (api, input) => callAsScriptRun(bundle, api, [input]) };
}

/** The document cache drops entries when it likes: the sheets must still answer a repeated request. */
function evictCache(env: GasEnvironment): void {
  const service = env.globals.CacheService as unknown as { stores: { document: { entries: Map<string, unknown> } } };
  service.stores.document.entries.clear();
}

// ------------------------------------------------------------------------------ requests

type Kind =
  | 'patrol'
  | 'commitments'
  | 'session'
  | 'mediation'
  | 'supervised'
  | 'camera'
  | 'event'
  | 'household'
  | 'resident'
  | 'memberEdit';
const KINDS: Kind[] = [
  'patrol',
  'patrol',
  'commitments',
  'commitments',
  'session',
  'mediation',
  'supervised',
  'camera',
  'event',
  'household',
  'resident',
  'memberEdit',
];
const API: Record<Kind, string> = {
  patrol: 'apiSavePatrol',
  commitments: 'apiSaveCommitments',
  session: 'apiSaveActivity',
  mediation: 'apiSaveActivity',
  supervised: 'apiSaveActivity',
  camera: 'apiSaveActivity',
  event: 'apiSaveActivity',
  household: 'apiSaveRecord',
  resident: 'apiSaveRecord',
  memberEdit: 'apiSaveRecord',
};
/** The sheet each kind adds its main row to (none for an edit). */
const SHEET_OF: Record<Kind, SheetKey | null> = {
  patrol: 'patrols',
  commitments: 'commitments',
  session: 'sessions',
  mediation: 'mediations',
  supervised: 'supervised',
  camera: 'cameras',
  event: 'events',
  household: 'households',
  resident: 'residents',
  memberEdit: null,
};
const WRITTEN: SheetKey[] = [
  'patrols',
  'reminders',
  'commitments',
  'sessions',
  'mediations',
  'supervised',
  'cameras',
  'events',
  'households',
  'residents',
  'members',
  'log',
];

interface Req {
  n: number;
  kind: Kind;
  user: string;
  input: Record<string, unknown> & { requestId: string };
}

interface Village {
  teams: Team[];
  members: Member[];
  households: Household[];
  /** `householdId|type` of the `Đã ký` rows of 2023 in the base workbook. */
  signed2023: Set<string>;
}

const VILLAGE: Village = (() => {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => NOW, spreadsheet: BASE });
  const commitments = records<{ householdId: string; type: string; year: number; status: string }>(
    env,
    'commitments',
  ).rows.map((r) => r.record);
  return {
    teams: records<Team>(env, 'teams').rows.map((r) => r.record),
    members: records<Member>(env, 'members').rows.map((r) => r.record),
    households: records<Household>(env, 'households').rows.map((r) => r.record),
    signed2023: new Set(
      commitments.filter((c) => c.year === 2023 && c.status === 'Đã ký').map((c) => `${c.householdId}|${c.type}`),
    ),
  };
})();

const active = (from: string | null, until: string | null, day: string) =>
  (!from || from <= day) && (!until || until > day);
const dayOf = (rnd: Rng) => `2023-${pick(rnd, ['05', '06'])}-${String(int(rnd, 2, 19)).padStart(2, '0')}`;

function makeRequest(rnd: Rng, n: number, seed: number): Req {
  const kind = pick(rnd, KINDS);
  const user = pick(rnd, USERS);
  const requestId = `s${seed}-r${n}-${Math.floor(rnd() * 1e9).toString(36)}`;
  const date = dayOf(rnd);
  const households = VILLAGE.households.filter((h) => active(h.arrivedOn, h.leftOn, date));
  const someHouseholds = (lo: number, hi: number) =>
    shuffled(rnd, households)
      .slice(0, int(rnd, lo, hi))
      .map((h) => h.id);
  let input: Record<string, unknown>;
  switch (kind) {
    case 'patrol': {
      const team = pick(rnd, VILLAGE.teams);
      const members = VILLAGE.members.filter((m) => m.teamId === team.id && active(m.joinedOn, m.leftOn, date));
      const memberIds = shuffled(rnd, members)
        .slice(0, int(rnd, 1, 3))
        .map((m) => m.id);
      const reminders = Array.from({ length: int(rnd, 0, 3) }, () => ({
        category: pick(rnd, DEFAULT_LISTS['Loại nhắc nhở']),
        cases: int(rnd, 1, 3),
        action: pick(rnd, DEFAULT_LISTS['Hình thức xử lý']),
        note: pick(rnd, ['', 'Quán karaoke', '=1+1']),
      }));
      input = {
        date,
        start: '20:00',
        end: pick(rnd, ['22:00', '01:30']),
        teamId: team.id,
        area: 'Địa bàn',
        memberIds,
        participants: Math.max(1, memberIds.length + int(rnd, 0, 2)),
        withPolice: rnd() < 0.3,
        result: 'Bình thường',
        reminders,
      };
      break;
    }
    case 'commitments':
      // Households drawn from a small pool, so that batches overlap and some are already signed.
      input = {
        year: 2023,
        type: pick(rnd, ['*', ...DEFAULT_REQUIRED_COMMITMENTS]),
        signedOn: date,
        householdIds: shuffled(rnd, households.slice(0, 12))
          .slice(0, int(rnd, 1, 5))
          .map((h) => h.id),
        signer: 'Trưởng thôn',
      };
      break;
    case 'session': {
      const householdIds = someHouseholds(0, 4);
      input = {
        kind: 'session',
        date,
        form: 'Họp thôn',
        topics: 'Ma tuý',
        place: 'Nhà văn hoá',
        audience: 'Nhân dân',
        attendees: householdIds.length + 10,
        householdIds,
        partners: '',
        note: '',
      };
      break;
    }
    case 'mediation':
      input = {
        kind: 'mediation',
        date,
        subject: 'Tranh chấp lối đi',
        parties: 'Hai hộ',
        outcome: 'Thành',
        chair: 'Trưởng thôn',
        note: '',
      };
      break;
    case 'supervised':
      input = {
        kind: 'supervised',
        name: `Người ${n}`,
        type: 'Án treo',
        startOn: date,
        endOn: null,
        memberId: '',
        reoffended: false,
        note: '',
      };
      break;
    case 'camera':
      input = {
        kind: 'camera',
        location: `Ngã ba ${n}`,
        installedOn: date,
        funding: 'Xã hội hoá',
        working: true,
        note: '',
      };
      break;
    case 'event':
      input = {
        kind: 'event',
        date,
        type: 'Tin báo, tố giác',
        content: 'Tin báo',
        participants: 2,
        toPolice: true,
        note: '',
      };
      break;
    case 'household':
      input = {
        sheet: 'households',
        record: { head: `Hộ mới ${n}`, teamId: pick(rnd, VILLAGE.teams).id, size: int(rnd, 1, 6) },
      };
      break;
    case 'resident':
      input = {
        sheet: 'residents',
        record: {
          name: `Người mới ${n}`,
          householdId: pick(rnd, households).id,
          birthYear: int(rnd, 1950, 2015),
          gender: pick(rnd, ['Nam', 'Nữ']),
          hasIdCard: rnd() < 0.5,
          eidLevel: 'Chưa',
        },
      };
      break;
    case 'memberEdit':
      input = {
        sheet: 'members',
        id: pick(rnd, VILLAGE.members).id,
        record: { phone: `09${int(rnd, 10_000_000, 99_999_999)}` },
      };
      break;
  }
  return { n, kind, user, input: { requestId, ...input } };
}

// ------------------------------------------------------------------------------ the run

interface Saved {
  req: Req;
  data: Record<string, unknown>;
  /** Ids of the rows written, by sheet (empty when nothing was new). */
  rows: Partial<Record<SheetKey, string[]>>;
  /** The `Nhật ký` row's ids and user, when the save wrote. */
  log: { ids: string; user: string } | null;
}

interface RunStats {
  calls: number;
  busy: number;
  retried: number;
  replays: number;
  refused: number;
  saved: number;
}

const lastRows = (env: GasEnvironment) =>
  env.counter.quiet(() =>
    Object.fromEntries(WRITTEN.map((k) => [k, env.spreadsheet.getSheetByName(sheetDef(k).name)!.getLastRow()])),
  ) as Record<SheetKey, number>;

function runSeed(seed: number): {
  env: GasEnvironment;
  saved: Map<string, Saved>;
  base: Record<SheetKey, unknown[][]>;
  stats: RunStats;
} {
  const rnd = mulberry32(seed);
  const { env, call } = fresh();
  const base = Object.fromEntries(WRITTEN.map((k) => [k, cells(env, k)])) as Record<SheetKey, unknown[][]>;
  const signed = new Set(VILLAGE.signed2023);
  const pending = Array.from({ length: REQUESTS }, (_, i) => makeRequest(rnd, i + 1, seed));
  const retry: Req[] = [];
  const saved = new Map<string, Saved>();
  const refused = new Set<string>();
  const stats: RunStats = { calls: 0, busy: 0, retried: 0, replays: 0, refused: 0, saved: 0 };

  const step = (req: Req, replay: boolean) => {
    const held = rnd() < 0.3;
    if (held) env.locks.holdDocumentLock();
    if (rnd() < 0.2) evictCache(env);
    env.setUser(req.user);
    const rowsBefore = lastRows(env);
    const lockTries = env.locks.requests.length;
    env.counter.reset();
    stats.calls++;
    let result: { ok: boolean; data?: Record<string, unknown>; errors?: unknown } | undefined;
    let error: string | undefined;
    try {
      result = call(API[req.kind], req.input) as typeof result;
    } catch (e) {
      error = (e as Error).message;
    }
    const how = `${replay ? ', replay' : ''}${held ? ', lock held' : ''}`;
    const ctx = `seed ${seed}, request ${req.n} (${req.kind}, ${req.user}${how})`;
    if (held) {
      expect(env.locks.holder('document')).toBe(OTHER_EXECUTION);
      env.locks.releaseDocumentLock();
    }
    // Whatever happened, no execution of the add-on still holds a lock.
    expect([ctx, [...env.locks.slots.keys()]]).toEqual([ctx, []]);
    const tries = env.locks.requests.slice(lockTries);
    expect(tries.every((r) => r.kind === 'document' && r.method === 'tryLock' && r.timeoutMs > 0)).toBe(true);

    if (error !== undefined) {
      // Nothing was written: not a cell, not a log row.
      expect([ctx, writes(env), lastRows(env)]).toEqual([ctx, 0, rowsBefore]);
      if (error === BUSY) {
        expect([ctx, held, tries.length, tries[0]?.acquired]).toEqual([ctx, true, 1, false]);
        stats.busy++;
        if (!saved.has(req.input.requestId)) retry.push(req);
        return;
      }
      // Đối tượng giúp đỡ is protected: only the owner (and listed editors) may add to it.
      expect([ctx, error]).toEqual([ctx, REFUSED]);
      expect(req.kind === 'supervised' && req.user !== OWNER).toBe(true);
      refused.add(req.input.requestId);
      stats.refused++;
      return;
    }
    expect([ctx, result!.ok, result!.errors]).toEqual([ctx, true, undefined]);
    const data = result!.data!;
    const first = saved.get(req.input.requestId);
    if (first) {
      // A request sent again: its first answer, and nothing written.
      expect([ctx, data]).toEqual([ctx, first.data]);
      expect([ctx, writes(env), lastRows(env)]).toEqual([ctx, 0, rowsBefore]);
      stats.replays++;
      return;
    }
    expect([ctx, held]).toEqual([ctx, false]);
    expect(req.kind === 'supervised' && req.user !== OWNER).toBe(false);
    const entry = expectedRows(req, data, signed, ctx);
    const grown = Object.fromEntries(
      WRITTEN.map((k) => [k, lastRows(env)[k] - rowsBefore[k]]).filter(([, d]) => d !== 0),
    );
    const want = Object.fromEntries(
      Object.entries(entry.rows)
        .map(([k, ids]) => [k, ids!.length])
        .filter(([, d]) => d !== 0),
    );
    if (entry.log) want.log = 1;
    expect([ctx, grown]).toEqual([ctx, want]);
    saved.set(req.input.requestId, { req, data, ...entry });
    stats.saved++;
  };

  while (pending.length || retry.length) {
    const r = rnd();
    if (retry.length && (r < 0.4 || !pending.length)) {
      stats.retried++;
      step(retry.splice(int(rnd, 0, retry.length - 1), 1)[0], false);
    } else if (saved.size && r < 0.55) {
      step(pick(rnd, [...saved.values()]).req, true);
    } else {
      step(pending.shift()!, false);
    }
  }
  // Answers lost at the very end: every save sent once more, half of them after the cache dropped them.
  for (const s of saved.values()) {
    if (rnd() < 0.5) evictCache(env);
    step(s.req, true);
  }
  expect(refused.size + saved.size).toBe(REQUESTS);
  return { env, saved, base, stats };
}

/** What a first successful save must have written, from its answer and the model of signed commitments. */
function expectedRows(
  req: Req,
  data: Record<string, unknown>,
  signed: Set<string>,
  ctx: string,
): Omit<Saved, 'req' | 'data'> {
  const log = (ids: string[]) => ({ ids: idsText(ids), user: req.user });
  switch (req.kind) {
    case 'patrol': {
      const reminderIds = data.reminderIds as string[];
      expect([ctx, reminderIds.length]).toEqual([ctx, (req.input.reminders as unknown[]).length]);
      return {
        rows: { patrols: [data.id as string], reminders: reminderIds },
        log: log([data.id as string, ...reminderIds]),
      };
    }
    case 'commitments': {
      const types = req.input.type === '*' ? [...DEFAULT_REQUIRED_COMMITMENTS] : [req.input.type as string];
      const wanted = (req.input.householdIds as string[]).flatMap((householdId) =>
        types.map((type) => ({ householdId, type })),
      );
      const already = wanted.filter((w) => signed.has(`${w.householdId}|${w.type}`));
      const fresh = wanted.filter((w) => !signed.has(`${w.householdId}|${w.type}`));
      expect([ctx, data.alreadySigned, (data.ids as string[]).length]).toEqual([ctx, already, fresh.length]);
      for (const w of fresh) signed.add(`${w.householdId}|${w.type}`);
      const ids = data.ids as string[];
      return { rows: { commitments: ids }, log: ids.length ? log(ids) : null };
    }
    case 'memberEdit':
      expect([ctx, data]).toEqual([ctx, { id: req.input.id, created: false }]);
      return { rows: {}, log: log([data.id as string]) };
    default: {
      const sheet = SHEET_OF[req.kind]!;
      return { rows: { [sheet]: [data.id as string] }, log: log([data.id as string]) };
    }
  }
}

// ------------------------------------------------------------------------------ checks

describe.each(SEEDS)('seed %i: 24 saves by 4 users with the lock at times busy, retries and lost answers', (seed) => {
  let env: GasEnvironment;
  let saved: Map<string, Saved>;
  let base: Record<SheetKey, unknown[][]>;
  let stats: RunStats;
  let all: Saved[];
  beforeAll(() => {
    ({ env, saved, base, stats } = runSeed(seed));
    all = [...saved.values()];
  });

  it('the schedule had real contention, retries and repeats', () => {
    expect(stats.busy).toBeGreaterThan(0);
    expect(stats.retried).toBeGreaterThan(0);
    expect(stats.replays).toBeGreaterThanOrEqual(stats.saved);
    expect(new Set(all.map((s) => s.req.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((s) => s.req.user)).size).toBeGreaterThanOrEqual(3);
    const failed = env.locks.requests.filter((r) => !r.acquired);
    expect(failed).toHaveLength(stats.busy);
  });

  it('each request is written once: the rows carrying its Mã yêu cầu are exactly the ones it answered with', () => {
    for (const key of [
      'patrols',
      'reminders',
      'commitments',
      'sessions',
      'mediations',
      'supervised',
      'cameras',
      'events',
    ] as SheetKey[]) {
      const rows = cells(env, key);
      const header = rows[0].map(String);
      const idCol = header.indexOf('Mã');
      const reqCol = header.indexOf('Mã yêu cầu');
      const added = rows.slice(base[key].length);
      const byRequest = new Map<string, string[]>();
      for (const r of added)
        byRequest.set(String(r[reqCol]), [...(byRequest.get(String(r[reqCol])) ?? []), String(r[idCol])]);
      const expected = new Map(
        all.filter((s) => s.rows[key]?.length).map((s) => [s.req.input.requestId, s.rows[key]!]),
      );
      expect(byRequest).toEqual(expected);
    }
    // Registry forms (no Mã yêu cầu column): one row per add, none for an edit.
    for (const key of ['households', 'residents', 'members'] as SheetKey[]) {
      const def = sheetDef(key);
      const added = cells(env, key)
        .slice(base[key].length)
        .map((r) => String(r[0]));
      expect(added.sort()).toEqual(all.flatMap((s) => s.rows[key] ?? []).sort());
      expect(added.every((id) => id.startsWith(def.id!.prefix))).toBe(true);
    }
  });

  it('ids are unique in every sheet and the new ones follow the old ones without a gap', () => {
    for (const key of WRITTEN.filter((k) => k !== 'log')) {
      const def = sheetDef(key);
      const ids = cells(env, key)
        .slice(1)
        .map((r) => String(r[0]));
      expect(new Set(ids).size).toBe(ids.length);
      const before = base[key].slice(1).map((r) => String(r[0]));
      const added = ids.slice(before.length);
      expect(added).toEqual(nextIds(def, before, added.length));
    }
  });

  it('Nhật ký has one row per write, with its ids and the user who saved', () => {
    const log = cells(env, 'log');
    const header = log[0].map(String);
    const rows = log
      .slice(base.log.length)
      .map((r) => ({ ids: String(r[header.indexOf('Mã bản ghi')]), user: String(r[header.indexOf('Người dùng')]) }));
    const expected = all.filter((s) => s.log).map((s) => s.log!);
    const key = (x: { ids: string; user: string }) => `${x.user} ${x.ids}`;
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('no row is half-written: every new row reads back through the row codec without an issue', () => {
    for (const key of WRITTEN.filter((k) => k !== 'log')) {
      const read = records(env, key);
      const issues = read.issues.filter((i) => i.row > base[key].length);
      expect([key, issues]).toEqual([key, []]);
      expect(read.rows.length).toBe(cells(env, key).length - 1 - new Set(read.issues.map((i) => i.row)).size);
    }
  });

  it('no lock is held at the end, by the add-on or anyone', () => {
    expect(env.locks.isHeld('document')).toBe(false);
    expect(env.locks.slots.size).toBe(0);
  });
});

describe('notices made at the same time', () => {
  const INPUT = { from: '2023-01-01', to: '2023-06-20', issuedOn: '2023-06-20' };
  const numberSetting = (env: GasEnvironment) =>
    env.counter.quiet(
      () =>
        env.spreadsheet
          .getSheetByName('Cài đặt')!
          .getDataRange()
          .getValues()
          .find((r) => r[0] === 'Số văn bản tiếp theo')![1],
    );

  it('a busy lock stops the notice before a Doc exists; the retry makes one Doc with the next number', () => {
    const { env, call } = fresh();
    env.locks.holdDocumentLock();
    env.counter.reset();
    expect(() => call('apiGenerateNotice', INPUT)).toThrow(BUSY);
    expect(env.docs.size).toBe(0);
    expect(
      env.counter.count({ service: 'DocumentApp' }) + env.counter.count({ service: 'DriveApp', kind: 'write' }),
    ).toBe(0);
    expect(String(numberSetting(env))).toBe('1');
    env.locks.releaseDocumentLock();
    expect(call('apiGenerateNotice', INPUT)).toMatchObject({ ok: true, data: { number: 1, nextNumber: 2 } });
    expect(env.docs.size).toBe(1);
    expect(env.locks.slots.size).toBe(0);
  });

  it('two board members generating at once get different numbers (was: both "Số: 01")', () => {
    const { env, call } = fresh();
    const proto = FakeDocumentApp.prototype as unknown as { create: (name: string) => unknown };
    const real = proto.create;
    let second: unknown;
    // While the first notice is being written, a second user generates one from start to end.
    proto.create = function (this: unknown, name: string) {
      proto.create = real;
      env.setUser('phoban@example.com');
      second = call('apiGenerateNotice', INPUT);
      env.setUser(OWNER);
      return real.call(this, name);
    };
    let first: unknown;
    try {
      first = call('apiGenerateNotice', INPUT);
    } finally {
      proto.create = real;
    }
    const numbers = [first, second].map((r) => (r as { data: { number: number } }).data.number).sort();
    expect(numbers).toEqual([1, 2]);
    expect(String(numberSetting(env))).toBe('3');
    const heads = [...env.docs.values()].map((d) => /Số: (\d+)/.exec(d._plainText())?.[1]).sort();
    expect(heads).toEqual(['01', '02']);
  });
});
