/**
 * `apiDeleteRecord({ requestId, sheet, id, cascade? })`: removes one record's row, under the
 * document lock. What refers to it decides (the registry's `ref`/`refs` columns):
 * - the records declared `deletedWith` it in the registry go with it: a patrol's reminders
 *   always; a household's residents and commitments only with `cascade: true` (else refused,
 *   naming them);
 * - any other reference refuses the delete, naming the sheet, column and ids (a team still
 *   named by households, members or patrols; a member named by a patrol…).
 * Rows go with one `deleteRows` per contiguous block, bottom first; the id counters are
 * raised first so the ids are never given again; one `Nhật ký` line names every id removed
 * and the values of the record. A retry with the same request id answers the same result
 * (from the request id of its `Nhật ký` line: the row is gone).
 */
import * as z from 'zod/mini';
import type { FieldValue } from '../../domain/fields';
import { t } from '../../domain/i18n';
import { idNumber, idsText } from '../../domain/ids';
import { RECORD_SHEETS, recordType, requestId } from '../../domain/inputs';
import type { RecordType } from '../../domain/registry/define';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';
import { recordText } from '../../domain/recordStrings';
import { referencesTo, shortIds } from '../../domain/references';
import { type RecordKey, sheetDef } from '../../domain/sheets';
import { slashDate } from '../../domain/viFormat';
import type { ApiResult, DeleteRecordInput, RecordDeleted } from '../../domain/wire';
import { clip, describeDeleted } from './changes';
import { raiseCounters } from './counter';
import type { Plan, Step } from './plan';
import { runSave } from './run';
import { cells, type SaveSession, type Table, texts } from './session';

export const deleteRecordInput = z.object(
  {
    requestId,
    sheet: z.enum(RECORD_SHEETS as [RecordKey, ...RecordKey[]], {
      error: t('input.sheet', { values: RECORD_SHEETS.join(', ') }),
    }),
    id: z
      .string({ error: t('input.recordId') })
      .check(
        z.trim(),
        z.minLength(1, { error: t('input.recordId') }),
        z.maxLength(100, { error: t('input.recordId') }),
      ),
    cascade: z.optional(z.boolean({ error: t('input.cascade') })),
  },
  { error: t('input.notObject') },
) as z.ZodMiniType<DeleteRecordInput>;

/** Rows (indexes as in `cells`) of `table` whose `field` names `id`. */
function rowsNaming(table: Table, field: string, id: string, many: boolean): number[] {
  const out: number[] = [];
  cells(table, field).forEach((v, i) => {
    const s = v === null || v === undefined ? '' : String(v).trim();
    if (s === '') return;
    const named = many
      ? s
          .split(/[,;\n]/)
          .map((x) => x.trim())
          .includes(id)
      : s === id;
    if (named) out.push(i);
  });
  return out;
}

interface Dependents {
  table: Table;
  rows: number[];
  ids: string[];
}

export function apiDeleteRecord(input?: unknown): ApiResult<RecordDeleted> {
  return runSave<DeleteRecordInput, RecordDeleted>(
    {
      shape: deleteRecordInput,
      action: (x) => t('log.delete', { sheet: recordType(x.sheet)!.name }),
      done: (_s, x, logged) => (logged ? { id: x.id, removed: removedOf(logged.recordIds) } : null),
      plan: planDelete,
    },
    input,
  );
}

/** The ids of a journal line, by record type (each id's prefix tells its sheet). */
function removedOf(ids: readonly string[]): RecordDeleted['removed'] {
  const out: RecordDeleted['removed'] = [];
  for (const id of ids) {
    const type = RECORD_TYPES.find((r) => idNumber(sheetDef(r.key as RecordKey), id) !== null);
    const key = type ? type.key : '';
    const last = out[out.length - 1];
    if (last && last.sheet === key) last.ids.push(id);
    else out.push({ sheet: key, ids: [id] });
  }
  return out;
}

function planDelete(s: SaveSession, x: DeleteRecordInput): ApiResult<Plan<RecordDeleted>> {
  const type = recordType(x.sheet)!;
  const table = s.table(type.key as RecordKey);
  const ids = texts(table, 'id');
  const rows = ids.flatMap((v, i) => (v === x.id ? [i] : []));
  if (rows.length !== 1) {
    const key = rows.length === 0 ? 'save.unknownRecord' : 'save.duplicateRecord';
    return { ok: false, errors: [{ field: 'id', message: t(key, { id: x.id, sheet: type.name }) }] };
  }
  const row = rows[0];

  // What points to the record (references.ts): cascades, and references that refuse the delete.
  const references = referencesTo(type.key);
  const going: Dependents[] = [];
  const waiting: Dependents[] = [];
  const blocking: string[] = [];
  for (const { type: other, col, cascade } of references) {
    // A sheet's columns naming the record are read together.
    const fields = references.filter((r) => r.type === other).map((r) => r.col.field);
    const t2 = s.table(other.key as RecordKey, ['id', ...fields]);
    if (t2.header.index[col.field] === undefined) continue;
    const named = rowsNaming(t2, col.field, x.id, col.type === 'refs').filter((i) => t2 !== table || i !== row);
    if (named.length === 0) continue;
    const otherIds = named.map((i) => texts(t2, 'id')[i] || `#${i + 2}`);
    if (!cascade) blocking.push(t('delete.refAt', { sheet: other.name, column: col.header, ids: shortIds(otherIds) }));
    else (cascade === 'always' || x.cascade ? going : waiting).push({ table: t2, rows: named, ids: otherIds });
  }
  if (blocking.length)
    return {
      ok: false,
      errors: [{ field: 'id', message: t('delete.referenced', { id: x.id, where: blocking.join('; ') }) }],
    };
  if (waiting.length) {
    const what = waiting.map((d) =>
      t('delete.rows', { n: d.ids.length, sheet: d.table.def.name, ids: shortIds(d.ids) }),
    );
    return {
      ok: false,
      errors: [{ field: 'cascade', message: t('delete.cascadeNeeded', { id: x.id, what: what.join(', ') }) }],
    };
  }

  const tables = [table, ...going.map((d) => d.table)];
  const before = s.recordAt(table, row);
  raiseCounters(s, tables);
  const steps: Step[] = [
    { op: 'remove', sheet: type.key as RecordKey, ids: [x.id] },
    ...going.map((d): Step => ({ op: 'remove', sheet: d.table.key, ids: d.ids })),
  ];

  const data: RecordDeleted = {
    id: x.id,
    removed: [{ sheet: type.key, ids: [x.id] }, ...going.map((d) => ({ sheet: d.table.key as string, ids: d.ids }))],
  };
  const journal = {
    action: t('log.delete', { sheet: type.name }),
    sheets: tables.map((tb) => tb.def.name),
    recordIds: [x.id, ...going.flatMap((d) => d.ids)],
    summary: deletedSummary(type, x.id, before, going),
  };
  return { ok: true, data: { action: journal.action, steps, journal, data } };
}

/** "H001: Hoàng Văn A. Chủ hộ: … → (trống); …; kèm 4 dòng trang "Nhân khẩu" (…)" — a sensitive sheet: the id alone. */
function deletedSummary(type: RecordType, id: string, before: Record<string, FieldValue>, going: Dependents[]): string {
  const label = type.label && typeof before[type.label] === 'string' ? String(before[type.label]) : '';
  const day = type.day && typeof before[type.day] === 'string' ? String(before[type.day]) : '';
  const head = label
    ? t('log.recordSummary', { what: id, label })
    : day
      ? t('log.activitySummary', { what: recordText(type.key as RecordKey, 'log'), day: slashDate(day) })
      : id;
  const record = [type.sensitive ? id : head, describeDeleted(type, before)].filter((p) => p !== '').join('. ');
  const withIt = going.map((d) =>
    t('delete.rows', { n: d.ids.length, sheet: d.table.def.name, ids: idsText(d.ids, 200) }),
  );
  return clip(withIt.length ? `${record}; ${t('log.deleteWith', { what: withIt.join(', ') })}` : record);
}
