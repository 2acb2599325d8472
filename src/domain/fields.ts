/**
 * Zod (`zod/mini`, small enough for the bundle and each sidebar) schemas of records in their normalised form — the form the API receives as JSON
 * and the row codec produces from cells: days `YYYY-MM-DD`, times `HH:mm`, id lists as
 * arrays, numbers, booleans. One schema per sheet, built from the registry, shared by
 * the server and the sidebars, with Vietnamese messages naming the column.
 */
import * as z from 'zod/mini';
import { ColumnDef, SheetDef } from './sheets';
import { isIsoDay } from './clock';
import { Lists } from './lists';

export type FieldValue = string | number | boolean | string[] | null;
export type NormalRecord = Record<string, FieldValue>;

const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Longest cell text quoted in a message (a cell holds up to 50,000 characters). */
const QUOTE_MAX = 60;

/** A cell's text as quoted in a message: cut to `QUOTE_MAX` characters with '…'. */
export function quoted(s: string): string {
  const chars = Array.from(s);
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : s;
}

/** The allowed values of an enum column, from `Danh mục` or fixed. */
export function allowedValues(col: ColumnDef, lists?: Lists): readonly string[] | undefined {
  if (col.values) return col.values;
  if (col.list && lists) return lists.values[col.list];
  return undefined;
}

export function fieldSchema(col: ColumnDef, lists?: Lists): z.ZodMiniType<FieldValue> {
  const name = col.header;
  const req = !!col.required;
  const emptyMsg = `${name}: không được để trống`;
  /** Type error, or the "empty" message when the value is missing altogether (an API field left out). */
  const typeMsg = (msg: string) => (iss: { input?: unknown }) => (iss.input === undefined ? emptyMsg : msg);
  switch (col.type) {
    case 'id':
    case 'ref':
    case 'text':
    case 'longtext': {
      const s = z.string({ error: typeMsg(`${name}: phải là chữ`) }).check(z.maxLength(col.max ?? 5000, { error: `${name}: dài quá ${col.max} ký tự` }));
      return req ? s.check(z.minLength(1, { error: emptyMsg })) : s;
    }
    case 'enum': {
      const allowed = allowedValues(col, lists);
      return z.string({ error: typeMsg(`${name}: phải là chữ`) }).check(
        z.superRefine((v, ctx) => {
          if (v === '') {
            if (req) ctx.addIssue({ code: 'custom', message: emptyMsg });
            return;
          }
          if (allowed && !allowed.includes(v)) {
            ctx.addIssue({ code: 'custom', message: `${name}: "${quoted(v)}" không có trong danh mục` });
          }
        }),
      );
    }
    case 'refs':
      return z
        .array(
          z.string({ error: `${name}: mỗi mã phải là chữ` }).check(z.minLength(1, { error: `${name}: có mã trống` }), z.maxLength(100, { error: `${name}: mã dài quá 100 ký tự` })),
          { error: typeMsg(`${name}: phải là danh sách mã`) },
        )
        .check(
          z.maxLength(5000, { error: `${name}: quá nhiều mã` }),
          z.superRefine((v, ctx) => {
            if (req && v.length === 0) ctx.addIssue({ code: 'custom', message: emptyMsg });
          }),
        );
    case 'date':
    case 'datetime': {
      const label = col.type === 'date' ? 'ngày (dd/mm/yyyy)' : 'ngày giờ (dd/mm/yyyy hh:mm)';
      const ok = (v: string) => (col.type === 'date' ? isIsoDay(v) : DATETIME.test(v) && isIsoDay(v.slice(0, 10)));
      const s = z.string({ error: typeMsg(`${name}: phải là ${label}`) }).check(z.refine(ok, { error: `${name}: không phải ${label} hợp lệ` }));
      return req ? s : z.nullable(s);
    }
    case 'time': {
      const s = z.string({ error: typeMsg(`${name}: phải là giờ (hh:mm)`) }).check(
        z.refine((v: string) => v === '' || TIME.test(v), { error: `${name}: không phải giờ hợp lệ (hh:mm)` }),
      );
      return req ? s.check(z.refine((v: string) => v !== '', { error: emptyMsg })) : s;
    }
    case 'int':
    case 'year':
    case 'number': {
      const checks: z.core.$ZodCheck<number>[] = [];
      if (col.type !== 'number') checks.push(z.refine((v: number) => Number.isInteger(v), { error: `${name}: phải là số nguyên` }));
      if (col.type === 'year') checks.push(z.gte(1900, { error: `${name}: năm không hợp lệ` }), z.lte(2100, { error: `${name}: năm không hợp lệ` }));
      else checks.push(z.gte(0, { error: `${name}: không được âm` }));
      if (col.type === 'int') checks.push(z.lte(1_000_000, { error: `${name}: số quá lớn` }));
      const n = z.number({ error: typeMsg(`${name}: phải là số`) }).check(...checks);
      return req ? n : z.nullable(n);
    }
    case 'bool':
      return z.boolean({ error: typeMsg(`${name}: phải là có/không`) });
  }
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
