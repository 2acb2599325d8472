/**
 * The JSON the playground server and its page exchange (types only: imported by both sides).
 *
 *   GET  /api/workbook                 → WorkbookInfo
 *   GET  /api/sheet?name=&offset=&limit= → SheetSlice
 *   GET  /api/events?after=N           → EventsReply
 *   POST /api/menu  { fn }             → CallReply    (a menu item, as Sheets runs it)
 *   POST /api/run   { fn, args }       → RunReply     (google.script.run from a page)
 *   POST /api/reset  { empty? }        → CallReply    (back to the sample village, or to an empty workbook)
 *   POST /api/edit   EditRequest       → EditReply    (typing, pasting, clearing, deleting rows in the grid)
 *   POST /api/spreadsheet { id }       → CallReply    (another spreadsheet of the environment, e.g. a village of the
 *                                                      commune playground, opened as its owner)
 *   GET  /page/<n>                     the HTML of the n-th sidebar/dialog, with the shim
 *   GET  /doc/<id>                     an A4 preview of a Google Doc the add-on created (printable)
 */

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuInfo {
  caption: string;
  /** createAddonMenu(): shown under "Tiện ích mở rộng". */
  addon: boolean;
  items: MenuEntry[];
}

export interface SheetTab {
  name: string;
  /** Last row / column holding data. */
  rows: number;
  cols: number;
  hidden: boolean;
  color: string | null;
}

export interface WorkbookInfo {
  name: string;
  /** Bumped each time the saved workbook changes. */
  rev: number;
  /** Last event number (see EventsReply). */
  seq: number;
  sheets: SheetTab[];
  /** The active sheet (a script may change it, e.g. set-up lands on `Cài đặt`). */
  active: string;
  menus: MenuInfo[];
  stateFile: string;
  /** The active spreadsheet's id. */
  id: string;
  /** Every spreadsheet of the environment when there are several (the commune playground); else absent. */
  spreadsheets?: { id: string; name: string }[];
}

/** One cell as the page shows it. Absent fields mean "no". */
export interface CellView {
  /** The display value (what Sheets shows, number format applied). */
  t: string;
  /**
   * What editing the cell starts from, when it differs from `t` (as Sheets' formula bar shows it): the
   * formula, a number without grouping, a date as typed, text with a leading apostrophe if it would
   * otherwise be read as a number, date or formula.
   */
  e?: string;
  /** Alignment by value type: n = number or date (right), b = boolean (centred). */
  a?: 'n' | 'b';
  /** Checkbox cell: whether it is ticked. */
  check?: boolean;
  /** Dropdown (list validation) cell. */
  list?: true;
  /** The dropdown's options: an index into `SheetSlice.lists`. */
  o?: number;
  /** The value breaks the cell's validation rule. */
  bad?: true;
  bold?: true;
  italic?: true;
  bg?: string;
  color?: string;
  note?: string;
}

export interface SheetSlice {
  name: string;
  rev: number;
  lastRow: number;
  lastCol: number;
  /** The grid's size (rows and columns that can be typed into). */
  maxRows: number;
  maxCols: number;
  /** The options of the dropdowns in this slice (at most 500 each), shared by their cells. */
  lists: string[][];
  /** Per column, the dropdown of the first row below the data (an index into `lists`), for typing new rows. */
  blankLists: (number | null)[];
  frozenRows: number;
  frozenCols: number;
  /** 0-based index of the first row in `rows`. */
  offset: number;
  rows: CellView[][];
  /** Pixel width of each column 1..lastCol. */
  colWidths: number[];
  /** The sheet's embedded charts, with their data (in every slice of the sheet). */
  charts: ChartView[];
}

/** An embedded chart as the page draws it (inline SVG). */
export interface ChartView {
  /** Charts.ChartType name: COLUMN, BAR, LINE, PIE, AREA… (others are drawn as columns). */
  type: string;
  title: string;
  /** Series names: the header cells of the value columns. */
  series: string[];
  /** Category labels: the display values of the first column. */
  categories: string[];
  /** values[series][category]; null where the cell holds no number. */
  values: (number | null)[][];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Pixels (the chart's width/height options). */
  width: number;
  height: number;
}

export type UiEventBody =
  | { type: 'toast'; title: string; message: string; timeout: number | null }
  | { type: 'alert'; kind: 'alert' | 'prompt'; title: string; message: string; response: string; text?: string }
  | {
      type: 'page';
      page: number;
      kind: 'sidebar' | 'modal' | 'modeless';
      title: string;
      width: number | null;
      height: number | null;
    }
  | { type: 'error'; fn: string; message: string }
  /** A Google Doc was created (e.g. the notice): `/doc/<id>` previews it. */
  | { type: 'doc'; id: string; name: string };
export type UiEvent = { seq: number } & UiEventBody;

export interface EventsReply {
  seq: number;
  rev: number;
  events: UiEvent[];
}

export interface CallReply extends EventsReply {
  ok: boolean;
  error?: string;
}

/**
 * An edit typed in the grid (1-based rows and columns). Texts are what the user typed: the
 * server writes them with `setValue`/`setValues`, so they are parsed as Sheets parses typed input.
 * `confirm` answers Sheets' warning for a warning-only protection ("Vẫn chỉnh sửa?").
 */
export type EditOp =
  | { op: 'set'; row: number; col: number; text: string }
  | { op: 'paste'; row: number; col: number; texts: string[][] }
  | { op: 'clear'; row: number; col: number; rows: number; cols: number }
  | { op: 'deleteRows'; row: number; count: number };
export type EditRequest = { sheet: string; confirm?: boolean } & EditOp;

/** `done`: what was changed; `error`: why nothing was (e.g. a protected cell); `confirm`: a question to ask first. */
export interface EditReply extends EventsReply {
  ok: boolean;
  done?: string;
  error?: string;
  confirm?: string;
}

export type RunReply = { ok: true; value?: unknown } | { ok: false; error: string };

/** Markers the shim uses for values JSON cannot carry, so the server refuses them as Apps Script does. */
export const WIRE = { date: '$antt:date', fn: '$antt:function', num: '$antt:number' } as const;

/** What a page's shim posts to the playground window. */
export type ShimBody =
  | { type: 'ran'; fn: string }
  | { type: 'close' }
  | { type: 'resize'; width?: number; height?: number };
export type ShimMessage = { antt: 'playground'; page: number } & ShimBody;
