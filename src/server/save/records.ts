/**
 * `apiSaveRecord`: adds or edits one record of any record type of the registry. Adding
 * appends a row with a new id (never one issued before: `counter.ts`; and what the server
 * fills: request id, who, when); editing writes that row's changed cells only (fields left out
 * of `record` keep their value; other cells keep values, formulas and formats) after checking
 * the record as it will be. A record that looks like a duplicate (`duplicates.ts`) is not
 * saved without `confirm`.
 * A repeated request is recognised by the sheet's `Mã yêu cầu` column (an add) and by the
 * request id of its `Nhật ký` line (any save; `run.ts`).
 */
import { blankOf, type FieldValue, type NormalRecord } from '../../domain/fields';
import { t } from '../../domain/i18n';
import { type FieldError, type InputContext, type RecordInput, recordInput, recordType } from '../../domain/inputs';
import type { RecordType } from '../../domain/registry/define';
import { slashDate } from '../../domain/viFormat';
import { recordText } from '../../domain/recordStrings';
import { type RecordKey, sheetDef } from '../../domain/sheets';
import type { Logged } from './journal';
import type { Plan, Step } from './plan';
import { invalid, runSave } from './run';
import { rowsOfRequest, type SaveSession, type Table, texts } from './session';
import { clip, describeEdit } from './changes';
import { issueIds } from './counter';
import { duplicateFields, duplicateWarnings, needsConfirm } from './duplicates';
import { followerSteps, sameDayErrors } from './sameDay';
import type { ApiResult, RecordSaved } from '../../domain/wire';

/** One save of one record, as `apiSaveRecord` and `apiSaveActivity` make it. */
export interface RecordSave {
  type: RecordType;
  requestId: string;
  /** Present: edit the row with this id. */
  id?: string;
  /** The fields given (an edit: only those that change). */
  fields: Readonly<Record<string, FieldValue>>;
  /** Checks the record as it will be (an edit: the row with the fields given) against fresh data. */
  validate(ctx: InputContext, record: Record<string, FieldValue>): FieldError[];
  /** Save even when it looks like a duplicate. */
  confirm?: boolean;
  /** Where the fields are in the input (`record` for `apiSaveRecord`), for the warnings' paths. */
  path?: string;
}

/** The journal action of a save of one record: what its request id stands for. */
export function recordAction(type: RecordType, editing: boolean): string {
  if (editing) return t('log.edit', { sheet: type.name });
  return type.label ? t('log.create', { sheet: type.name }) : recordText(type.key as RecordKey, 'log');
}

/** What a save of one record reads of its sheet: ids, request ids and the fields of the likely-duplicate check. */
const fieldsRead = (x: RecordSave) => [
  'id',
  'requestId',
  ...(x.confirm ? [] : duplicateFields(x.type.key as Table['key'])),
];

/** The answer to a save of one record already done: its row (by request id) or its journal line. */
export function recordDone(s: SaveSession, x: RecordSave, logged: Logged | null): RecordSaved | null {
  if (x.id !== undefined) return logged ? { id: x.id, created: false } : null;
  const table = s.table(x.type.key as Table['key'], fieldsRead(x));
  const done = rowsOfRequest(table, x.requestId);
  if (done.length) return { id: texts(table, 'id')[done[0]], created: true };
  return logged ? { id: logged.recordIds[0] ?? '', created: true } : null;
}

/** Checks one record against fresh data and plans its row (an add) or its changed cells (an edit). */
export function planRecord(s: SaveSession, x: RecordSave): ApiResult<Plan<RecordSaved>> {
  const { type } = x;
  const table = s.table(type.key as Table['key'], fieldsRead(x));
  const ids = texts(table, 'id');
  let row = -1;
  let record: Record<string, FieldValue> = { ...x.fields };
  let before: Record<string, FieldValue> = {};
  if (x.id !== undefined) {
    const rows = ids.flatMap((v, i) => (v === x.id ? [i] : []));
    const problem = rows.length === 0 ? 'save.unknownRecord' : rows.length > 1 ? 'save.duplicateRecord' : null;
    if (problem) return { ok: false, errors: [{ field: 'id', message: t(problem, { id: x.id, sheet: type.name }) }] };
    row = rows[0];
    before = s.recordAt(table, row);
    record = { ...before, ...x.fields };
  }
  const errors = x.validate(s.contextFor(type, x.fields, x.id), record);
  if (errors.length === 0) errors.push(...sameDayErrors(s, type, record, x.path));
  if (errors.length) return { ok: false, errors };
  if (!x.confirm) {
    const self = row < 0 ? undefined : { id: ids[row], before, given: { ...x.fields } };
    const warnings = duplicateWarnings(s, table, record, { path: x.path, self });
    if (warnings.length) return needsConfirm(warnings);
  }

  const key = type.key as Table['key'];
  let data: RecordSaved;
  let step: Step;
  if (row < 0) {
    const [id] = issueIds(s, table, 1);
    const now = s.clock.now();
    const auto: Record<string, FieldValue> = {
      requestId: x.requestId,
      user: s.user(),
      now: `${s.clock.day(now)} ${s.clock.time(now)}`,
    };
    const full: Partial<NormalRecord> = { id };
    for (const col of type.list) {
      if (col.type === 'id') continue;
      full[col.field] = col.auto ? auto[col.auto] : col.field in x.fields ? x.fields[col.field] : blankOf(col);
    }
    step = { op: 'append', sheet: key, rows: [full] };
    data = { id, created: true };
  } else {
    step = { op: 'edit', sheet: key, id: ids[row], fields: { ...x.fields } };
    data = { id: ids[row], created: false };
  }
  // An edit of the day: the records dated as this one (a patrol's reminders) move with it.
  const day = type.day ? record[type.day] : null;
  const followers =
    row >= 0 && type.day && type.day in x.fields && typeof day === 'string' && day !== '' && day !== before[type.day]
      ? followerSteps(s, type, ids[row], day)
      : [];
  const journal = journalEntry(type, data, record, row < 0 ? null : describeEdit(type, before, x.fields), followers);
  const steps = [step, ...followers];
  return { ok: true, data: { action: recordAction(type, row >= 0), steps, journal, data } };
}

/**
 * The `Nhật ký` line: a type with a label field names the record ("H110: Hoàng Văn A"); the
 * others give the day they are about (names and contents stay out: `Nhật ký` is open to every editor).
 */
function journalEntry(
  type: RecordType,
  data: RecordSaved,
  record: Record<string, FieldValue>,
  edit: string | null,
  followers: readonly Step[] = [],
) {
  const sheet = type.name;
  const moved = followers.map((f) => sheetDef(f.sheet).name);
  const base = { sheets: [sheet, ...new Set(moved)], recordIds: [data.id] };
  const movedText = moved.length ? t('log.followed', { n: moved.length, sheet: moved[0] }) : '';
  const withEdit = (summary: string) =>
    clip([edit === null ? summary : `${summary}. ${edit}`, movedText].filter(Boolean).join('. '));
  if (type.label) {
    const label = typeof record[type.label] === 'string' ? String(record[type.label]) : '';
    return {
      ...base,
      action: t(data.created ? 'log.create' : 'log.edit', { sheet }),
      summary: withEdit(t('log.recordSummary', { what: data.id, label })),
    };
  }
  const action = data.created ? recordText(type.key as RecordKey, 'log') : t('log.edit', { sheet });
  const day = type.day ? record[type.day] : null;
  return {
    ...base,
    action,
    summary: withEdit(
      typeof day === 'string' && day !== '' ? t('log.activitySummary', { what: action, day: slashDate(day) }) : action,
    ),
  };
}

export function apiSaveRecord(input?: unknown): ApiResult<RecordSaved> {
  const save = (r: RecordInput): RecordSave => ({
    type: recordType(r.sheet)!,
    requestId: r.requestId,
    id: r.id,
    fields: r.record,
    confirm: r.confirm,
    path: 'record',
    validate(ctx, record) {
      // A new record is checked as given (paths `record.<field>`); an edit as it will be.
      const checked = recordInput(ctx).safeParse({ requestId: r.requestId, sheet: r.sheet, record });
      return checked.success ? [] : invalid(checked.error).errors;
    },
  });
  return runSave<RecordInput, RecordSaved>(
    {
      shape: recordInput(),
      action: (r) => recordAction(recordType(r.sheet)!, r.id !== undefined),
      done: (s, r, logged) => recordDone(s, save(r), logged),
      plan: (s, r) => planRecord(s, save(r)),
    },
    input,
  );
}
