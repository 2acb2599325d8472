/**
 * The per-household summary of signed commitments (`SignedSummary`, SPEC §6): made by the server
 * (`summariseSigned`, src/server/save/signed.ts), read back by the forms. Imports nothing at run time: the pages
 * stay small.
 */
import type { SignedSummary } from './wire';

/** An empty summary (no household listed, no count). */
export const noneSigned = (): SignedSummary => ({ years: [], types: [], households: {}, counts: {} });

/** Whether bit `i` of `mask` is set (arithmetic: more than 31 types stay right). */
const bit = (mask: number, i: number) => Math.floor(mask / 2 ** i) % 2 === 1;

/** The types household `id` signed in `year` (empty when the summary does not know the year). */
export function signedTypes(s: SignedSummary, id: string, year: string): string[] {
  const y = s.years.indexOf(year);
  const mask = y < 0 ? 0 : (s.households[id]?.[y] ?? 0);
  return s.types.filter((_, i) => bit(mask, i));
}

/** `households[id]` for `types` signed in each of `years`: one mask per year. */
export function signedMasks(types: readonly string[], years: readonly string[], signed: (year: string) => Set<string>) {
  return years.map((y) => types.reduce((m, type, i) => (signed(y).has(type) ? m + 2 ** i : m), 0));
}
