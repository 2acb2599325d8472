/**
 * Zod (`zod/mini`, small enough for the bundle and each sidebar) schemas of records in their normalised form —
 * the form the API receives as JSON and the row codec produces from cells: days `YYYY-MM-DD`, times `HH:mm`, id
 * lists as arrays, numbers, booleans. One schema per sheet, built from the registry, shared by
 * the server and the sidebars, with Vietnamese messages naming the column.
 */
import * as z from 'zod/mini';
import type { ColumnDef, SheetDef } from './sheets';
import { fieldCheck, hiddenNote, type Today, tidyValue } from './fieldChecks';
import type { Lists } from './lists';

export type FieldValue = string | number | boolean | string[] | null;
export type NormalRecord = Record<string, FieldValue>;

export { allowedValues, quoted } from './fieldChecks';

/**
 * A column's zod schema: its plain rule (`fieldCheck`) as zod checks, typed as the
 * normalised value. The value is cleaned first (`tidyValue`: NFC, invisible characters
 * out, spaces collapsed), checked as cleaned, and the cleaned value is the output — what
 * a save writes. A message about a value that held invisible characters says how many went.
 */
export function fieldSchema(col: ColumnDef, lists?: Lists, today?: Today): z.ZodMiniType<FieldValue> {
  const check = fieldCheck(col, lists, today);
  return z.pipe(
    z.unknown().check(
      z.superRefine((v, ctx) => {
        const { value, hidden } = tidyValue(col, v);
        for (const message of check(value))
          ctx.addIssue({ code: 'custom', message: message + hiddenNote(hidden), input: v });
      }),
    ),
    z.transform((v) => tidyValue(col, v).value),
  ) as unknown as z.ZodMiniType<FieldValue>;
}

/** The record schema of a sheet (every registry column, by field name). */
export function recordSchema(def: SheetDef, lists?: Lists): z.ZodMiniType<NormalRecord> {
  const shape: Record<string, z.ZodMiniType<FieldValue>> = {};
  for (const col of def.columns) shape[col.field] = fieldSchema(col, lists);
  return z.object(shape);
}

/** Blank value of a column in normalised form. */
export function blankOf(col: ColumnDef): FieldValue {
  switch (col.type) {
    case 'refs':
      return [];
    case 'bool':
      return false;
    case 'date':
    case 'datetime':
    case 'int':
    case 'year':
    case 'number':
      return null;
    default:
      return '';
  }
}
