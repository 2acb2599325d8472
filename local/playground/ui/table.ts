/**
 * The selected sheet as an HTML table: column letters and row numbers, frozen rows and
 * columns kept in view, checkboxes, dropdown markers, the embedded charts drawn over the
 * cells at their anchor; rows arrive in pages of 500 ("Xem thêm").
 */
import type { CellView, SheetSlice } from '../protocol';
import { drawChart } from './charts';
import { columnLetter, count, h } from './dom';

const ROW_HEAD_WIDTH = 46;
const DEFAULT_COLUMN_WIDTH = 100;
/** An empty sheet is drawn as a blank grid of this size, as Sheets shows a new sheet. */
const BLANK = { rows: 30, cols: 12 };

export interface TableParts {
  scroll: HTMLElement;
  table: HTMLTableElement;
  footer: HTMLElement;
}

export interface TableEvents {
  more(): void;
  select(ref: string, text: string): void;
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
    box.addEventListener('click', (ev) => ev.preventDefault());
    td.append(box);
  } else {
    td.textContent = cell.t;
    if (cell.t.length > 12) td.title = cell.t;
  }
  if (cell.bad) td.title = `Giá trị không hợp lệ theo quy tắc xác thực: ${cell.t}`;
  if (cell.note) td.title = `${td.title ? td.title + '\n' : ''}Ghi chú: ${cell.note}`;
  if (cell.bg) td.style.backgroundColor = cell.bg;
  if (cell.color) td.style.color = cell.color;
  return td;
}

export class SheetTable {
  private slice: SheetSlice | null = null;
  private rows = 0;
  private body: HTMLTableSectionElement | null = null;
  private charts: HTMLElement | null = null;

  constructor(
    private readonly parts: TableParts,
    private readonly events: TableEvents,
  ) {
    parts.table.addEventListener('click', (ev) => this.clicked(ev));
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
    const top = scroll.scrollTop;
    const left = scroll.scrollLeft;
    this.slice = first;
    this.rows = 0;
    const blank = first.lastRow === 0 || first.lastCol === 0;
    const cols = blank ? BLANK.cols : first.lastCol;
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
    if (blank) {
      for (let r = 1; r <= BLANK.rows; r++) {
        this.body.append(
          h(
            'tr',
            { class: 'blank-row' },
            h('th', { class: 'row-head', scope: 'row' }, String(r)),
            ...Array.from({ length: cols }, () => h('td')),
          ),
        );
      }
    }
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
        if (c < next.frozenCols) td.classList.add('frozen-col');
        if (c === next.frozenCols - 1) td.classList.add('frozen-col-edge');
        tr.append(td);
      });
      frag.append(tr);
    });
    this.body.append(frag);
    this.rows += next.rows.length;
    this.freeze();
    this.renderFooter();
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

  private clicked(ev: MouseEvent): void {
    const td = (ev.target as HTMLElement).closest('td');
    const tr = td?.parentElement as HTMLTableRowElement | null;
    if (!td || !tr?.dataset.row) return;
    this.parts.table.querySelector('td.selected')?.classList.remove('selected');
    td.classList.add('selected');
    const ref = `${columnLetter(td.cellIndex)}${tr.dataset.row}`;
    const box = td.querySelector('input');
    this.events.select(ref, box ? (box.checked ? 'TRUE' : 'FALSE') : (td.textContent ?? ''));
  }
}
