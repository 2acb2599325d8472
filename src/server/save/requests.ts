/**
 * Recent answers of saves, in the document cache (six hours at most; it may forget sooner):
 * a repeat of a recent request gets its first answer with no lock and no read. Recognising a
 * repeat does not depend on it — `Nhật ký` and the `Mã yêu cầu` of every sheet do (`run.ts`).
 * The same cache call brings what the last save learnt and the next one may use as hints: the rows of the sheets
 * it read (a sheet known to be small is read whole without asking its last row: `SaveSession.table`) and the
 * owner's email (`protect.ts`). A hint that is wrong only costs time.
 */
import { gas } from '../gas';
import { OWNER_KEY } from '../protect';
import { keepSizes, parseSizes, SIZES_KEY, SIZES_SECONDS } from '../sizes';

const CACHE_PREFIX = 'antt:save:';
/** Six hours, the longest Apps Script keeps a cache entry. */
const CACHE_SECONDS = SIZES_SECONDS;

export interface Answered<D> {
  /** The journal action of the save the request id was used for. */
  action: string;
  data: D;
}

export interface Hints {
  /** Rows (header included) of sheets by name, as the last save read them. */
  sizes: Record<string, number>;
  /** The owner's email, when kept (`cachedOwnerEmail`). */
  owner?: string;
}

/** The answer cached for this request id, if any, and the hints: one cache call. A cache that fails is only slower. */
export function recall<D>(requestId: string): { known?: Answered<D>; hints: Hints } {
  try {
    const got = gas.documentCache()?.getAll([CACHE_PREFIX + requestId, SIZES_KEY, OWNER_KEY]) ?? {};
    const answer = got[CACHE_PREFIX + requestId];
    const sizes = parseSizes(got[SIZES_KEY]);
    const owner = got[OWNER_KEY];
    return {
      known: answer ? (JSON.parse(answer) as Answered<D>) : undefined,
      hints: { sizes, ...(owner === undefined ? {} : { owner }) },
    };
  } catch {
    return { hints: { sizes: {} } };
  }
}

/** Keeps the answer of a save and the sizes of the sheets it read: one cache call. */
export function remember(requestId: string, action: string, data: unknown, sizes: Record<string, number>): void {
  const cache = gas.documentCache();
  try {
    cache?.putAll(
      { [CACHE_PREFIX + requestId]: JSON.stringify({ action, data }), [SIZES_KEY]: JSON.stringify(sizes) },
      CACHE_SECONDS,
    );
  } catch {
    // Too large for the cache (e.g. thousands of commitment ids): the sheets still answer; the sizes alone.
    keepSizes(sizes);
  }
}
