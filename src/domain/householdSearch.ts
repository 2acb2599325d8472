/**
 * Households found by what the user types (SPEC §6, `apiFindHouseholds`), and the per-household summary of
 * signed commitments (`SignedSummary`) read back by the forms. Pure: the server finds, the pages decode.
 */
import * as z from 'zod/mini';
import { t } from './i18n';
import { searchKey } from './list';
import type { Household } from './records';
import type { SignedSummary } from './wire';

/** Up to this many active households, `apiBootstrap` inlines them all (the pickers need no round trip). */
export const HOUSEHOLDS_INLINE_MAX = 1000;
export const FIND_LIMIT_DEFAULT = 20;
export const FIND_LIMIT_MAX = 100;

export const findHouseholdsInput = z.object(
  {
    query: z.string({ error: t('input.findQuery') }).check(z.maxLength(200, { error: t('input.findQuery') })),
    limit: z.optional(
      z
        .int({ error: t('input.findLimit') })
        .check(z.gte(1, { error: t('input.findLimit') }), z.lte(FIND_LIMIT_MAX, { error: t('input.findLimit') })),
    ),
    inactive: z.optional(z.boolean({ error: t('input.findFlag') })),
    signed: z.optional(z.boolean({ error: t('input.findFlag') })),
  },
  { error: t('input.notObject') },
);

/** The text a household is found by: its id, its head's name and its address, without accents. */
export const householdKey = (x: Pick<Household, 'id' | 'head' | 'address'>): string =>
  searchKey(`${x.id} ${x.head ?? ''} ${x.address ?? ''}`);

/**
 * The households every word of `query` occurs in (id, head, address; accents, case and spacing ignored: "nguyen van"
 * finds "Nguyễn Văn"), the id typed exactly first, then ids it begins, then the others in sheet order; the first
 * `limit` of them and how many match in all. A blank query finds nothing.
 */
export function findHouseholds<H extends Pick<Household, 'id' | 'head' | 'address'>>(
  households: readonly H[],
  query: string,
  limit: number,
): { households: H[]; total: number } {
  const q = searchKey(query);
  if (q === '') return { households: [], total: 0 };
  const words = q.split(' ');
  const exact: H[] = [];
  const prefix: H[] = [];
  const other: H[] = [];
  for (const x of households) {
    const key = householdKey(x);
    if (!words.every((w) => key.includes(w))) continue;
    const id = searchKey(x.id);
    (id === q ? exact : id.startsWith(q) ? prefix : other).push(x);
  }
  const all = [...exact, ...prefix, ...other];
  return { households: all.slice(0, limit), total: all.length };
}

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
