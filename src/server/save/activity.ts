/**
 * `apiSaveActivity`: a propaganda session (with the households that attended), a
 * mediation, a supervised person, a camera, or an event/tip — one row of its sheet.
 */
import { t } from '../../domain/i18n';
import { nextIds } from '../../domain/ids';
import { ACTIVITY_SHEETS, type ActivityInput, activityInput, type ActivityKind } from '../../domain/inputs';
import { sheetDef } from '../../domain/sheets';
import type { ApiResult } from '../api';
import { prepareJournal } from './journal';
import { invalid, runSave } from './run';
import { rowsOfRequest, texts } from './session';
import { append, assertWritable } from './write';

export interface ActivitySaved {
  id: string;
  kind: ActivityKind;
}

const ACTIONS = {
  session: 'log.session',
  mediation: 'log.mediation',
  supervised: 'log.supervised',
  camera: 'log.camera',
  event: 'log.event',
} as const;

const viDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The day the activity is about (names and contents stay out of `Nhật ký`: it is open to every editor). */
function dayOf(a: ActivityInput): string | null {
  switch (a.kind) {
    case 'supervised':
      return a.startOn;
    case 'camera':
      return a.installedOn;
    default:
      return a.date;
  }
}

export function apiSaveActivity(input?: unknown): ApiResult<ActivitySaved> {
  return runSave('activity', activityInput(), input, (s, a: ActivityInput) => {
    const table = s.table(ACTIVITY_SHEETS[a.kind]);
    const done = rowsOfRequest(table, a.requestId);
    if (done.length) return { ok: true, data: { id: texts(table, 'id')[done[0]], kind: a.kind } };

    const ctx = s.context({
      lists: a.kind !== 'camera',
      households: a.kind === 'session' && a.householdIds.length > 0,
      members: a.kind === 'supervised' && a.memberId !== '',
    });
    const checked = activityInput(ctx).safeParse(a);
    if (!checked.success) return invalid(checked.error);

    assertWritable(table);
    const journal = prepareJournal(s);
    const [id] = nextIds(table.def, texts(table, 'id'), 1);
    const { kind: _kind, ...fields } = a;
    append(s, table, [{ ...fields, id }]);
    const day = dayOf(a);
    const what = t(ACTIONS[a.kind]);
    journal({
      action: what,
      sheets: [sheetDef(ACTIVITY_SHEETS[a.kind]).name],
      recordIds: [id],
      summary: day ? t('log.activitySummary', { what, day: viDay(day) }) : what,
    });
    return { ok: true, data: { id, kind: a.kind } };
  });
}
