/**
 * What a `Nhật ký` line says about the cells a change touched: "Cột: cũ → mới" for each
 * changed column of an edit, the columns alone for a sensitive sheet (`Nhật ký` is open to
 * every editor: no names, no contents), the values of a deleted record.
 */
import type { FieldValue } from '../../domain/fields';
import { t } from '../../domain/i18n';
import type { ColumnDef } from '../../domain/registry/columns';
import type { RecordType } from '../../domain/registry/define';
import { slashDate } from '../../domain/viFormat';

/** Longest value quoted in a journal line. */
const MAX_VALUE = 80;
/** Longest summary written. */
export const MAX_SUMMARY = 2000;

const same = (a: FieldValue | undefined, b: FieldValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null) || (isBlank(a) && isBlank(b));
const isBlank = (v: FieldValue | undefined) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A value as the journal shows it: days `dd/mm/yyyy`, yes/no, lists joined, long text cut. */
export function shownValue(col: ColumnDef, v: FieldValue | undefined): string {
  if (isBlank(v)) return t('log.blank');
  let s: string;
  if (typeof v === 'boolean') s = t(v ? 'log.yes' : 'log.no');
  else if (Array.isArray(v)) s = v.join(', ');
  else if (col.type === 'date') s = slashDate(String(v));
  else if (col.type === 'datetime') s = `${slashDate(String(v).slice(0, 10))} ${String(v).slice(11)}`.trim();
  else s = String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** The columns of an edit whose value changes. */
export function changedColumns(
  columns: readonly ColumnDef[],
  before: Readonly<Record<string, FieldValue>>,
  given: Readonly<Record<string, FieldValue>>,
): ColumnDef[] {
  return columns.filter((c) => c.field in given && !same(before[c.field], given[c.field]));
}

/** "Cột: cũ → mới; …" (a sensitive sheet: "đổi cột Cột, …"); "không đổi gì" when nothing changes. */
export function describeEdit(
  type: RecordType,
  before: Readonly<Record<string, FieldValue>>,
  given: Readonly<Record<string, FieldValue>>,
): string {
  const cols = changedColumns(type.list, before, given);
  if (cols.length === 0) return t('log.noChange');
  if (type.sensitive) return t('log.changedColumns', { columns: cols.map((c) => c.header).join(', ') });
  return cols
    .map((c) =>
      t('log.change', {
        column: c.header,
        before: shownValue(c, before[c.field]),
        after: shownValue(c, given[c.field]),
      }),
    )
    .join('; ');
}

/** The values of a deleted record, "Cột: cũ → (trống)" for each cell that held one (nothing for a sensitive sheet). */
export function describeDeleted(type: RecordType, before: Readonly<Record<string, FieldValue>>): string {
  if (type.sensitive) return '';
  return type.list
    .filter((c) => c.type !== 'id' && !c.auto && !isBlank(before[c.field]))
    .map((c) => t('log.change', { column: c.header, before: shownValue(c, before[c.field]), after: t('log.blank') }))
    .join('; ');
}

/** Cuts a summary to what a journal cell should hold. */
export function clip(summary: string): string {
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary;
}
