/**
 * Recent answers of saves, in the document cache (six hours at most; it may forget sooner):
 * a repeat of a recent request gets its first answer with no lock and no read. Recognising a
 * repeat does not depend on it — `Nhật ký` and the `Mã yêu cầu` of every sheet do (`run.ts`).
 */
import { gas } from '../gas';

const CACHE_PREFIX = 'antt:save:';
/** Six hours, the longest Apps Script keeps a cache entry. */
const CACHE_SECONDS = 21600;

export interface Answered<D> {
  /** The journal action of the save the request id was used for. */
  action: string;
  data: D;
}

/** The answer cached for this request id, if any. A cache that fails is only slower, never wrong. */
export function recall<D>(requestId: string): Answered<D> | undefined {
  try {
    const v = gas.documentCache()?.get(CACHE_PREFIX + requestId);
    return v ? (JSON.parse(v) as Answered<D>) : undefined;
  } catch {
    return undefined;
  }
}

export function remember(requestId: string, action: string, data: unknown): void {
  try {
    gas.documentCache()?.put(CACHE_PREFIX + requestId, JSON.stringify({ action, data }), CACHE_SECONDS);
  } catch {
    // Too large for the cache (e.g. thousands of commitment ids): the sheets still answer.
  }
}
