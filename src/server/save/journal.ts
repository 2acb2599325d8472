/**
 * `Nhật ký`: one row per save — time, user, action, sheet, record ids, summary, request id.
 * The journal line is the last write of a save (`plan.ts`), so a request id found here is a
 * save done: its action tells what the request id was used for (a request id reused for
 * another kind of save is refused), its record ids what it wrote. Read as the save's other sheets are
 * (`SaveSession.target`): whole while it is small, else its header row and its request-id column (and its record
 * ids when the id counters need them); the row is added with one `appendRow`; the sheet's text columns are
 * formatted `@` by set-up, so nothing in it becomes a formula.
 */
import { encodeRow } from '../../domain/codec';
import { idsInLogText, idsText } from '../../domain/ids';
import { sheetDef } from '../../domain/sheets';
import { assertColumns } from '../repo';
import { countersNeedJournal } from './counter';
import { rowCells, type SaveSession, type Table, texts } from './session';

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
  private readonly table: Table;
  /** Request id → data-row index (as in `cells`), once the column was read. */
  private requests?: Map<string, number>;

  /** Reads the sheet now, so a broken `Nhật ký` stops the save before anything is written. */
  constructor(private readonly s: SaveSession) {
    // Its record ids too when the id counters need them (once per spreadsheet): one read.
    const needIds = countersNeedJournal(s);
    this.table = s.target('log', needIds ? ['requestId', 'recordIds'] : ['requestId']);
    assertColumns(this.table.def, this.table.header);
    if (needIds) s.journalValues = this.table.values;
  }

  private requestRows(): Map<string, number> {
    if (this.requests) return this.requests;
    const map = new Map<string, number>();
    texts(this.table, 'requestId').forEach((id, i) => {
      if (id !== '' && !map.has(id)) map.set(id, i);
    });
    return (this.requests = map);
  }

  /** The line of this request id, if a save with it was done (one read of its row unless read whole). */
  find(requestId: string): Logged | null {
    const index = this.requestRows().get(requestId);
    if (index === undefined) return null;
    const cells = rowCells(this.table, index);
    const at = (f: string) => str(cells[this.table.header.index[f]]);
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
    const { values } = encodeRow(def, this.table.header, rec, this.s.clock);
    values[this.table.header.index.at] = this.s.clock.now();
    this.table.sheet.appendRow(values);
  }
}
