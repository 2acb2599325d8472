/**
 * Type test of the page ↔ server contract (src/domain/api.ts). Checked by `npm run typecheck`
 * (`tsc -p tsconfig.json`, which includes test/) and never run: jest runs `*.test.ts` files only.
 * Each `@ts-expect-error` line must fail to compile; if one compiles, its directive is unused
 * and tsc reports that instead.
 */
import type { Api } from '../../src/domain/api';
import type { ApiResult, ComplianceData } from '../../src/domain/wire';
import type { FormErrors } from '../../src/client/shared/field';
import { call } from '../../src/client/shared/run';
import { type Draft, onSave, type SaveInput, type SaveName } from '../../src/client/shared/submit';
import type * as server from '../../src/server/index';
import type { Guarded } from '../../src/server/guard';

type Satisfies<T extends Constraint, Constraint> = T;
const period = { from: '2024-01-01', to: '2024-12-31' };

export async function pageCalls(): Promise<void> {
  // A known function with its argument compiles, and its reply is typed.
  const reply = await call('apiComputeCompliance', period);
  if (reply.ok) reply.data satisfies ComplianceData;
  // A function that takes no argument is called without one.
  await call('menuValidate');

  // @ts-expect-error an unknown (misspelled) function name
  await call('apiComputeComplience', period);
  // @ts-expect-error a wrong argument: `to` is missing
  await call('apiComputeCompliance', { from: '2024-01-01' });
  // @ts-expect-error a wrong argument: a number where the day is text
  await call('apiPreviewNotice', { from: 20240101, to: '2024-12-31' });
  // @ts-expect-error no argument where one is needed
  await call('apiListResidents');
  // @ts-expect-error an argument where none is taken
  await call('apiValidateWorkbook', period);
  // @ts-expect-error the reply is not what the page expects
  (await call('apiSaveRecord', { requestId: 'r', sheet: 'teams', record: {} })) satisfies ApiResult<ComplianceData>;
}

export function pageSaves(form: HTMLFormElement, button: HTMLButtonElement, errors: FormErrors): SaveName {
  const draft: Draft<SaveInput<'apiSaveCommitments'>> = {
    year: null,
    type: '*',
    signedOn: '2024-01-02',
    householdIds: [],
    signer: '',
  };
  // A save function, a draft of its input, and `done` typed from the map.
  onSave({
    form,
    button,
    errors,
    fn: 'apiSaveCommitments',
    collect: () => draft,
    validate: () => [],
    done: (data, input) => {
      data.alreadySigned satisfies { householdId: string; type: string }[];
      input.year satisfies number;
    },
  });
  // @ts-expect-error not a save function (its argument has no request id)
  const notASave: SaveName = 'apiComputeCompliance';
  onSave({
    form,
    button,
    errors,
    fn: 'apiSaveCommitments',
    // @ts-expect-error the form's input misses `householdIds`
    collect: () => ({ year: 2024, type: '*', signedOn: '2024-01-02', signer: '' }),
    validate: () => [],
    done: () => {},
  });
  return notASave;
}

// The server side: src/server/index.ts checks `typeof server` against the map; a server function
// whose reply drifts from the map, or that is missing, fails the same check.
type Drifted = Omit<typeof server, 'apiSavePatrol'> & {
  apiSavePatrol(input?: unknown): ApiResult<{ id: number }>;
};
// @ts-expect-error the reply of apiSavePatrol differs from the map
export type DriftedServer = Satisfies<Drifted, Api>;
// @ts-expect-error apiPreviewNotice is missing
export type MissingFunction = Satisfies<Omit<typeof server, 'apiPreviewNotice'>, Api>;
export type RealServer = Satisfies<typeof server, Api>;
// Every function of the map is exported through guardAll (src/server/guard.ts): one exported as it is fails.
type Unguarded = Omit<typeof server, 'apiListResidents'> & { apiListResidents: Api['apiListResidents'] };
// @ts-expect-error apiListResidents is not guarded
export type UnguardedServer = Satisfies<Pick<Unguarded, keyof Api>, Record<keyof Api, Guarded>>;
export type GuardedServer = Satisfies<Pick<typeof server, keyof Api>, Record<keyof Api, Guarded>>;
