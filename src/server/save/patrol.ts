/** `apiSavePatrol`: a patrol and the reminders given on it, saved together. */
import { t } from '../../domain/i18n';
import { isOvernight, type PatrolInput, patrolInput } from '../../domain/inputs';
import { SHEET } from '../../domain/sheets';
import { PATROLS } from '../../domain/registry/recordTypes';
import { slashDate } from '../../domain/viFormat';
import { invalid, runSave } from './run';
import { rowsOfRequest, texts } from './session';
import type { Step } from './plan';
import { issueIds } from './counter';
import { duplicateFields, duplicateWarnings, needsConfirm } from './duplicates';
import type { ApiResult, PatrolSaved } from '../../domain/wire';

/**
 * What a patrol save reads of `Tuần tra`: ids, request ids and, unless the user confirmed a likely duplicate, the
 * fields of that check.
 */
const patrolFields = (p: PatrolInput) => ['id', 'requestId', ...(p.confirm ? [] : duplicateFields('patrols'))];

export function apiSavePatrol(input?: unknown): ApiResult<PatrolSaved> {
  return runSave<PatrolInput, PatrolSaved>(
    {
      shape: patrolInput(),
      action: () => t('log.patrol'),
      done(s, p, logged) {
        const patrols = s.table('patrols', patrolFields(p));
        const done = rowsOfRequest(patrols, p.requestId);
        if (done.length) {
          const row = done[0];
          const start = String(s.decoded(patrols, 'start')[row] ?? '');
          const end = String(s.decoded(patrols, 'end')[row] ?? '');
          const reminders = p.reminders.length ? s.table('reminders', ['id', 'requestId']) : null;
          const reminderIds = reminders
            ? rowsOfRequest(reminders, p.requestId).map((i) => texts(reminders, 'id')[i])
            : [];
          return { id: texts(patrols, 'id')[row], reminderIds, overnight: isOvernight({ start, end }) };
        }
        // Done, and its rows since deleted: the ids the journal names.
        if (logged) {
          const [id = '', ...reminderIds] = logged.recordIds;
          return { id, reminderIds, overnight: isOvernight(p) };
        }
        return null;
      },
      plan(s, p) {
        const patrols = s.table('patrols', patrolFields(p));
        // Of `Nhắc nhở` the ids (the next ids); its request ids only on a retry (`done` above).
        const reminders = p.reminders.length ? s.table('reminders', ['id']) : null;
        const ctx = s.contextFor(PATROLS, p);
        if (reminders) ctx.lists = s.lists();
        const checked = patrolInput(ctx).safeParse(p);
        if (!checked.success) return invalid(checked.error);
        if (!p.confirm) {
          const warnings = duplicateWarnings(s, patrols, {
            date: p.date,
            teamId: p.teamId,
            start: p.start,
            end: p.end,
          });
          if (warnings.length) return needsConfirm(warnings);
        }

        const [id] = issueIds(s, patrols, 1);
        const reminderIds = reminders ? issueIds(s, reminders, p.reminders.length) : [];
        const overnight = isOvernight(p);
        const now = s.clock.now();
        const steps: Step[] = [
          {
            op: 'append',
            sheet: 'patrols',
            rows: [
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
            ],
          },
        ];
        if (reminders)
          steps.push({
            op: 'append',
            sheet: 'reminders',
            rows: p.reminders.map((r, i) => ({
              id: reminderIds[i],
              patrolId: id,
              date: p.date,
              category: r.category,
              cases: r.cases,
              action: r.action,
              note: r.note,
              requestId: p.requestId,
            })),
          });
        const journal = {
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
        };
        return { ok: true, data: { action: journal.action, steps, journal, data: { id, reminderIds, overnight } } };
      },
    },
    input,
  );
}
