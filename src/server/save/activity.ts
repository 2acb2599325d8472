/**
 * `apiSaveActivity`: a new record of a type entered in "Ghi hoạt động" (a session with the
 * households that attended, a mediation, a supervised person, a camera, an event/tip…),
 * given as `{ kind, requestId, ...fields }`: the same save as `apiSaveRecord`, with the
 * fields at the top level.
 */
import { ACTIVITY_TYPES, type ActivityInput, activityInput } from '../../domain/inputs';
import { saveRecord } from './records';
import { invalid, runSave } from './run';
import type { ActivitySaved, ApiResult } from '../../domain/wire';

export function apiSaveActivity(input?: unknown): ApiResult<ActivitySaved> {
  return runSave('activity', activityInput(), input, (s, a: ActivityInput) => {
    const { kind, requestId, confirm, ...fields } = a;
    const type = ACTIVITY_TYPES.find((r) => r.kind === kind)!;
    const saved = saveRecord(s, {
      type,
      requestId,
      fields,
      confirm,
      validate(ctx, record) {
        const checked = activityInput(ctx).safeParse({ ...record, kind, requestId });
        return checked.success ? [] : invalid(checked.error).errors;
      },
    });
    return saved.ok ? { ok: true, data: { id: saved.data.id, kind } } : saved;
  });
}
