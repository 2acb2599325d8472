/**
 * The shape every save API shares:
 *   1. the input's shape is checked (no service call): errors → `{ ok: false, errors }`
 *      (the request id is trimmed and must look like one: `input.requestId`);
 *   2. under the document lock (busy → "Bảng tính đang bận, vui lòng thử lại", released in
 *      `finally`):
 *      - a plan stored for this request id (a save that failed half way) is carried out to the
 *        end and its answer given (`plan.ts`);
 *      - a request id found in `Nhật ký` (or on rows of the sheet it writes) is a save done: the
 *        same answer, nothing written; found with another action, the request id was used for
 *        another save and the request is refused;
 *      - else the save reads what it needs once, checks the input against fresh data, plans
 *        its writes, stores the plan with the id counters, and carries it out, journal last.
 * Recognising a repeat never depends on a cache: the sheets and `Nhật ký` are the record. The
 * document cache only keeps recent answers (six hours), so a repeat then costs no read and gets
 * exactly its first answer even when its content differs.
 */
import type * as z from 'zod/mini';
import { t } from '../../domain/i18n';
import { errorsOf, type FieldError } from '../../domain/inputs';
import type { ApiResult } from '../../domain/wire';
import { withDocumentLock } from '../lock';
import type { Logged } from './journal';
import { clearPlan, loadPlan, pendingRequests, type Plan, storePlan } from './plan';
import { recall, remember } from './requests';
import { gas } from '../gas';
import { COUNTER_KEY, parseCounters } from './counter';
import { SaveSession, type Table, texts } from './session';
import { append, assertWritable, removeRows, writeChanges } from './write';

export function invalid(error: z.core.$ZodError): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: errorsOf(error) };
}

export interface SaveSpec<I extends { requestId: string }, D> {
  shape: z.ZodMiniType<I>;
  /** The journal action of this request: a request id logged with another action was used for another save. */
  action(x: I): string;
  /** The answer to a request already done (its rows carry its request id, or its journal line); `null`: not done. */
  done(s: SaveSession, x: I, logged: Logged | null): D | null;
  /** Checks the request against fresh data and plans its writes; nothing is written. */
  plan(s: SaveSession, x: I): ApiResult<Plan<D>>;
}

const reused = (action: string): { ok: false; errors: FieldError[] } => ({
  ok: false,
  errors: [{ field: 'requestId', message: t('save.requestReused', { action }) }],
});

export function runSave<I extends { requestId: string }, D>(spec: SaveSpec<I, D>, input: unknown): ApiResult<D> {
  return gas.scoped(() => save(spec, input));
}

function save<I extends { requestId: string }, D>(spec: SaveSpec<I, D>, input: unknown): ApiResult<D> {
  const parsed = spec.shape.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const x = parsed.data;
  const action = spec.action(x);
  // A save done lately: its first answer from the document cache, without the lock or a read.
  const { known, hints } = recall<D>(x.requestId);
  if (known) return known.action === action ? { ok: true, data: known.data } : reused(known.action);
  let session: SaveSession | undefined;
  const result = withDocumentLock((): ApiResult<D> => {
    const s = (session = new SaveSession(undefined, hints));
    // The document properties once: a plan left for this request id, and the id counters.
    const props = gas.documentProperties().getProperties();
    s.counters = parseCounters(props[COUNTER_KEY]);
    const stored = loadPlan<D>(x.requestId, props);
    if (stored) {
      const pending = stored.plan;
      if (pending.action !== action) return reused(pending.action);
      carryOut(s, x.requestId, stored, false);
      return { ok: true, data: pending.data };
    }
    const logged = s.journal().find(x.requestId);
    if (logged && logged.action !== action) return reused(logged.action);
    const done = spec.done(s, x, logged);
    if (done !== null) return { ok: true, data: done };
    const planned = spec.plan(s, x);
    if (!planned.ok) return planned;
    const plan = planned.data;
    // Nothing to write (e.g. every household had signed): no plan, no journal line; a repeat plans the same.
    if (plan.steps.length === 0) return { ok: true, data: plan.data };
    assertWritable(s, ...plan.steps.map((step) => s.target(step.sheet)));
    const parts = storePlan(x.requestId, plan, s.counters);
    carryOut(s, x.requestId, { plan, parts }, true);
    return { ok: true, data: plan.data };
  });
  if (result.ok) remember(x.requestId, action, result.data, session?.sizes() ?? hints.sizes);
  return result;
}

/**
 * Rows (indexes as in `cells`) of the table whose id is one of `ids`. On the first attempt a
 * `#N` stands for sheet row N without an id (a row typed by hand, going with a deleted record);
 * on a retry rows may have moved, and such a row is left for the data check.
 */
function rowsWithIds(table: Table, ids: readonly string[], first: boolean): number[] {
  const wanted = new Set(ids);
  const all = texts(table, 'id');
  const out = all.flatMap((v, i) => (wanted.has(v) ? [i] : []));
  if (first)
    for (const id of ids) {
      const m = /^#(\d+)$/.exec(id);
      if (m && all[Number(m[1]) - 2] === '') out.push(Number(m[1]) - 2);
    }
  return out;
}

/**
 * Writes what of the plan is not in the sheets yet, journal line last, then forgets the plan.
 * Each step looks at the sheets as read under this lock: rows whose id is there are not added
 * again, an edit writes the cells that still differ, rows to remove are found by id.
 */
function carryOut(s: SaveSession, requestId: string, stored: { plan: Plan; parts: number }, first: boolean): void {
  const { plan } = stored;
  for (const step of plan.steps) {
    const table = s.target(step.sheet);
    if (step.op === 'append') {
      // On the first attempt the ids were just issued after every id of the sheet: none of them is there yet.
      const present = first ? null : new Set(texts(table, 'id'));
      append(s, table, present ? step.rows.filter((r) => !present.has(String(r.id ?? ''))) : step.rows);
    } else if (step.op === 'edit') {
      const [row] = rowsWithIds(table, [step.id], first);
      if (row !== undefined) writeChanges(s, table, row, s.recordAt(table, row), step.fields);
    } else {
      removeRows(table, rowsWithIds(table, step.ids, first));
    }
    s.forget(step.sheet);
  }
  const journal = s.journal();
  if (!journal.find(requestId)) journal.write(plan.journal, requestId);
  clearPlan(requestId, stored.parts);
}

/**
 * Completes the plans of saves that failed half way and were never retried (the page was
 * closed, or the input changed and got a new request id): what the user asked to save is
 * written to the end. Run by the data check, under its lock. Returns how many were completed
 * and, for those that could not be (a protection stops this user), the message.
 */
export function completePending(): { completed: number; failed: string[] } {
  const out = { completed: 0, failed: [] as string[] };
  for (const requestId of pendingRequests()) {
    const stored = loadPlan(requestId);
    if (!stored) continue;
    const { plan } = stored;
    const s = new SaveSession();
    try {
      assertWritable(s, ...plan.steps.map((step) => s.target(step.sheet)));
      carryOut(s, requestId, stored, false);
      out.completed++;
    } catch (e) {
      out.failed.push(e instanceof Error ? e.message : String(e));
    }
  }
  return out;
}
