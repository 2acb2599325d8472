/**
 * `apiSaveCommitments`: one `Cam kết` row per household (and per type, for `type: '*'`).
 * A household that already signed that type that year (a `Đã ký` row) is reported in
 * `alreadySigned`, not written twice.
 */
import { t } from '../../domain/i18n';
import { ALL_REQUIRED, commitmentTypes, type CommitmentsInput, commitmentsInput } from '../../domain/inputs';
import { COMMITMENT_STATUS } from '../../domain/lists';
import { SHEET } from '../../domain/sheets';
import { invalid, runSave } from './run';
import { rowsOfRequest, type SaveSession, type Table, texts } from './session';
import { issueIds } from './counter';
import type { ApiResult, CommitmentsSaved } from '../../domain/wire';

const SIGNED = COMMITMENT_STATUS[0];
/** What a commitments save reads of `Cam kết`. */
const FIELDS = ['id', 'requestId', 'householdId', 'type', 'status', 'year'];
const pairKey = (householdId: string, type: string) => `${householdId}\u0000${type}`;

/** `householdId + type` of the `Đã ký` rows of `year`. */
function signedIn(s: SaveSession, table: Table, year: number): Set<string> {
  const households = texts(table, 'householdId');
  const types = texts(table, 'type');
  const status = texts(table, 'status');
  const years = s.decoded(table, 'year');
  const out = new Set<string>();
  for (let i = 0; i < households.length; i++)
    if (status[i] === SIGNED && years[i] === year) out.add(pairKey(households[i], types[i]));
  return out;
}

export function apiSaveCommitments(input?: unknown): ApiResult<CommitmentsSaved> {
  const wantedOf = (s: SaveSession, x: CommitmentsInput) => {
    const types = commitmentTypes(x.type, s.lists());
    return x.householdIds.flatMap((householdId) => types.map((type) => ({ householdId, type })));
  };
  return runSave<CommitmentsInput, CommitmentsSaved>(
    {
      shape: commitmentsInput(),
      action: () => t('log.commitments'),
      done(s, x, logged) {
        const table = s.table('commitments', FIELDS);
        const done = rowsOfRequest(table, x.requestId);
        if (done.length === 0 && !logged) return null;
        const ids = texts(table, 'id');
        const households = texts(table, 'householdId');
        const rowTypes = texts(table, 'type');
        const written = new Set(done.map((i) => pairKey(households[i], rowTypes[i])));
        return {
          ids: done.length ? done.map((i) => ids[i]) : (logged?.recordIds ?? []),
          alreadySigned: wantedOf(s, x).filter((w) => !written.has(pairKey(w.householdId, w.type))),
        };
      },
      plan(s, x) {
        const table = s.table('commitments', FIELDS);
        const lists = s.lists();
        const checked = commitmentsInput({
          today: s.today,
          lists,
          known: { households: s.known('households') },
        }).safeParse(x);
        if (!checked.success) return invalid(checked.error);

        const wanted = wantedOf(s, x);
        const signed = signedIn(s, table, x.year);
        const alreadySigned = wanted.filter((w) => signed.has(pairKey(w.householdId, w.type)));
        const fresh = wanted.filter((w) => !signed.has(pairKey(w.householdId, w.type)));
        const ids = issueIds(s, table, fresh.length);
        const journal = {
          action: t('log.commitments'),
          sheets: [SHEET.commitments],
          recordIds: ids,
          summary: t('log.commitmentsSummary', {
            year: x.year,
            type: x.type === ALL_REQUIRED ? t('log.allRequired') : x.type,
            written: fresh.length,
            households: new Set(fresh.map((w) => w.householdId)).size,
            already: alreadySigned.length,
          }),
        };
        const rows = fresh.map((w, i) => ({
          id: ids[i],
          householdId: w.householdId,
          type: w.type,
          year: x.year,
          signedOn: x.signedOn,
          signer: x.signer,
          status: SIGNED,
          note: '',
          requestId: x.requestId,
        }));
        return {
          ok: true,
          data: {
            action: journal.action,
            steps: rows.length ? [{ op: 'append', sheet: 'commitments', rows }] : [],
            journal,
            data: { ids, alreadySigned },
          },
        };
      },
    },
    input,
  );
}
