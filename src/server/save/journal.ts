/**
 * `Nhật ký`: one row per save — time, user, action, sheet, record ids, summary, request id.
 * The journal line is the last write of a save (`plan.ts`), so a request id found here is a
 * save done: its action tells what the request id was used for (a request id reused for
 * another kind of save is refused), its record ids what it wrote. Header found by text (one
 * read of row 1), the request ids read as one column; the row is added with one `appendRow`;
 * the sheet's text columns are formatted `@` by set-up, so nothing in it becomes a formula.
 */
import { encodeRow, type HeaderMap, mapHeaders } from '../../domain/codec';
import { idsInLogText, idsText } from '../../domain/ids';
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

/** A journal line found by its request id. */
export interface Logged {
  action: string;
  sheets: string[];
  recordIds: string[];
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

export class Journal {
  private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  private readonly header: HeaderMap;
  /** Request id → sheet row, once the column was read. */
  private requests?: Map<string, number>;

  /** Reads the header now, so a broken `Nhật ký` stops the save before anything is written. */
  constructor(private readonly s: SaveSession) {
    const def = sheetDef('log');
    this.sheet = requireSheet(def, s.ss);
    // The whole sheet when the id counters need its ids (once per spreadsheet), else the header alone: one read.
    if (countersNeedJournal(s)) s.journalValues = readValues(this.sheet);
    this.header = mapHeaders(
      def,
      s.journalValues ? (s.journalValues[0] ?? []) : this.sheet.getRange('1:1').getValues()[0],
    );
    assertColumns(def, this.header);
  }

  private requestRows(): Map<string, number> {
    if (this.requests) return this.requests;
    const col = this.header.index.requestId;
    const map = new Map<string, number>();
    let column: unknown[];
    if (this.s.journalValues) column = this.s.journalValues.slice(1).map((r) => r[col]);
    else {
      const last = this.sheet.getLastRow();
      column =
        last < 2
          ? []
          : this.sheet
              .getRange(2, col + 1, last - 1, 1)
              .getValues()
              .map((r) => r[0]);
    }
    column.forEach((v, i) => {
      const id = str(v);
      if (id !== '' && !map.has(id)) map.set(id, i + 2);
    });
    return (this.requests = map);
  }

  /** The line of this request id, if a save with it was done (one read of its row). */
  find(requestId: string): Logged | null {
    const row = this.requestRows().get(requestId);
    if (row === undefined) return null;
    const cells = this.s.journalValues
      ? this.s.journalValues[row - 1]
      : this.sheet.getRange(row, 1, 1, this.sheet.getLastColumn()).getValues()[0];
    const at = (f: string) => str(cells[this.header.index[f]]);
    return {
      action: at('action'),
      sheets: at('sheet')
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
      recordIds: idsInLogText(at('recordIds')),
    };
  }

  /** Adds the line of a save (one `appendRow`). */
  write(entry: JournalEntry, requestId: string): void {
    const def = sheetDef('log');
    const rec = {
      at: '',
      user: this.s.user(),
      action: entry.action,
      sheet: entry.sheets.join(', '),
      recordIds: [idsText(entry.recordIds)],
      summary: entry.summary,
      requestId,
    };
    const { values } = encodeRow(def, this.header, rec, this.s.clock);
    values[this.header.index.at] = this.s.clock.now();
    this.sheet.appendRow(values);
  }
}
