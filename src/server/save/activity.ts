/**
 * `apiSaveActivity`: a new record of a type entered in "Ghi hoạt động" (a session with the
 * households that attended, a mediation, a supervised person, a camera, an event/tip…),
 * given as `{ kind, requestId, ...fields }`: the same save as `apiSaveRecord`, with the
 * fields at the top level.
 */
import { ACTIVITY_TYPES, type ActivityInput, activityInput } from '../../domain/inputs';
import { planRecord, type RecordSave, recordAction, recordDone } from './records';
import type { RecordSaved } from '../../domain/wire';
import { invalid, runSave } from './run';
import type { ActivitySaved, ApiResult } from '../../domain/wire';

const typeOf = (a: ActivityInput) => ACTIVITY_TYPES.find((r) => r.kind === a.kind)!;

export function apiSaveActivity(input?: unknown): ApiResult<ActivitySaved> {
  const save = (a: ActivityInput): RecordSave => {
    const { kind, requestId, confirm, ...fields } = a;
    return {
      type: typeOf(a),
      requestId,
      fields,
      confirm,
      validate(ctx, record) {
        const checked = activityInput(ctx).safeParse({ ...record, kind, requestId });
        return checked.success ? [] : invalid(checked.error).errors;
      },
    };
  };
  const withKind = (a: ActivityInput, saved: RecordSaved): ActivitySaved => ({ id: saved.id, kind: a.kind });
  return runSave<ActivityInput, ActivitySaved>(
    {
      shape: activityInput(),
      action: (a) => recordAction(typeOf(a), false),
      done(s, a, logged) {
        const saved = recordDone(s, save(a), logged);
        return saved && withKind(a, saved);
      },
      plan(s, a) {
        const planned = planRecord(s, save(a));
        return planned.ok ? { ok: true, data: { ...planned.data, data: withKind(a, planned.data.data) } } : planned;
      },
    },
    input,
  );
}
