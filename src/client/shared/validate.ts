/** The shared input schemas (src/domain/inputs.ts) checked in the page, with the bootstrap data as context. */
import type * as z from 'zod/mini';
import { errorsOf, type InputContext } from '../../domain/inputs';
import type { BootData } from './bootstrap';
import type { FieldError } from './field';

export function inputContext(d: BootData): InputContext {
  // Households not inlined (`householdSearch`) are checked by the server alone.
  const households = d.householdSearch ? undefined : d.households;
  return { lists: d.lists, teams: d.teams, members: d.members, households, today: d.today };
}

/** The schema's errors for `input` (`[]` when it is valid). */
export function check(schema: z.ZodMiniType, input: unknown): FieldError[] {
  const r = schema.safeParse(input);
  return r.success ? [] : errorsOf(r.error);
}
