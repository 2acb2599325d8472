/**
 * What a figure reads (issue 15): the fields of each record type it uses, declared once beside the code that uses
 * them. The functions take `DataFor<typeof NEEDS>` — the records narrowed to those fields — so a field read without
 * being declared fails `npm run typecheck`, and the server reads and decodes only the declared columns
 * (`src/server/workbook.ts`). A whole `WorkbookData` is still accepted wherever a `DataFor<…>` is.
 */
import type { RowIssue } from './codec';
import type { Lists } from './lists';
import type { RecordsByKey } from './report';
import type { Settings } from './settings';
import type { RecordKey } from './sheets';

/** The field names of a record type. */
export type RecordFields<K extends RecordKey> = keyof RecordsByKey[K][number] & string;

/** Fields by record key; a record type left out is not read at all. */
export type FieldNeeds = { readonly [K in RecordKey]?: readonly RecordFields<K>[] };

type FieldsIn<N, K extends PropertyKey> = K extends keyof N
  ? NonNullable<N[K]> extends readonly (infer F)[]
    ? F
    : never
  : never;

/** The records an operation is given: the types it names, each with the fields it names; settings and lists whole. */
export type DataFor<N extends FieldNeeds> = {
  [K in keyof N & RecordKey]: Pick<RecordsByKey[K][number], FieldsIn<N, K> & RecordFields<K>>[];
} & { settings: Settings; lists: Lists; issues: RowIssue[]; today?: string };

/** The needs of two operations together. */
export type Merged<A, B> = { [K in (keyof A | keyof B) & RecordKey]: readonly (FieldsIn<A, K> | FieldsIn<B, K>)[] };

/** Declares the needs of a figure (the literal field names are kept in the type). */
export function fieldNeeds<const N extends FieldNeeds>(needs: N): N {
  return needs;
}

/** The union of two needs, fields in first-seen order. */
export function mergeNeeds<A extends FieldNeeds, B extends FieldNeeds>(a: A, b: B): Merged<A, B> {
  const out: Record<string, string[]> = {};
  for (const n of [a, b] as FieldNeeds[])
    for (const [key, fields] of Object.entries(n)) {
      const list = (out[key] ??= []);
      for (const f of fields as readonly string[]) if (!list.includes(f)) list.push(f);
    }
  return out as unknown as Merged<A, B>;
}
