/**
 * Records dated as the record they belong to (a `ref` column with `sameDay`: a patrol's reminders). A save of such
 * a record with another day than its parent's is refused, naming the parent and its day; an edit of the parent's
 * day plans the same day for every record that belongs to it (one `edit` step each), so nothing is left on the
 * old day — a reminder counts by its own day.
 */
import type { FieldValue } from '../../domain/fields';
import type { FieldError } from '../../domain/inputs';
import { t } from '../../domain/i18n';
import type { RecordType } from '../../domain/registry/define';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';
import { referencesTo } from '../../domain/references';
import type { SheetKey } from '../../domain/sheets';
import { slashDate } from '../../domain/viFormat';
import type { Step } from './plan';
import { type SaveSession, texts } from './session';

/** A record type's columns that must carry their parent's day, with the parent's type. */
function sameDayColumns(type: RecordType) {
  return type.list.flatMap((col) => {
    const parent = col.sameDay ? RECORD_TYPES.find((r) => r.key === col.refKey) : undefined;
    return parent?.day && col.sameDay ? [{ col, dayField: col.sameDay, parent, parentDay: parent.day }] : [];
  });
}

/** The day of the parent record `id` (its type's `day` field), or null when it has no readable day or no row. */
function parentDayOf(s: SaveSession, parent: RecordType, parentDay: string, id: string): string | null {
  const table = s.table(parent.key as SheetKey, ['id', parentDay]);
  const row = texts(table, 'id').indexOf(id);
  return row < 0 ? null : s.dayAt(table, parentDay, row);
}

/**
 * Errors for a record (as it will be) whose day differs from its parent's: the field path is `path.field`
 * (`record.date` for `apiSaveRecord`). A parent that is missing is the reference check's business.
 */
export function sameDayErrors(
  s: SaveSession,
  type: RecordType,
  record: Readonly<Record<string, FieldValue>>,
  path?: string,
): FieldError[] {
  const out: FieldError[] = [];
  for (const { col, dayField, parent, parentDay } of sameDayColumns(type)) {
    const id = record[col.field];
    const day = record[dayField];
    if (typeof id !== 'string' || id === '' || typeof day !== 'string' || day === '') continue;
    const expected = parentDayOf(s, parent, parentDay, id);
    if (expected === null || expected === day) continue;
    const name = type.list.find((c) => c.field === dayField)?.header ?? dayField;
    out.push({
      field: path ? `${path}.${dayField}` : dayField,
      message: t('save.sameDay', { name, sheet: parent.name, id, day: slashDate(expected) }),
    });
  }
  return out;
}

/**
 * The records that belong to `id` (of `type`) and must follow its day, now `day`: an `edit` step for each one
 * dated otherwise, with the sheets they are on.
 */
export function followerSteps(s: SaveSession, type: RecordType, id: string, day: string): Step[] {
  const steps: Step[] = [];
  for (const { type: child, col } of referencesTo(type.key)) {
    const dayField = col.sameDay;
    if (!dayField) continue;
    const table = s.table(child.key as SheetKey, ['id', col.field, dayField]);
    const ids = texts(table, 'id');
    texts(table, col.field).forEach((ref, i) => {
      if (ref !== id || ids[i] === '' || s.dayAt(table, dayField, i) === day) return;
      steps.push({ op: 'edit', sheet: child.key as SheetKey, id: ids[i], fields: { [dayField]: day } });
    });
  }
  return steps;
}
