/**
 * The rows of the record sheets as last read, kept in the document cache (six hours): a hint for planning reads —
 * a save reads a sheet known to be small whole without asking its last row (`save/session.ts`), the figures read
 * their columns with one open-ended range each without the sheet's handle or last row (`workbook.ts`). A hint never
 * decides what is read as data: a wrong one costs time. Only for the spreadsheet the script is bound to (the
 * commune's reads of villages do not use it: the cache is the commune's).
 */
import { gas } from './gas';

export const SIZES_KEY = 'antt:sizes';
/** Six hours, the longest Apps Script keeps a cache entry. */
export const SIZES_SECONDS = 21600;

export type Sizes = Record<string, number>;

/** The sizes of their cache text (`{}` when none or unreadable). */
export function parseSizes(text: string | null | undefined): Sizes {
  try {
    const v = text ? (JSON.parse(text) as unknown) : {};
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Sizes) : {};
  } catch {
    return {};
  }
}

/** The sizes kept (one cache call; `{}` when the cache fails). */
export function readSizes(): Sizes {
  try {
    return parseSizes(gas.documentCache()?.get(SIZES_KEY));
  } catch {
    return {};
  }
}

/** Keeps the sizes (one cache call; a cache that fails is only slower next time). */
export function keepSizes(sizes: Sizes): void {
  try {
    gas.documentCache()?.put(SIZES_KEY, JSON.stringify(sizes), SIZES_SECONDS);
  } catch {
    // Only slower next time.
  }
}
