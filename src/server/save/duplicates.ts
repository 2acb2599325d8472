/**
 * The likely-duplicate check of a save (rules in `src/domain/duplicates.ts`): the record to
 * be written against the rows of its sheet, read once by the session. Without `confirm` a
 * save that finds one answers `{ ok: false, errors: [], needsConfirm: true, warnings }` and
 * writes nothing.
 */
import { duplicateRule, findDuplicates, touchesDuplicateFields } from '../../domain/duplicates';
import type { FieldValue } from '../../domain/fields';
import type { FieldError } from '../../domain/inputs';
import { type SaveSession, type Table, texts } from './session';

/** The fields the likely-duplicate check of a sheet reads (none for a sheet without a rule). */
export function duplicateFields(key: Table['key']): readonly string[] {
  return duplicateRule(key)?.fields ?? [];
}

/** Warnings for `record` in `table` (`self`: the row edited, its values before and the fields given). */
export function duplicateWarnings(
  s: SaveSession,
  table: Table,
  record: Readonly<Record<string, FieldValue>>,
  opts: {
    path?: string;
    self?: { id: string; before: Record<string, FieldValue>; given: Record<string, FieldValue> };
  } = {},
): FieldError[] {
  const rule = duplicateRule(table.key);
  if (!rule) return [];
  if (opts.self && !touchesDuplicateFields(table.key, opts.self.before, opts.self.given)) return [];
  const ids = texts(table, 'id');
  // The rows that share the exact field's value (all rows when the rule has none), then their other fields.
  const exact = rule.exact;
  const wanted = exact === undefined ? undefined : record[exact];
  let rows: number[];
  if (exact !== undefined && wanted !== undefined && wanted !== null && wanted !== '') {
    rows = [];
    s.decoded(table, exact).forEach((v, i) => {
      if (v === wanted) rows.push(i);
    });
  } else rows = ids.map((_, i) => i);
  const existing = rows.map((i) => {
    const r: Record<string, FieldValue> = { id: ids[i] };
    for (const f of rule.fields) r[f] = f === exact ? wanted! : s.valueAt(table, f, i);
    return { id: ids[i], record: r };
  });
  return findDuplicates(table.key, record, existing, opts.self?.id).map((w) => ({
    field: opts.path ? `${opts.path}.${w.field}` : w.field,
    message: w.message,
  }));
}

/** The answer to a save that looks like a duplicate. */
export function needsConfirm(warnings: FieldError[]): {
  ok: false;
  errors: FieldError[];
  needsConfirm: true;
  warnings: FieldError[];
} {
  return { ok: false, errors: [], needsConfirm: true, warnings };
}
