/**
 * Idempotent saves: a repeated `requestId` returns the first call's data and writes
 * nothing. The sheets are the source of truth (each save looks for its request id in the
 * `Mã yêu cầu` column of the sheet it writes, which it reads anyway); the document cache
 * answers a repeat without touching the spreadsheet. Sheets without that column (the
 * registry forms) keep their recent results in a small ring in the document properties.
 */
import { gas } from '../gas';

const CACHE_PREFIX = 'antt:save:';
/** Six hours, the longest Apps Script keeps a cache entry. */
const CACHE_SECONDS = 21600;
const RING_KEY = 'antt.recentSaves';
const RING_SIZE = 100;

const cacheKey = (api: string, requestId: string) => `${CACHE_PREFIX}${api}:${requestId}`;

/** The data cached for this request, if any. A cache that fails is only slower, never wrong. */
export function recall<D>(api: string, requestId: string): D | undefined {
  try {
    const v = gas.documentCache()?.get(cacheKey(api, requestId));
    return v ? (JSON.parse(v) as { data: D }).data : undefined;
  } catch {
    return undefined;
  }
}

export function remember(api: string, requestId: string, data: unknown): void {
  try {
    gas.documentCache()?.put(cacheKey(api, requestId), JSON.stringify({ data }), CACHE_SECONDS);
  } catch {
    // Too large for the cache (e.g. thousands of commitment ids): the sheet still answers.
  }
}

interface RingEntry {
  k: string;
  d: unknown;
}

function ring(): RingEntry[] {
  try {
    const v = gas.documentProperties().getProperty(RING_KEY);
    return v ? (JSON.parse(v) as RingEntry[]) : [];
  } catch {
    return [];
  }
}

/** The result of a recent save of `api` with this request id (caller holds the lock). */
export function recallRecent<D>(api: string, requestId: string): D | undefined {
  const k = `${api}:${requestId}`;
  return ring().find((e) => e.k === k)?.d as D | undefined;
}

/** Remembers a save's result among the last `RING_SIZE` (caller holds the lock). */
export function rememberRecent(api: string, requestId: string, data: unknown): void {
  const entries = [{ k: `${api}:${requestId}`, d: data }, ...ring()].slice(0, RING_SIZE);
  gas.documentProperties().setProperty(RING_KEY, JSON.stringify(entries));
}
