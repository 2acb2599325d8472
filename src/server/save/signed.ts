/**
 * For the commitments form: which households signed which type, for this year and the
 * previous one (`{ [year]: { [type]: householdId[] } }`) — a `Đã ký` row, the same rule by
 * which `apiSaveCommitments` reports a household as already signed (a later `Vi phạm` row
 * voids the commitment for the figures, but the household did sign). One read of `Cam kết`.
 */
import type { Clock } from '../../domain/clock';
import { decodeCell, mapHeaders } from '../../domain/codec';
import { COMMITMENT_STATUS } from '../../domain/lists';
import { sheetDef } from '../../domain/sheets';
import { readValues } from '../repo';
import type { SignedByYear } from '../../domain/wire';

export type { SignedByYear };

export function readSigned(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: Clock, today: string): SignedByYear {
  const def = sheetDef('commitments');
  const sheet = ss.getSheetByName(def.name);
  return sheet ? signedFromValues(readValues(sheet), clock, Number(today.slice(0, 4)) - 1) : {};
}

export function signedFromValues(
  values: readonly (readonly unknown[])[],
  clock: Clock,
  fromYear: number,
): SignedByYear {
  const def = sheetDef('commitments');
  const header = mapHeaders(def, values[0] ?? []);
  const at = header.index;
  if ([at.householdId, at.type, at.year, at.status].some((i) => i === undefined)) return {};
  const yearCol = def.columns.find((c) => c.field === 'year')!;
  const signed = new Map<string, Map<string, Set<string>>>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const y = decodeCell(yearCol, row[at.year], clock);
    if (!('value' in y) || typeof y.value !== 'number' || y.value < fromYear) continue;
    const year = String(y.value);
    const household = String(row[at.householdId] ?? '').trim();
    const type = String(row[at.type] ?? '').trim();
    const status = String(row[at.status] ?? '').trim();
    if (!household || !type) continue;
    if (status !== COMMITMENT_STATUS[0]) continue;
    let byType = signed.get(year);
    if (!byType) signed.set(year, (byType = new Map()));
    let set = byType.get(type);
    if (!set) byType.set(type, (set = new Set()));
    set.add(household);
  }
  const out: SignedByYear = {};
  for (const [year, byType] of signed) {
    out[year] = {};
    for (const [type, set] of byType) out[year][type] = [...set];
  }
  return out;
}
