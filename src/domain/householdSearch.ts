/**
 * Households found by what the user types (SPEC §6, `apiFindHouseholds`). Pure; the server's (its input schema
 * is built when the module loads: the pages import `signedSummary.ts` instead).
 */
import * as z from 'zod/mini';
import { t } from './i18n';
import { searchKey } from './list';
import type { Household } from './records';

/** Up to this many active households, `apiBootstrap` inlines them all (the pickers need no round trip). */
export const HOUSEHOLDS_INLINE_MAX = 1000;
export const FIND_LIMIT_DEFAULT = 20;
export const FIND_LIMIT_MAX = 100;

/** With `teamId` (a team's "Chọn cả tổ") or `all` ("Chọn tất cả"): up to this many, and by default all of them. */
export const FIND_TEAM_MAX = 20_000;

const limitError = (many: boolean) => t(many ? 'input.findTeamLimit' : 'input.findLimit');

export const findHouseholdsInput = z
  .object(
    {
      query: z.optional(
        z.string({ error: t('input.findQuery') }).check(z.maxLength(200, { error: t('input.findQuery') })),
      ),
      teamId: z.optional(
        z.string({ error: t('input.findTeam') }).check(z.maxLength(100, { error: t('input.findTeam') })),
      ),
      all: z.optional(z.boolean({ error: t('input.findFlag') })),
      limit: z.optional(z.number({ error: t('input.findLimit') })),
      inactive: z.optional(z.boolean({ error: t('input.findFlag') })),
      signed: z.optional(z.boolean({ error: t('input.findFlag') })),
      idsOnly: z.optional(z.boolean({ error: t('input.findFlag') })),
    },
    { error: t('input.notObject') },
  )
  .check(
    z.superRefine((x, c) => {
      const many = x.teamId !== undefined || x.all === true;
      if (x.query === undefined && !many)
        c.addIssue({ code: 'custom', path: ['query'], message: t('input.findQuery') });
      const max = many ? FIND_TEAM_MAX : FIND_LIMIT_MAX;
      if (x.limit !== undefined && !(Number.isInteger(x.limit) && x.limit >= 1 && x.limit <= max))
        c.addIssue({ code: 'custom', path: ['limit'], message: limitError(many) });
    }),
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

/**
 * A team's households (`teamId` '' = those of no team; undefined = every household), in sheet order, narrowed by
 * `query` when it is not blank (as `findHouseholds`); the first `limit` of them and how many in all.
 */
export function teamHouseholds<H extends Pick<Household, 'id' | 'head' | 'address' | 'teamId'>>(
  households: readonly H[],
  teamId: string | undefined,
  query: string | undefined,
  limit: number,
): { households: H[]; total: number } {
  const team = teamId === undefined ? households : households.filter((x) => (x.teamId ?? '').trim() === teamId.trim());
  if (query !== undefined && searchKey(query) !== '') return findHouseholds(team, query, limit);
  return { households: team.slice(0, limit), total: team.length };
}
