/**
 * `defineRecord`: the one declaration of a record type — its sheet, columns, id, rules,
 * sensitivity, journal line and form. Everything else (the record's TypeScript type, the
 * input schema, the codec, set-up, the form fields, the save and list actions, the help
 * line) is derived from it; see docs/ARCHITECTURE.md, "Adding a record type".
 */
import type { Column, ColumnDef, ValueOf } from './columns';

/** Where the record is entered: a tab of a sidebar, or a form of its own. */
export type FormPlace =
  /** A tab of "Ghi hoạt động" (generic form). */
  | 'activity'
  /** A tab of "Hộ, nhân khẩu, tổ, thành viên" (generic form with a picker to edit). */
  | 'registry'
  /** Its own sidebar (patrols, commitments) or as part of another record (reminders). */
  | 'own';

/** A problem found by a record type's own rule: the field it is about and the message. */
export interface RuleIssue {
  field: string;
  message: string;
}

/** What the code reads of any record type (the general form of every declaration). */
export interface RecordType {
  /** Stable key used by the code and the API (`sheet` of `apiSaveRecord`), plural. */
  key: string;
  /** One record's name in the API (`kind` of `apiSaveActivity`, page element ids), singular. */
  kind: string;
  /** The sheet's name (also the record type's Vietnamese name). */
  name: string;
  /** Id column header is `columns.id.header`; new ids look like `TT-0001` (`prefix` + `width` digits). */
  id: { prefix: string; width: number };
  columns: { id: Column<string> } & Record<string, Column<unknown>>;
  /** Protected: only the owner and the editors listed in `Cài đặt` may change it. */
  sensitive?: boolean;
  /** Pairs of day fields that must stay in order (`[from, until]`: until ≥ from). */
  dateOrder?: readonly (readonly [string, string])[];
  /** The record is current between these two day fields (a household, a member). */
  active?: { from: string; until: string };
  /** The day a record is about (journal line, newest-first lists, period filters). */
  day?: string;
  /** The field naming a record in `Nhật ký` and lists (none for sensitive sheets: `Nhật ký` is open to all). */
  label?: string;
  form: FormPlace;
  /** Fields a form keeps after a save, for the next record of the same team or household. */
  keep?: readonly string[];
  /** Fields no two records may share (blanks excepted, case ignored): a member's email (`recordRules.ts`). */
  unique?: readonly string[];
  /** Rules across fields beyond the column rules (`record` may hold values that failed their own check). */
  refine?(record: Partial<Record<string, unknown>>, header: (field: string) => string): RuleIssue[];
  /** Columns in sheet order, each with its field name (made by `defineRecord`). */
  list: readonly ColumnDef[];
}

/** A declaration as written: field names checked against its own columns. */
export interface RecordTypeSpec<
  K extends string,
  N extends string,
  C extends Record<string, Column<unknown>>,
  F extends FormPlace = FormPlace,
  I extends string = string,
> extends Omit<RecordType, 'list' | 'refine'> {
  key: K;
  kind: I;
  name: N;
  form: F;
  columns: C & { id: Column<string> };
  dateOrder?: readonly (readonly [keyof C & string, keyof C & string])[];
  active?: { from: keyof C & string; until: keyof C & string };
  day?: keyof C & string;
  label?: keyof C & string;
  keep?: readonly (keyof C & string)[];
  unique?: readonly (keyof C & string)[];
  refine?(record: Partial<Record<keyof C, unknown>>, header: (field: keyof C & string) => string): RuleIssue[];
}

/** A declared record type: its spec (typed by its own columns) and its column list. */
export interface DeclaredRecordType<
  K extends string,
  N extends string,
  C extends Record<string, Column<unknown>>,
  F extends FormPlace = FormPlace,
  I extends string = string,
> extends RecordTypeSpec<K, N, C, F, I> {
  list: readonly ColumnDef[];
}

export function defineRecord<
  const K extends string,
  const N extends string,
  const C extends Record<string, Column<unknown>>,
  const F extends FormPlace,
  const I extends string,
>(spec: RecordTypeSpec<K, N, C, F, I>): DeclaredRecordType<K, N, C, F, I> {
  const list = Object.entries(spec.columns).map(([field, col]) => ({ ...col, field }) as ColumnDef);
  return { ...spec, list };
}

/** The record a type's rows decode to (and the API's normalised form). */
export type RecordOf<T> =
  T extends DeclaredRecordType<string, string, infer C, FormPlace, string>
    ? { -readonly [F in keyof C]: ValueOf<C[F]> }
    : never;

/** Field names of a record type. */
export type FieldOf<T> =
  T extends DeclaredRecordType<string, string, infer C, FormPlace, string> ? keyof C & string : never;

/** Fields a save takes from its caller: every column but the id and those the server fills. */
export type InputFieldOf<T> =
  T extends DeclaredRecordType<string, string, infer C, FormPlace, string>
    ? { [F in keyof C]: F extends 'id' ? never : C[F] extends Column<unknown, true> ? never : F }[keyof C] & string
    : never;

/** The fields of a record as a save takes them. */
export type InputOf<T> = Pick<RecordOf<T>, InputFieldOf<T>>;
