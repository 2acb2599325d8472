/**
 * Ids are never given twice (SPEC §6): the highest number issued for each sheet is kept in
 * the document properties (`antt.lastIds`, `{ patrols: 42, … }`), read and raised under the
 * document lock by every save and delete. It is reconciled with what the sheets hold (a
 * larger id typed by hand, or set by the data check, counts) and, when the property has no
 * number for a sheet yet (first save after an update, or the property was lost), with the
 * ids of `Nhật ký` — so a row deleted by hand, whose id was issued by the add-on, is not
 * given its id again.
 */
import { highestId, idsAfter, idsInLogText } from '../../domain/ids';
import { mapHeaders } from '../../domain/codec';
import { sheetDef, type SheetKey } from '../../domain/sheets';
import { RECORD_KEYS } from '../../domain/workbook';
import { gas } from '../gas';
import { type SaveSession, type Table, texts } from './session';

export const COUNTER_KEY = 'antt.lastIds';

type Counters = Record<string, number>;

/** The counters as stored in the document properties (`{}` when none or unreadable). */
export function readCounters(): Counters {
  try {
    return parseCounters(gas.documentProperties().getProperty(COUNTER_KEY));
  } catch {
    return {};
  }
}

/** The counters of the property's text (`{}` when none or unreadable). */
export function parseCounters(v: string | null | undefined): Counters {
  try {
    const parsed = v ? (JSON.parse(v) as unknown) : {};
    return parsed && typeof parsed === 'object' ? { ...(parsed as Counters) } : {};
  } catch {
    return {};
  }
}

export function storeCounters(c: Counters): void {
  gas.documentProperties().setProperty(COUNTER_KEY, JSON.stringify(c));
}

/** The stored counters (read once per save). */
function stored(s: SaveSession): Counters {
  if (!s.counters) s.counters = readCounters();
  return s.counters;
}

/** Whether a record sheet has no stored counter yet (its ids must then be looked for in `Nhật ký`). */
export function countersNeedJournal(s: SaveSession): boolean {
  const c = stored(s);
  return RECORD_KEYS.some((k) => typeof c[k] !== 'number');
}

/** The highest id of every record sheet named in `Nhật ký` (its record ids, read with the journal). */
function fromJournal(s: SaveSession): Counters {
  if (!s.journalValues) s.journal();
  return journalCounters(s.journalValues ?? []);
}

/** The highest id of every record sheet named in the cells of `Nhật ký` (header row first). */
export function journalCounters(values: readonly (readonly unknown[])[]): Counters {
  const def = sheetDef('log');
  const out: Counters = {};
  for (const key of RECORD_KEYS) out[key] = 0;
  const col = mapHeaders(def, values[0] ?? []).index.recordIds;
  if (col === undefined) return out;
  const ids: string[] = [];
  for (let r = 1; r < values.length; r++) ids.push(...idsInLogText(String(values[r][col] ?? '')));
  for (const key of RECORD_KEYS) out[key] = highestId(sheetDef(key), ids);
  return out;
}

/** The counters, with every record sheet's number (from `Nhật ký` for those not stored yet). */
function counters(s: SaveSession): Counters {
  const c = stored(s);
  if (countersNeedJournal(s)) {
    const journal = fromJournal(s);
    for (const k of RECORD_KEYS) if (typeof c[k] !== 'number') c[k] = journal[k];
  }
  return c;
}

/** The highest id number of a table as read (once per table: a save issuing ids for two sheets asks four times). */
const highest = new WeakMap<Table, number>();
function highestOf(table: Table): number {
  let n = highest.get(table);
  if (n === undefined) highest.set(table, (n = highestId(table.def, texts(table, 'id'))));
  return n;
}

/**
 * Raises the counters to the highest id of each table (before its rows are deleted); they are
 * stored with the save's plan (`plan.ts`), before anything is written (caller holds the lock).
 */
export function raiseCounters(s: SaveSession, tables: readonly Table[]): void {
  const c = counters(s);
  for (const table of tables) c[table.key] = Math.max(c[table.key] ?? 0, highestOf(table));
}

/**
 * `n` new ids for the table: after the highest ever issued and the highest in the sheet. Its
 * counter is raised (stored with the save's plan, before anything is written), and so is that
 * of every other record sheet the save has read (no extra read: a row deleted by hand later is
 * then known to have existed).
 */
export function issueIds(s: SaveSession, table: Table, n: number): string[] {
  if (n === 0) return [];
  const c = counters(s);
  const key = table.key as SheetKey;
  const ids = idsAfter(table.def, Math.max(c[key] ?? 0, highestOf(table)), n);
  for (const read of s.tablesRead())
    if (read.def.id && read.def.record) c[read.key] = Math.max(c[read.key] ?? 0, highestOf(read));
  c[key] = Math.max(c[key] ?? 0, highestId(table.def, ids));
  return ids;
}
