/**
 * Type test of the record registry: the record and input types are inferred from the
 * declarations of src/domain/registry/recordTypes.ts. Checked by `npm run typecheck` and
 * never run (jest runs `*.test.ts` only). `Equal` fails to compile when two types differ;
 * each `@ts-expect-error` line must fail to compile.
 */
import { column } from '../../src/domain/registry/columns';
import { defineRecord, type InputOf, type RecordOf } from '../../src/domain/registry/define';
import type { ActivityInput, PatrolInput } from '../../src/domain/inputs';
import type { Camera, Commitment, Household, Patrol } from '../../src/domain/records';
import type { WorkbookData } from '../../src/domain/report';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(ok: Equal<A, B>) => ok;

// A column's value follows its type; dates and numbers are null when blank unless required.
same<Patrol['date'], string>(true);
same<Patrol['participants'], number>(true);
same<Patrol['memberIds'], string[]>(true);
same<Patrol['recordedAt'], string | null>(true);
same<Household['size'], number | null>(true);
same<Household['arrivedOn'], string | null>(true);
same<Commitment['year'], number>(true);
same<Camera['working'], boolean>(true);

// An input has every column but the id and what the server fills (request id, who, when).
same<keyof PatrolInput, Exclude<keyof Patrol, 'id' | 'recordedBy' | 'recordedAt'> | 'reminders' | 'confirm'>(true);
same<ActivityInput['kind'], 'session' | 'mediation' | 'supervised' | 'camera' | 'event' | 'incident' | 'registration'>(
  true,
);
same<WorkbookData['cameras'], Camera[]>(true);

// A throwaway declaration: its type comes from its columns alone.
const INSPECTIONS = defineRecord({
  key: 'inspections',
  kind: 'inspection',
  name: 'Kiểm tra',
  id: { prefix: 'KT-', width: 3 },
  columns: {
    id: column.id(),
    on: column.date('Ngày', { required: true }),
    score: column.int('Điểm'),
    by: column.text('Người ghi', { auto: 'user' }),
  },
  day: 'on',
  form: 'activity',
});
same<RecordOf<typeof INSPECTIONS>, { id: string; on: string; score: number | null; by: string }>(true);
same<InputOf<typeof INSPECTIONS>, { on: string; score: number | null }>(true);

defineRecord({
  key: 'broken',
  kind: 'broken',
  name: 'Hỏng',
  id: { prefix: 'X', width: 1 },
  columns: { id: column.id(), on: column.date('Ngày') },
  // @ts-expect-error a rule naming a field the type does not have
  day: 'date',
  form: 'activity',
});
