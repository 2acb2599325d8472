/** Helpers of the save API tests: the sample village loaded, rows read back with the domain codec, write counts. */
import { callAsScriptRun } from '../../local/bundle';
import { intlClock } from '../../src/domain/clock';
import { readRecords } from '../../src/domain/codec';
import type { NormalRecord } from '../../src/domain/fields';
import { parseListsValues } from '../../src/domain/listsValues';
import { sheetDef, type SheetKey } from '../../src/domain/sheets';
import { loaded, type Loaded } from './env';

export const TZ = 'Asia/Ho_Chi_Minh';
export const clock = intlClock(TZ);

export type SaveResult<D = Record<string, unknown>> =
  | { ok: true; data: D }
  | { ok: false; errors: { field: string; message: string }[] };

/** A set-up workbook with the Pác Khuông sample (today is 2023-06-20 in the emulator), counter reset. */
export function village(): Loaded & { call<D = Record<string, unknown>>(fn: string, input: unknown): SaveResult<D> } {
  const l = loaded();
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  l.env.counter.reset();
  return { ...l, call: <D>(fn: string, input: unknown) => callAsScriptRun(l.bundle, fn, [input]) as SaveResult<D> };
}

/** The raw cells of a sheet (uncounted). */
export function cells(env: Loaded['env'], key: SheetKey): unknown[][] {
  return env.counter.quiet(() => env.spreadsheet.getSheetByName(sheetDef(key).name)!.getDataRange().getValues());
}

/** Every record of a sheet through the same row codec the add-on reads with (the workbook's `Danh mục`). */
export function records<T = NormalRecord>(env: Loaded['env'], key: SheetKey) {
  return readRecords<T>(sheetDef(key), cells(env, key), { clock, lists: parseListsValues(cells(env, 'lists')) });
}

/** The record with this id, and its raw row. */
export function byId<T = NormalRecord>(env: Loaded['env'], key: SheetKey, id: string): { record: T; raw: unknown[] } {
  const read = records<T>(env, key);
  const found = read.rows.find((r) => (r.record as unknown as { id: string }).id === id);
  if (!found) throw new Error(`${id} not found in ${key}: ${JSON.stringify(read.issues.slice(0, 3))}`);
  return { record: found.record, raw: cells(env, key)[found.row - 1] };
}

export const writes = (env: Loaded['env']) => env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
export const spreadsheetCalls = (env: Loaded['env']) => env.counter.count({ service: 'SpreadsheetApp' });
export const rowCount = (env: Loaded['env'], key: SheetKey) => cells(env, key).length;

export const isDateCell = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A request id as the sidebar makes them. */
let seq = 0;
export const rid = (tag = 'req') => `${tag}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

/** An `apiSavePatrol` input of team T1 (one member, two people, no reminder) with `over` on top. */
export const patrolInput = (over: Record<string, unknown> = {}) => ({
  requestId: rid('patrol'),
  date: '2023-06-15',
  start: '20:00',
  end: '22:00',
  teamId: 'T1',
  memberIds: ['TV-0001'],
  participants: 2,
  withPolice: false,
  result: '',
  ...over,
});
