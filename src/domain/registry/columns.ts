/**
 * Column builders of the record registry. Each builder returns a column whose TypeScript
 * type carries the value it holds in normalised form (days `YYYY-MM-DD`, times `HH:mm`,
 * id lists as arrays, `null` for a blank date or number), so a record type's TypeScript
 * type is inferred from its declaration (`RecordOf<typeof PATROLS>`), never written twice.
 */
import type { ListName } from '../lists';

export type ColumnType =
  | 'id' //      record id, text, filled by the add-on when blank
  | 'ref' //     id of a record of another sheet (text)
  | 'refs' //    comma-separated ids (text)
  | 'text' //    short free text
  | 'longtext' // free text, wrapped
  | 'date' //    real date cell, dd/mm/yyyy
  | 'time' //    HH:mm, stored as text
  | 'datetime' // real date-time cell
  | 'int' //     whole number ≥ 0
  | 'year' //    a year
  | 'number' //  decimal number ≥ 0
  | 'bool' //    checkbox
  | 'enum'; //   one value of a list

/** What the add-on writes itself into a column on save (never typed in a form). */
export type AutoValue = 'user' | 'now' | 'requestId';

export interface ColumnDef {
  header: string;
  /** English field name used by the code and the API (the key of the column in its declaration). */
  field: string;
  type: ColumnType;
  /**
   * A list of `Danh mục`: the dropdown of an `enum` column; on a `text` column, the list whose
   * entries the cell holds, comma-separated (the form offers them as ticks, free text stays
   * allowed, and only the entries themselves are ever used — `listText.ts`).
   */
  list?: ListName;
  /** Fixed allowed values (dropdown without a `Danh mục` column). */
  values?: readonly string[];
  /** Key of the record type a `ref`/`refs` column points to. */
  refKey?: string;
  /** Sheet name of the record type a `ref`/`refs` column points to (filled from `refKey`). */
  refSheet?: string;
  /** The field of this record whose day a referenced record must be active on. */
  activeOn?: string;
  /**
   * The field of this record that must be the referenced record's day (its type's `day`): a patrol's reminders
   * are dated as the patrol; a save refuses another day, editing the patrol's day moves them, the data check
   * reports a row that differs.
   */
  sameDay?: string;
  required?: boolean;
  /** Required from the API and the forms although a typed row may leave it blank. */
  inputRequired?: boolean;
  /** Maximum text length. */
  max?: number;
  /** Most ids a `refs` column takes from a form. */
  maxItems?: number;
  /** Smallest value a form may give a number (e.g. 1 participant). */
  min?: number;
  /** Largest plausible value of a count, from a form and in a typed row (SPEC §2.1). */
  maxValue?: number;
  /** A day of something that happened: not after today (a year column: not after this year). */
  happened?: boolean;
  /** A year column: not after this year + `yearsAhead` (a commitment signed late in a year is the next year's). */
  yearsAhead?: number;
  /** A day of the model's own activity: not before its founding day (`ngay_thanh_lap` of `Cài đặt`). */
  sinceFounding?: boolean;
  /** Filled by the server on save. */
  auto?: AutoValue;
  /**
   * A `ref` to the record this one belongs to: deleting that record deletes this one too —
   * `'always'` (a patrol's reminders), or `'asked'` only when the delete says `cascade: true`
   * (a household's residents). Without it, a reference refuses the delete.
   */
  deletedWith?: 'always' | 'asked';
  width?: number;
}

/** The options a declaration gives a column (the builder sets `header`, `field` and `type`). */
export type ColumnOptions = Omit<ColumnDef, 'header' | 'field' | 'type' | 'refKey' | 'refSheet'>;

/**
 * A declared column: its definition without the field name, and (as phantom types) its
 * value and whether the server fills it (then it is not part of an input).
 */
export interface Column<V, A extends boolean = boolean> extends Omit<ColumnDef, 'field'> {
  /** Type-level only: the normalised value of the column. Never set. */
  readonly valueType?: V;
  /** Type-level only: true when the column is filled by the server. Never set. */
  readonly autoType?: A;
}

export type ValueOf<C> = C extends Column<infer V> ? V : never;
type Auto<O> = O extends { auto: AutoValue } ? true : false;

const TEXT_MAX = 200;
const LONG_MAX = 5000;

type Req<O> = O extends { required: true } ? true : false;
/** A date or number column: `null` when blank unless required. */
type Nullable<O, V> = Req<O> extends true ? V : V | null;

function make<V, A extends boolean = boolean>(
  type: ColumnType,
  header: string,
  options: ColumnOptions,
  max?: number,
): Column<V, A> {
  return { header, type, ...(max === undefined ? {} : { max }), ...options };
}

export const column = {
  id: (header = 'Mã'): Column<string> => make('id', header, { width: 90 }, TEXT_MAX),
  text: <const O extends ColumnOptions>(header: string, options?: O): Column<string, Auto<O>> =>
    make<string, Auto<O>>('text', header, options ?? {}, TEXT_MAX),
  longtext: (header: string, options: ColumnOptions = {}): Column<string> =>
    make('longtext', header, options, LONG_MAX),
  enumOf: (header: string, options: ColumnOptions = {}): Column<string> => make('enum', header, options),
  time: (header: string, options: ColumnOptions = {}): Column<string> => make('time', header, options),
  date: <const O extends ColumnOptions>(header: string, options?: O): Column<Nullable<O, string>> =>
    make('date', header, options ?? {}),
  datetime: <const O extends ColumnOptions>(header: string, options?: O): Column<string | null, Auto<O>> =>
    make<string | null, Auto<O>>('datetime', header, options ?? {}),
  int: <const O extends ColumnOptions>(header: string, options?: O): Column<Nullable<O, number>> =>
    make('int', header, options ?? {}),
  year: <const O extends ColumnOptions>(header: string, options?: O): Column<Nullable<O, number>> =>
    make('year', header, options ?? {}),
  number: <const O extends ColumnOptions>(header: string, options?: O): Column<Nullable<O, number>> =>
    make('number', header, options ?? {}),
  bool: (header: string, options: ColumnOptions = {}): Column<boolean> => make('bool', header, options),
  ref: (header: string, refKey: string, options: ColumnOptions = {}): Column<string> => ({
    ...make<string>('ref', header, options, TEXT_MAX),
    refKey,
  }),
  refs: (header: string, refKey: string, options: ColumnOptions = {}): Column<string[]> => ({
    ...make<string[]>('refs', header, options, TEXT_MAX),
    refKey,
  }),
  /** `Mã yêu cầu`: the request id of the save that wrote the row (a retry is recognised by it). */
  requestId: (): Column<string, true> =>
    make<string, true>('text', 'Mã yêu cầu', { width: 90, max: 100, auto: 'requestId' }),
};

/** Column types whose cells hold free text and must be stored as text (number format `@`). */
export const TEXT_TYPES: ReadonlySet<ColumnType> = new Set(['id', 'ref', 'refs', 'text', 'longtext', 'time', 'enum']);
