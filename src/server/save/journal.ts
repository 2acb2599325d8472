/**
 * `Nhật ký`: one row per save — time, user, action, sheet, record ids, summary. Header
 * found by text (one read of row 1), row added with one `appendRow`; the sheet's text
 * columns are formatted `@` by set-up, so nothing in it becomes a formula.
 */
import { encodeRow, mapHeaders } from '../../domain/codec';
import { idsText } from '../../domain/ids';
import { sheetDef } from '../../domain/sheets';
import { assertColumns, readValues, requireSheet } from '../repo';
import { countersNeedJournal } from './counter';
import type { SaveSession } from './session';

export interface JournalEntry {
  action: string;
  sheets: string[];
  recordIds: string[];
  summary: string;
}

/** Reads the header now (so a broken `Nhật ký` stops the save before anything is written) and returns the writer. */
export function prepareJournal(s: SaveSession): (entry: JournalEntry) => void {
  const def = sheetDef('log');
  const sheet = requireSheet(def, s.ss);
  // The whole sheet when the id counters need its ids (once per spreadsheet), else the header alone: one read.
  if (countersNeedJournal(s)) s.journalValues = readValues(sheet);
  const header = mapHeaders(def, s.journalValues ? (s.journalValues[0] ?? []) : sheet.getRange('1:1').getValues()[0]);
  assertColumns(def, header);
  return (entry) => {
    const rec = {
      at: '',
      user: s.user(),
      action: entry.action,
      sheet: entry.sheets.join(', '),
      recordIds: [idsText(entry.recordIds)],
      summary: entry.summary,
    };
    const { values } = encodeRow(def, header, rec, s.clock);
    values[header.index.at] = s.clock.now();
    sheet.appendRow(values);
  };
}
