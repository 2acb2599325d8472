/** `apiSavePatrol`: a patrol and the reminders given on it, saved together. */
import { t } from '../../domain/i18n';
import { isOvernight, type PatrolInput, patrolInput } from '../../domain/inputs';
import { SHEET } from '../../domain/sheets';
import { PATROLS } from '../../domain/registry/recordTypes';
import { slashDate } from '../../domain/viFormat';
import { prepareJournal } from './journal';
import { invalid, runSave } from './run';
import { rowsOfRequest, texts } from './session';
import { append, assertWritable } from './write';
import { issueIds } from './counter';
import { duplicateWarnings, needsConfirm } from './duplicates';
import type { ApiResult, PatrolSaved } from '../../domain/wire';

export function apiSavePatrol(input?: unknown): ApiResult<PatrolSaved> {
  return runSave('patrol', patrolInput(), input, (s, p: PatrolInput) => {
    const patrols = s.table('patrols');
    const reminders = p.reminders.length ? s.table('reminders') : null;

    const done = rowsOfRequest(patrols, p.requestId);
    if (done.length) {
      const row = done[0];
      const start = String(s.decoded(patrols, 'start')[row] ?? '');
      const end = String(s.decoded(patrols, 'end')[row] ?? '');
      const reminderIds = reminders ? rowsOfRequest(reminders, p.requestId).map((i) => texts(reminders, 'id')[i]) : [];
      return { ok: true, data: { id: texts(patrols, 'id')[row], reminderIds, overnight: isOvernight({ start, end }) } };
    }

    const ctx = s.contextFor(PATROLS, p);
    if (reminders) ctx.lists = s.lists();
    const checked = patrolInput(ctx).safeParse(p);
    if (!checked.success) return invalid(checked.error);
    if (!p.confirm) {
      const warnings = duplicateWarnings(s, patrols, { date: p.date, teamId: p.teamId, start: p.start, end: p.end });
      if (warnings.length) return needsConfirm(warnings);
    }

    assertWritable(patrols, ...(reminders ? [reminders] : []));
    const journal = prepareJournal(s);
    const [id] = issueIds(s, patrols, 1);
    const reminderIds = reminders ? issueIds(s, reminders, p.reminders.length) : [];
    const overnight = isOvernight(p);
    const now = s.clock.now();
    append(s, patrols, [
      {
        id,
        date: p.date,
        start: p.start,
        end: p.end,
        teamId: p.teamId,
        area: p.area,
        memberIds: p.memberIds,
        participants: p.participants,
        withPolice: p.withPolice,
        result: p.result,
        recordedBy: s.user(),
        recordedAt: `${s.clock.day(now)} ${s.clock.time(now)}`,
        requestId: p.requestId,
      },
    ]);
    if (reminders) {
      append(
        s,
        reminders,
        p.reminders.map((r, i) => ({
          id: reminderIds[i],
          patrolId: id,
          date: p.date,
          category: r.category,
          cases: r.cases,
          action: r.action,
          note: r.note,
          requestId: p.requestId,
        })),
      );
    }
    journal({
      action: t('log.patrol'),
      sheets: reminders ? [SHEET.patrols, SHEET.reminders] : [SHEET.patrols],
      recordIds: [id, ...reminderIds],
      summary: t('log.patrolSummary', {
        day: slashDate(p.date),
        start: p.start,
        end: p.end,
        overnight: overnight ? ` (${t('save.overnight')})` : '',
        participants: p.participants,
        reminders: p.reminders.reduce((n, r) => n + r.cases, 0),
      }),
    });
    return { ok: true, data: { id, reminderIds, overnight } };
  });
}
