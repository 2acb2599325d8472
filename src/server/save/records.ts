/**
 * `apiSaveRecord`: adds or edits a household, resident, team or member from the forms.
 * Adding appends a row with a new id; editing rewrites that row's registry columns in one
 * write (fields left out of `record` keep their value; user columns are not touched).
 * These sheets have no `Mã yêu cầu` column: a repeated request is recognised by the
 * document cache and the ring of recent saves (see `requests.ts`).
 */
import { blankOf, type NormalRecord } from '../../domain/fields';
import { t } from '../../domain/i18n';
import { nextIds } from '../../domain/ids';
import { type RecordInput, recordInput, type RecordSheet } from '../../domain/inputs';
import type { ApiResult } from '../api';
import { prepareJournal } from './journal';
import { recallRecent, rememberRecent } from './requests';
import { invalid, runSave } from './run';
import { texts } from './session';
import { append, assertWritable, rewriteRow } from './write';

export interface RecordSaved {
  id: string;
  /** true: a new row was added; false: the row with `id` was edited. */
  created: boolean;
}

/** The field that names a record in `Nhật ký`. */
const LABEL: Record<RecordSheet, string> = { households: 'head', residents: 'name', teams: 'name', members: 'name' };

/** Arrival and departure columns that must stay in order. */
const DATE_ORDER: Partial<Record<RecordSheet, [string, string]>> = {
  households: ['arrivedOn', 'leftOn'],
  members: ['joinedOn', 'leftOn'],
};

const given = (v: unknown) => typeof v === 'string' && v !== '';

export function apiSaveRecord(input?: unknown): ApiResult<RecordSaved> {
  return runSave('record', recordInput(), input, (s, r: RecordInput) => {
    const recent = recallRecent<RecordSaved>('record', r.requestId);
    if (recent) return { ok: true, data: recent };

    const table = s.table(r.sheet);
    const rec = r.record as Partial<NormalRecord>;
    const ctx = s.context({
      lists: r.sheet === 'members',
      teams: (r.sheet === 'households' || r.sheet === 'members') && given(rec.teamId),
      households: r.sheet === 'residents' && given(rec.householdId),
    });
    const checked = recordInput(ctx).safeParse(r);
    if (!checked.success) return invalid(checked.error);

    const ids = texts(table, 'id');
    const def = table.def;
    let row = -1;
    if (r.id !== undefined) {
      const rows = ids.flatMap((v, i) => (v === r.id ? [i] : []));
      if (rows.length === 0)
        return {
          ok: false,
          errors: [{ field: 'id', message: t('save.unknownRecord', { id: r.id, sheet: def.name }) }],
        };
      if (rows.length > 1)
        return {
          ok: false,
          errors: [{ field: 'id', message: t('save.duplicateRecord', { id: r.id, sheet: def.name }) }],
        };
      row = rows[0];
      const order = DATE_ORDER[r.sheet];
      if (order) {
        // The edited dates against the ones kept: leaving may not come before arriving.
        const [from, until] = order;
        const day = (f: string) => (f in rec ? (rec[f] as string | null) : s.dayAt(table, f, row));
        const first = day(from);
        const last = day(until);
        if (first && last && last < first) {
          const header = (f: string) => def.columns.find((c) => c.field === f)!.header;
          return {
            ok: false,
            errors: [
              { field: `record.${until}`, message: t('input.dateOrder', { name: header(until), other: header(from) }) },
            ],
          };
        }
      }
    }

    assertWritable(table);
    const journal = prepareJournal(s);
    let data: RecordSaved;
    if (row < 0) {
      const [id] = nextIds(def, ids, 1);
      const full: Partial<NormalRecord> = {};
      for (const col of def.columns) full[col.field] = col.field in rec ? rec[col.field] : blankOf(col);
      full.id = id;
      append(s, table, [full]);
      data = { id, created: true };
    } else {
      const { id: _id, ...changes } = rec;
      rewriteRow(s, table, row, changes);
      data = { id: r.id!, created: false };
    }
    const labelField = LABEL[r.sheet];
    const label =
      typeof rec[labelField] === 'string' ? (rec[labelField] as string) : row >= 0 ? texts(table, labelField)[row] : '';
    journal({
      action: t(data.created ? 'log.create' : 'log.edit', { sheet: def.name }),
      sheets: [def.name],
      recordIds: [data.id],
      summary: t('log.recordSummary', { what: data.id, label }),
    });
    rememberRecent('record', r.requestId, data);
    return { ok: true, data };
  });
}
