/**
 * The selected sheet as an HTML table: column letters and row numbers, frozen rows and
 * columns kept in view, checkboxes, dropdown markers, the embedded charts drawn over the
 * cells at their anchor; rows arrive in pages of 500 ("Xem thêm").
 *
 * Editable like a sheet: click or drag to select (Shift extends, a row number selects the
 * row), type or double-click (F2, Enter) to edit, Enter/Tab commit and move, Escape cancels,
 * Delete clears the selection, Ctrl+V pastes a tab-separated block, Ctrl+C copies, a right
 * click offers "Xoá hàng". Blank rows below the data can be typed into. Each edit goes to
 * the server as typed text (see `EditRequest`); the page redraws from the server's answer.
 */
import type { CellView, EditOp, EditRequest, SheetSlice } from '../protocol';
import { drawChart } from './charts';
import { columnLetter, count, h } from './dom';

const ROW_HEAD_WIDTH = 46;
const DEFAULT_COLUMN_WIDTH = 100;
/** An empty sheet is drawn as a blank grid of this size, as Sheets shows a new sheet. */
const BLANK = { rows: 30, cols: 12 };
/** Blank rows drawn below the data, to type new rows into. */
const EXTRA_ROWS = 50;

interface Cell {
  r: number;
  c: number;
}

export interface TableParts {
  scroll: HTMLElement;
  table: HTMLTableElement;
  footer: HTMLElement;
}

export interface TableEvents {
  more(): void;
  select(ref: string, text: string): void;
  /** An edit to send to the server (the sheet is the one shown). */
  edit(req: EditRequest): void;
}

/** Splits a tab-separated block as spreadsheets copy it (quoted cells may hold tabs, newlines and `""`). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  while (i <= body.length) {
    if (cell === '' && body[i] === '"') {
      const quoted = /^"((?:[^"]|"")*)"(?=[\t\n]|$)/.exec(body.slice(i));
      if (quoted) {
        cell = quoted[1].replace(/""/g, '"');
        i += quoted[0].length;
        if (i < body.length && body[i] !== '\t' && body[i] !== '\n') continue;
      }
    }
    const ch = body[i];
    if (ch === undefined || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
      if (ch === undefined) break;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      i++;
    } else {
      cell += ch;
      i++;
    }
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/** A block as tab-separated text (cells with tabs, newlines or quotes quoted). */
export function toTsv(rows: string[][]): string {
  const q = (t: string) => (/[\t\n"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  return rows.map((r) => r.map(q).join('\t')).join('\n');
}

function cellElement(cell: CellView): HTMLTableCellElement {
  const cls = [
    cell.a === 'n' ? 'num' : cell.a === 'b' ? 'bool' : '',
    cell.list ? 'list' : '',
    cell.check !== undefined ? 'check' : '',
    cell.bad ? 'bad' : '',
    cell.bold ? 'bold' : '',
    cell.italic ? 'italic' : '',
    cell.note ? 'has-note' : '',
  ].filter(Boolean);
  const td = h('td', { class: cls.join(' ') || undefined });
  if (cell.check !== undefined) {
    // Read-only but drawn as a normal checkbox (a disabled one is too faint to read).
    const box = h('input', { type: 'checkbox', tabindex: -1, 'aria-readonly': 'true' });
    box.checked = cell.check;
    box.addEventListener('click', (ev) => ev.preventDefault()); // the table toggles it through the server
    td.append(box);
  } else {
    td.textContent = cell.t;
    if (cell.t.length > 12) td.title = cell.t;
  }
  if (cell.bad) td.title = `Giá trị không hợp lệ theo quy tắc xác thực: ${cell.t}`;
  if (cell.note) td.title = `${td.title ? td.title + '\n' : ''}Ghi chú: ${cell.note}`;
  if (cell.bg) td.style.backgroundColor = cell.bg;
  if (cell.color) td.style.color = cell.color;
  if (cell.e !== undefined) td.dataset.edit = cell.e;
  return td;
}

export class SheetTable {
  private slice: SheetSlice | null = null;
  private rows = 0;
  private body: HTMLTableSectionElement | null = null;
  private charts: HTMLElement | null = null;
  private cols = 0;
  /** The selection: from `anchor` to `active` (1-based); `rowsOnly` when row numbers were picked. */
  private anchor: Cell | null = null;
  private active: Cell | null = null;
  private rowsOnly = false;
  private dragging = false;
  private moving = false;
  private editor: { cell: Cell; input: HTMLInputElement; typed: boolean; start: string } | null = null;
  private menu: HTMLElement | null = null;
  /** Dropdown options of the cells drawn (`td.dataset.o` indexes them), and of the blank rows' columns. */
  private lists: string[][] = [];
  private blankLists: (number | null)[] = [];

  constructor(
    private readonly parts: TableParts,
    private readonly events: TableEvents,
  ) {
    const { scroll, table } = parts;
    scroll.tabIndex = 0;
    scroll.setAttribute('aria-label', 'Ô của trang tính: gõ để nhập, Enter để sửa, Delete để xoá');
    table.addEventListener('mousedown', (ev) => this.pressed(ev));
    table.addEventListener('mouseover', (ev) => this.dragged(ev));
    document.addEventListener('mouseup', () => (this.dragging = false));
    table.addEventListener('click', (ev) => this.clicked(ev));
    table.addEventListener('dblclick', (ev) => this.doubleClicked(ev));
    table.addEventListener('contextmenu', (ev) => this.contextMenu(ev));
    scroll.addEventListener('keydown', (ev) => this.keyDown(ev));
    document.addEventListener('paste', (ev) => this.pasted(ev));
    document.addEventListener('copy', (ev) => this.copied(ev));
    document.addEventListener('mousedown', (ev) => {
      if (this.menu && !this.menu.contains(ev.target as Node)) this.closeMenu();
    });
  }

  get sheet(): string | null {
    return this.slice?.name ?? null;
  }

  /** Rows shown so far. */
  get loaded(): number {
    return this.rows;
  }

  /** Draws the sheet from its first slice; keeps the scroll position when it is the same sheet. */
  show(first: SheetSlice): void {
    const { scroll, table } = this.parts;
    const same = this.slice?.name === first.name;
    if (!same) {
      this.cancelEdit();
      this.anchor = this.active = null;
      this.rowsOnly = false;
    }
    this.closeMenu();
    this.lists = [];
    const top = scroll.scrollTop;
    const left = scroll.scrollLeft;
    this.slice = first;
    this.rows = 0;
    const blank = first.lastRow === 0 || first.lastCol === 0;
    const cols = blank ? Math.min(BLANK.cols, first.maxCols) : first.lastCol;
    this.cols = cols;
    const colgroup = h('colgroup', {}, h('col', { class: 'row-head-col' }));
    const head = h('tr', {}, h('th', { class: 'corner', scope: 'col' }));
    for (let c = 1; c <= cols; c++) {
      const col = h('col');
      col.style.width = `${first.colWidths[c - 1] ?? DEFAULT_COLUMN_WIDTH}px`;
      colgroup.append(col);
      head.append(
        h('th', { class: `col-head${c <= first.frozenCols ? ' frozen-col' : ''}`, scope: 'col' }, columnLetter(c)),
      );
    }
    (colgroup.firstChild as HTMLElement).style.width = `${ROW_HEAD_WIDTH}px`;
    this.body = h('tbody');
    table.replaceChildren(colgroup, h('thead', {}, head), this.body);
    table.dataset.sheet = first.name;
    const columnsWidth = Array.from({ length: cols }, (_, c) => first.colWidths[c] ?? DEFAULT_COLUMN_WIDTH).reduce(
      (a, b) => a + b,
      0,
    );
    table.style.width = `${ROW_HEAD_WIDTH + columnsWidth}px`;
    this.append(first);
    this.drawCharts(first);
    if (same) {
      scroll.scrollTop = top;
      scroll.scrollLeft = left;
    } else {
      scroll.scrollTop = 0;
      scroll.scrollLeft = 0;
    }
  }

  /** Adds the next slice's rows below the ones shown. */
  append(next: SheetSlice): void {
    if (!this.body || !this.slice || next.name !== this.slice.name || next.offset !== this.rows) return;
    this.slice = { ...next, rows: [] };
    const base = this.lists.length;
    this.lists.push(...next.lists);
    this.blankLists = next.blankLists.map((o) => (o === null ? null : base + o));
    const frag = document.createDocumentFragment();
    next.rows.forEach((cells, i) => {
      const r = next.offset + i;
      const frozen = r < next.frozenRows;
      const tr = h(
        'tr',
        {
          class: frozen ? `frozen-row${r === next.frozenRows - 1 ? ' frozen-edge' : ''}` : undefined,
          'data-row': r + 1,
        },
        h('th', { class: 'row-head', scope: 'row' }, String(r + 1)),
      );
      cells.forEach((cell, c) => {
        const td = cellElement(cell);
        if (cell.o !== undefined) td.dataset.o = String(base + cell.o);
        if (c < next.frozenCols) td.classList.add('frozen-col');
        if (c === next.frozenCols - 1) td.classList.add('frozen-col-edge');
        tr.append(td);
      });
      frag.append(tr);
    });
    this.body.append(frag);
    this.rows += next.rows.length;
    this.blankRows();
    this.freeze();
    this.renderFooter();
    this.paint();
    if (this.editor) this.placeEditor();
  }

  /** Once every row is shown: blank rows below the data (in a `tfoot`), to type new rows into. */
  private blankRows(): void {
    const { table } = this.parts;
    table.tFoot?.remove();
    const slice = this.slice;
    if (!slice || this.rows < slice.lastRow) return;
    const blank = slice.lastRow === 0 || slice.lastCol === 0;
    const from = blank ? 1 : slice.lastRow + 1;
    const to = Math.min(slice.maxRows, blank ? BLANK.rows : slice.lastRow + EXTRA_ROWS);
    if (to < from) return;
    const foot = h('tfoot');
    for (let r = from; r <= to; r++) {
      foot.append(
        h(
          'tr',
          { class: 'blank-row', 'data-row': r },
          h('th', { class: 'row-head', scope: 'row' }, String(r)),
          ...Array.from({ length: this.cols }, (_, c) => {
            const o = this.blankLists[c] ?? null;
            return o === null ? h('td') : h('td', { class: 'list', 'data-o': o });
          }),
        ),
      );
    }
    table.append(foot);
  }

  /** The sheet's charts over the grid, each at its anchor cell plus offset, as Sheets places them. */
  private drawCharts(slice: SheetSlice): void {
    this.charts?.remove();
    this.charts = null;
    if (!slice.charts.length) return;
    const layer = h('div', { class: 'chart-layer', 'data-sheet': slice.name });
    slice.charts.forEach((c, i) => {
      const box = h('div', { class: 'chart-box', 'data-chart': i, 'data-type': c.type });
      box.style.left = `${this.leftOf(c.anchorColumn, slice) + c.offsetX}px`;
      box.style.top = `${this.topOf(c.anchorRow) + c.offsetY}px`;
      box.style.width = `${c.width}px`;
      box.style.height = `${c.height}px`;
      box.append(drawChart(c));
      layer.append(box);
    });
    this.parts.scroll.append(layer);
    this.charts = layer;
  }

  private leftOf(column: number, slice: SheetSlice): number {
    let x = ROW_HEAD_WIDTH;
    for (let c = 1; c < column; c++) x += slice.colWidths[c - 1] ?? DEFAULT_COLUMN_WIDTH;
    return x;
  }

  /** Top of a row: measured when it is drawn, else extrapolated from the last row drawn. */
  private topOf(row: number): number {
    const table = this.parts.table;
    const tr = table.querySelector<HTMLElement>(`tbody tr[data-row="${row}"]`);
    if (tr) return tr.offsetTop;
    const rows = table.querySelectorAll<HTMLElement>('tbody tr');
    const last = rows[rows.length - 1];
    if (!last) return (table.tHead?.offsetHeight ?? 21) + (row - 1) * 21;
    const n = Number(last.dataset.row);
    return last.offsetTop + (row - n) * (last.offsetHeight || 21);
  }

  /** Frozen rows stick under the column letters; frozen columns stick beside the row numbers. */
  private freeze(): void {
    const { table } = this.parts;
    const slice = this.slice;
    if (!slice) return;
    const headHeight = table.tHead?.getBoundingClientRect().height ?? 0;
    let top = headHeight;
    table.querySelectorAll<HTMLTableRowElement>('tr.frozen-row').forEach((tr) => {
      for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
      top += tr.getBoundingClientRect().height;
    });
    if (slice.frozenCols > 0) {
      const lefts: number[] = [];
      let left = ROW_HEAD_WIDTH;
      for (let c = 0; c < slice.frozenCols; c++) {
        lefts.push(left);
        left += slice.colWidths[c] ?? 100;
      }
      table.querySelectorAll<HTMLTableRowElement>('tr').forEach((tr) => {
        for (let c = 0; c < slice.frozenCols && c + 1 < tr.cells.length; c++)
          tr.cells[c + 1].style.left = `${lefts[c]}px`;
      });
    }
  }

  private renderFooter(): void {
    const slice = this.slice;
    const { footer } = this.parts;
    if (!slice) return;
    const total = slice.lastRow;
    const parts: (Node | string)[] = [];
    if (total === 0) parts.push('Trang trống.');
    else if (this.rows >= total) parts.push(`${count(total)} dòng (gồm dòng tiêu đề).`);
    else {
      parts.push(`Đang hiện dòng 1–${count(this.rows)} trên ${count(total)} dòng. `);
      const more = h(
        'button',
        { type: 'button', id: 'more-rows' },
        `Xem thêm ${count(Math.min(500, total - this.rows))} dòng`,
      );
      more.addEventListener('click', () => {
        more.disabled = true;
        this.events.more();
      });
      parts.push(more);
    }
    if (slice.charts.length > 0)
      parts.push(h('span', { class: 'muted' }, ` · Trang có ${slice.charts.length} biểu đồ.`));
    footer.replaceChildren(...parts);
  }

  // ------------------------------------------------------------------------------ selection

  private cellOf(target: EventTarget | null): (Cell & { td: HTMLTableCellElement }) | null {
    const td = (target as HTMLElement | null)?.closest?.('td');
    const tr = td?.parentElement as HTMLTableRowElement | null;
    if (!td || !tr?.dataset.row || !this.parts.table.contains(td)) return null;
    return { r: Number(tr.dataset.row), c: td.cellIndex, td: td as HTMLTableCellElement };
  }

  private rowHeadOf(target: EventTarget | null): number | null {
    const th = (target as HTMLElement | null)?.closest?.('th.row-head');
    const row = (th?.parentElement as HTMLElement | null)?.dataset.row;
    return row ? Number(row) : null;
  }

  private td(cell: Cell): HTMLTableCellElement | null {
    const tr = this.parts.table.querySelector<HTMLTableRowElement>(`tr[data-row="${cell.r}"]`);
    return (tr?.cells[cell.c] as HTMLTableCellElement | undefined) ?? null;
  }

  private get lastRowShown(): number {
    const rows = this.parts.table.querySelectorAll<HTMLElement>('tr[data-row]');
    return rows.length ? Number(rows[rows.length - 1].dataset.row) : 0;
  }

  /** The selected block: first row, first column, rows, columns. */
  private block(): { r: number; c: number; rows: number; cols: number } | null {
    if (!this.anchor || !this.active) return null;
    const r = Math.min(this.anchor.r, this.active.r);
    const c = this.rowsOnly ? 1 : Math.min(this.anchor.c, this.active.c);
    const rows = Math.abs(this.anchor.r - this.active.r) + 1;
    const cols = this.rowsOnly ? this.cols : Math.abs(this.anchor.c - this.active.c) + 1;
    return { r, c, rows, cols };
  }

  private selectCell(cell: Cell, extend = false): void {
    const c = Math.max(1, Math.min(cell.c, this.cols));
    const r = Math.max(1, Math.min(cell.r, this.lastRowShown || 1));
    if (!extend || !this.anchor) {
      this.anchor = { r, c };
      this.rowsOnly = false;
    }
    this.active = { r, c };
    this.paint();
    this.td(this.active)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private selectRows(row: number, extend: boolean): void {
    if (!extend || !this.anchor || !this.rowsOnly) this.anchor = { r: row, c: 1 };
    this.active = { r: row, c: 1 };
    this.rowsOnly = true;
    this.paint();
  }

  /** Marks the selected cells and tells the page what the cell bar shows. */
  private paint(): void {
    const { table } = this.parts;
    table.querySelectorAll('.selected, .in-range').forEach((el) => el.classList.remove('selected', 'in-range'));
    const b = this.block();
    if (!b || !this.active) return;
    for (let r = b.r; r < b.r + b.rows; r++) {
      const tr = table.querySelector<HTMLTableRowElement>(`tr[data-row="${r}"]`);
      if (!tr) continue;
      if (this.rowsOnly) tr.cells[0]?.classList.add('in-range');
      for (let c = b.c; c < b.c + b.cols; c++) tr.cells[c]?.classList.add('in-range');
    }
    this.td(this.active)?.classList.add('selected');
    const first = `${columnLetter(b.c)}${b.r}`;
    const ref = this.rowsOnly
      ? b.rows === 1
        ? `${b.r}:${b.r}`
        : `${b.r}:${b.r + b.rows - 1}`
      : b.rows === 1 && b.cols === 1
        ? first
        : `${first}:${columnLetter(b.c + b.cols - 1)}${b.r + b.rows - 1}`;
    const ed = this.editor;
    const editing = ed && ed.cell.r === this.active.r && ed.cell.c === this.active.c;
    this.events.select(ref, editing ? ed.input.value : this.editTextOf(this.active));
  }

  private editTextOf(cell: Cell): string {
    const td = this.td(cell);
    if (!td) return '';
    if (td.dataset.edit !== undefined) return td.dataset.edit;
    const box = td.querySelector('input[type=checkbox]') as HTMLInputElement | null;
    return box ? (box.checked ? 'TRUE' : 'FALSE') : (td.textContent ?? '');
  }

  private focusGrid(): void {
    this.parts.scroll.focus({ preventScroll: true });
  }

  private pressed(ev: MouseEvent): void {
    if (ev.button !== 0) return;
    const row = this.rowHeadOf(ev.target);
    if (row !== null) {
      this.commitEdit();
      this.selectRows(row, ev.shiftKey);
      this.focusGrid();
      ev.preventDefault();
      return;
    }
    const cell = this.cellOf(ev.target);
    if (!cell) return;
    if (this.editor && this.editor.cell.r === cell.r && this.editor.cell.c === cell.c) return;
    this.commitEdit();
    this.selectCell(cell, ev.shiftKey);
    this.dragging = true;
    this.focusGrid();
    ev.preventDefault();
  }

  private dragged(ev: MouseEvent): void {
    if (!this.dragging || !(ev.buttons & 1)) return;
    const cell = this.cellOf(ev.target);
    if (cell && this.anchor && !this.rowsOnly) this.selectCell(cell, true);
  }

  private clicked(ev: MouseEvent): void {
    const cell = this.cellOf(ev.target);
    if (cell && cell.td.dataset.o !== undefined && ev.clientX > cell.td.getBoundingClientRect().right - 16) {
      this.dropdown(cell);
      return;
    }
    if (!cell || !(ev.target instanceof HTMLInputElement) || ev.target.type !== 'checkbox') return;
    // A checkbox is ticked or unticked with a click, as in Sheets.
    this.send({ op: 'set', row: cell.r, col: cell.c, text: ev.target.checked ? 'FALSE' : 'TRUE' });
  }

  private doubleClicked(ev: MouseEvent): void {
    const cell = this.cellOf(ev.target);
    if (!cell || cell.td.querySelector('input[type=checkbox]')) return;
    this.selectCell(cell);
    this.startEdit(false);
  }

  // -------------------------------------------------------------------------------- editing

  private send(op: EditOp): void {
    if (!this.slice) return;
    this.events.edit({ ...op, sheet: this.slice.name });
  }

  /** Opens the editor on the active cell: with its text (F2, Enter, double-click) or empty (typing). */
  private startEdit(typed: boolean, text?: string): void {
    if (!this.active || !this.slice) return;
    this.closeMenu();
    const cell = { ...this.active };
    const start = this.editTextOf(cell);
    const input = h('input', {
      class: 'cell-editor',
      type: 'text',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-label': `Sửa ô ${columnLetter(cell.c)}${cell.r}`,
    });
    input.value = typed ? (text ?? '') : start;
    input.addEventListener('keydown', (ev) => this.editorKey(ev));
    input.addEventListener('input', () => this.events.select(`${columnLetter(cell.c)}${cell.r}`, input.value));
    input.addEventListener('blur', () => {
      if (this.editor?.input === input && !this.moving) this.commitEdit();
    });
    this.editor = { cell, input, typed, start };
    this.parts.scroll.append(input);
    this.placeEditor();
    input.focus({ preventScroll: true });
    input.setSelectionRange(input.value.length, input.value.length);
  }

  /** Puts the editor over its cell (again after a redraw). */
  private placeEditor(): void {
    const ed = this.editor;
    if (!ed) return;
    const td = this.td(ed.cell);
    const { scroll } = this.parts;
    if (!td) return;
    const box = td.getBoundingClientRect();
    const outer = scroll.getBoundingClientRect();
    ed.input.style.left = `${box.left - outer.left + scroll.scrollLeft}px`;
    ed.input.style.top = `${box.top - outer.top + scroll.scrollTop}px`;
    ed.input.style.minWidth = `${box.width}px`;
    ed.input.style.height = `${box.height}px`;
    if (document.activeElement !== ed.input) {
      this.moving = true;
      ed.input.focus({ preventScroll: true });
      this.moving = false;
    }
  }

  /** Sends the edited text (if it changed) and shows it until the server's answer redraws the cell. */
  private commitEdit(): boolean {
    const ed = this.editor;
    if (!ed) return false;
    this.editor = null;
    const text = ed.input.value;
    ed.input.remove();
    if (text === ed.start && !ed.typed) return false;
    const td = this.td(ed.cell);
    if (td && !td.querySelector('input')) {
      td.textContent = text;
      td.dataset.edit = text;
    }
    this.send({ op: 'set', row: ed.cell.r, col: ed.cell.c, text });
    return true;
  }

  private cancelEdit(): void {
    const ed = this.editor;
    if (!ed) return;
    this.editor = null;
    ed.input.remove();
    if (this.active) this.events.select(`${columnLetter(ed.cell.c)}${ed.cell.r}`, this.editTextOf(ed.cell));
  }

  private editorKey(ev: KeyboardEvent): void {
    const ed = this.editor;
    if (!ed || ev.isComposing) return;
    const move = (dr: number, dc: number) => {
      ev.preventDefault();
      this.commitEdit();
      this.focusGrid();
      this.selectCell({ r: ed.cell.r + dr, c: ed.cell.c + dc });
    };
    if (ev.key === 'Enter') move(ev.shiftKey ? -1 : 1, 0);
    else if (ev.key === 'Tab') move(0, ev.shiftKey ? -1 : 1);
    else if (ev.key === 'Escape') {
      ev.preventDefault();
      this.cancelEdit();
      this.focusGrid();
    } else if (ed.typed && ev.key.startsWith('Arrow')) {
      const [dr, dc] = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[ev.key] ?? [
        0, 0,
      ];
      move(dr, dc);
    }
    ev.stopPropagation();
  }

  private keyDown(ev: KeyboardEvent): void {
    if (this.editor || !this.active || ev.target !== this.parts.scroll) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const mod = ev.ctrlKey || ev.metaKey;
    if (ev.altKey && ev.key === 'ArrowDown') {
      ev.preventDefault();
      const td = this.td(this.active);
      if (td?.dataset.o !== undefined) this.dropdown({ ...this.active, td });
    } else if (arrows[ev.key] && !mod) {
      ev.preventDefault();
      const [dr, dc] = arrows[ev.key];
      this.selectCell({ r: this.active.r + dr, c: this.active.c + dc }, ev.shiftKey);
    } else if (ev.key === 'Tab') {
      ev.preventDefault();
      this.selectCell({ r: this.active.r, c: this.active.c + (ev.shiftKey ? -1 : 1) });
    } else if (ev.key === 'Enter' || ev.key === 'F2') {
      ev.preventDefault();
      if (this.rowsOnly) this.selectCell(this.active);
      this.startEdit(false);
    } else if (ev.key === 'Delete' || ev.key === 'Backspace') {
      ev.preventDefault();
      this.clearSelection();
    } else if (ev.key === 'Escape') {
      this.closeMenu();
    } else if (ev.key === ' ' && this.td(this.active)?.querySelector('input[type=checkbox]')) {
      ev.preventDefault();
      const box = this.td(this.active)!.querySelector('input') as HTMLInputElement;
      this.send({ op: 'set', row: this.active.r, col: this.active.c, text: box.checked ? 'FALSE' : 'TRUE' });
    } else if (!mod && !ev.altKey && (ev.key.length === 1 || ev.key === 'Process')) {
      if (this.rowsOnly) this.selectCell(this.active);
      if (ev.key === 'Process') this.startEdit(true);
      else {
        ev.preventDefault();
        this.startEdit(true, ev.key);
      }
    }
  }

  private clearSelection(): void {
    const b = this.block();
    if (!b) return;
    for (let r = b.r; r < b.r + b.rows; r++) {
      const tr = this.parts.table.querySelector<HTMLTableRowElement>(`tr[data-row="${r}"]`);
      for (let c = b.c; tr && c < b.c + b.cols; c++) {
        const td = tr.cells[c] as HTMLTableCellElement | undefined;
        if (td && !td.querySelector('input')) {
          td.textContent = '';
          delete td.dataset.edit;
        }
      }
    }
    this.send({ op: 'clear', row: b.r, col: b.c, rows: b.rows, cols: b.cols });
  }

  private deleteRows(): void {
    const b = this.block();
    if (!b) return;
    this.send({ op: 'deleteRows', row: b.r, count: b.rows });
  }

  private pasted(ev: ClipboardEvent): void {
    if (this.editor || !this.active || document.activeElement !== this.parts.scroll) return;
    const text = ev.clipboardData?.getData('text/plain') ?? '';
    if (!text) return;
    ev.preventDefault();
    const b = this.block()!;
    const texts = parseTsv(text);
    this.send({ op: 'paste', row: b.r, col: b.c, texts });
    this.anchor = { r: b.r, c: b.c };
    this.active = { r: b.r + texts.length - 1, c: b.c + texts[0].length - 1 };
    this.rowsOnly = false;
    this.paint();
  }

  private copied(ev: ClipboardEvent): void {
    if (this.editor || document.activeElement !== this.parts.scroll) return;
    const b = this.block();
    if (!b) return;
    const rows: string[][] = [];
    for (let r = b.r; r < b.r + b.rows; r++) {
      const row: string[] = [];
      for (let c = b.c; c < b.c + b.cols; c++) {
        const td = this.td({ r, c });
        const box = td?.querySelector('input[type=checkbox]') as HTMLInputElement | null;
        row.push(box ? (box.checked ? 'TRUE' : 'FALSE') : (td?.textContent ?? ''));
      }
      rows.push(row);
    }
    ev.clipboardData?.setData('text/plain', toTsv(rows));
    ev.preventDefault();
  }

  // ---------------------------------------------------------------------------- context menu

  private contextMenu(ev: MouseEvent): void {
    const row = this.rowHeadOf(ev.target);
    const cell = row === null ? this.cellOf(ev.target) : null;
    if (row === null && !cell) return;
    ev.preventDefault();
    this.commitEdit();
    const b = this.block();
    const r = row ?? cell!.r;
    const inside = b && r >= b.r && r < b.r + b.rows && (row !== null || (cell!.c >= b.c && cell!.c < b.c + b.cols));
    if (!inside) {
      if (row !== null) this.selectRows(row, false);
      else this.selectCell(cell!);
    }
    this.focusGrid();
    const sel = this.block()!;
    const rows = sel.rows === 1 ? `hàng ${sel.r}` : `hàng ${sel.r}–${sel.r + sel.rows - 1}`;
    this.openMenu(ev.clientX, ev.clientY, 'Trình đơn ô', [
      [`Xoá ${rows}`, () => this.deleteRows()],
      ['Xoá nội dung', () => this.clearSelection()],
    ]);
  }

  /** A dropdown cell's options (click on ▾, or Alt+↓): choosing one types it into the cell. */
  private dropdown(cell: Cell & { td: HTMLTableCellElement }): void {
    const options = this.lists[Number(cell.td.dataset.o)] ?? [];
    this.commitEdit();
    this.selectCell(cell);
    const box = cell.td.getBoundingClientRect();
    const current = this.editTextOf(cell);
    this.openMenu(
      box.left,
      box.bottom,
      'Danh sách chọn',
      options.map((o) => [o, () => this.send({ op: 'set', row: cell.r, col: cell.c, text: o }), o === current]),
      'dropdown',
    );
  }

  private openMenu(
    x: number,
    y: number,
    label: string,
    items: [string, () => void, boolean?][],
    kind = 'context',
  ): void {
    const menu = h('div', { class: `grid-menu ${kind}`, role: 'menu', 'aria-label': label });
    for (const [text, action, current] of items) {
      const button = h(
        'button',
        { type: 'button', class: `menu-item${current ? ' current' : ''}`, role: 'menuitem' },
        text,
      );
      button.addEventListener('click', () => {
        this.closeMenu();
        this.focusGrid();
        action();
      });
      menu.append(button);
    }
    if (!items.length) menu.append(h('div', { class: 'menu-empty muted' }, 'Danh sách trống'));
    this.closeMenu();
    menu.style.left = `${x}px`;
    menu.style.top = `${Math.min(y, window.innerHeight - 40)}px`;
    document.body.append(menu);
    this.menu = menu;
  }

  private closeMenu(): void {
    this.menu?.remove();
    this.menu = null;
  }
}
