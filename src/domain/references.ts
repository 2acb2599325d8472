/**
 * The columns that name records of a type (the registry's `ref`/`refs` columns), as a delete meets them: the rows
 * of a column declared `deletedWith` go with the record (`'always'`: a patrol's reminders; `'asked'`: a household's
 * residents and commitments, once the user confirms); every other column naming it refuses the delete. Read by the
 * server's `apiDeleteRecord` and by the lookup's delete prompt, which names the same rows before it is sent.
 */
import type { ColumnDef } from './registry/columns';
import type { RecordType } from './registry/define';
import { RECORD_TYPES } from './registry/recordTypes';

export interface Reference {
  /** The record type holding the column. */
  type: RecordType;
  col: ColumnDef;
  /** How its rows go with a deleted record; null: they refuse the delete. */
  cascade: 'always' | 'asked' | null;
}

/** Every column of the registry that names records of `key`, in the registry's order. */
export function referencesTo(key: string): Reference[] {
  return RECORD_TYPES.flatMap((type) =>
    type.list
      .filter((col) => (col.type === 'ref' || col.type === 'refs') && col.refKey === key)
      .map((col) => ({ type, col, cascade: col.type === 'ref' ? (col.deletedWith ?? null) : null })),
  );
}

/** How many ids a delete's message or prompt names before "…". */
export const SHOWN_IDS = 5;

/** The first `SHOWN_IDS` ids, and "…" when there are more (`total`: how many there are, when not all are given). */
export function shortIds(ids: readonly string[], total = ids.length): string {
  return total > SHOWN_IDS ? `${ids.slice(0, SHOWN_IDS).join(', ')}, …` : ids.join(', ');
}
