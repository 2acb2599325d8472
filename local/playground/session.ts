/**
 * The running playground: one emulated workbook and its bundle, the menu and script calls
 * made on it, what the Ui recorded (turned into numbered events for the page), the pages
 * (sidebars/dialogs) opened so far, and saving to the state file after each call.
 */
import { callAsScriptRun } from '../bundle';
import type { GasEnvironment } from '../emulator';
import type { FakeUi } from '../emulator/spreadsheet/ui';
import { applyEdit } from './edit';
import type {
  CallReply,
  EditReply,
  EditRequest,
  EventsReply,
  MenuEntry,
  UiEvent,
  UiEventBody,
  WorkbookInfo,
} from './protocol';
import { WIRE } from './protocol';
import { sheetTabs } from './sheetView';
import { newWorkbook, type Now, openWorkbook, snapshot, type Start, type Workbook, writeStateFile } from './state';
import { trace, traceFile } from './trace';

export interface Page {
  id: number;
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

const KEEP_PAGES = 50;
const KEEP_EVENTS = 500;

const BUTTON_VI: Record<string, string> = { OK: 'OK', CANCEL: 'Huỷ', YES: 'Có', NO: 'Không', CLOSE: 'Đóng' };

export class Session {
  private wb!: Workbook;
  private saved = '';
  private seen = { sidebars: 0, dialogs: 0, alerts: 0, toasts: 0 };
  private events: UiEvent[] = [];
  private pages = new Map<number, Page>();
  private seq = 0;
  private pageSeq = 0;
  /** Docs that existed when the workbook was opened (the others are news for the page). */
  private docsSeen = new Set<string>();
  rev = 0;

  constructor(
    readonly stateFile: string,
    reset: boolean,
    /** A fixed "now" for the emulator (`--today`); the real clock when absent. */
    private readonly now?: Now,
    /** What a new workbook starts as (no state file, or reset). */
    private readonly startAs: Start = 'sample',
  ) {
    this.start(openWorkbook(stateFile, reset, now, startAs));
  }

  get env(): GasEnvironment {
    return this.wb.env;
  }

  private get ui(): FakeUi {
    return this.wb.env.ui as FakeUi;
  }

  private start(wb: Workbook): void {
    this.wb = wb;
    this.docsSeen = new Set(wb.env.docs.keys());
    let failed: string | null = null;
    try {
      // A script bound to the spreadsheet gets its simple trigger onOpen in AuthMode.LIMITED.
      this.wb.bundle.onOpen({ authMode: 'LIMITED' });
    } catch (e) {
      failed = messageOf(e);
    }
    // What happened while opening (menus aside) is not news for the page.
    this.seen = { sidebars: 0, dialogs: 0, alerts: 0, toasts: 0 };
    this.collect();
    this.events = [];
    this.pages.clear();
    if (failed) this.push({ type: 'error', fn: 'onOpen', message: failed });
    this.saved = '';
    this.save();
  }

  /** Writes the state file if the workbook changed since the last save; true if it did. */
  save(): boolean {
    const start = performance.now();
    const text = snapshot(this.env);
    const changed = text !== this.saved;
    if (traceFile())
      trace(`save ${(performance.now() - start).toFixed(1)}ms ${text.length} B${changed ? '' : ' (same)'}`);
    if (!changed) return false;
    writeStateFile(this.stateFile, text);
    this.saved = text;
    this.rev++;
    return true;
  }

  /** Back to the sample village, or to an empty workbook (the state file is overwritten). */
  reset(start: Start = this.startAs): CallReply {
    const from = this.seq;
    this.start(newWorkbook(start, this.now));
    return { ok: true, ...this.eventsAfter(from) };
  }

  info(): WorkbookInfo {
    const ss = this.env.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    return {
      name: ss.getName(),
      rev: this.rev,
      seq: this.seq,
      sheets: sheetTabs(ss),
      active: ss.getActiveSheet()?.getName() ?? '',
      menus: this.ui.menus.map((m) => ({ caption: m.caption, addon: m.addon, items: m.items as MenuEntry[] })),
      stateFile: this.stateFile,
      id: ss.getId(),
      ...(this.env.spreadsheets().length > 1
        ? { spreadsheets: this.env.spreadsheets().map((s) => ({ id: s.getId(), name: s.getName() })) }
        : {}),
    };
  }

  /**
   * Opens another spreadsheet of the environment (the commune playground: a village, or the commune) as its owner
   * would: it becomes the active one, the user becomes its owner, and its onOpen builds the menu anew.
   */
  openSpreadsheet(id: string): CallReply {
    const from = this.seq;
    const ss = this.env.spreadsheets().find((s) => s.getId() === id);
    if (!ss) return { ok: false, error: `Không có bảng tính "${id}".`, ...this.eventsAfter(from) };
    this.env.setActiveSpreadsheet(ss);
    this.env.setUser(ss.owner);
    this.ui.menus.length = 0;
    let error: string | undefined;
    try {
      this.wb.bundle.onOpen({ authMode: 'LIMITED' });
    } catch (e) {
      error = messageOf(e);
    }
    this.save();
    return { ok: error === undefined, ...(error ? { error } : {}), ...this.eventsAfter(from) };
  }

  page(id: number): Page | undefined {
    return this.pages.get(id);
  }

  /** Events newer than `after` (including what was shown through `env` directly since the last call). */
  eventsAfter(after: number): EventsReply {
    this.collect();
    return { seq: this.seq, rev: this.rev, events: this.events.filter((e) => e.seq > after) };
  }

  /** Runs a menu item's function as Sheets does (no argument), if some recorded menu offers it. */
  runMenu(fn: string): CallReply {
    const from = this.seq;
    if (!menuFunctions(this.ui.menus).has(fn)) {
      return { ok: false, error: `Menu không có mục gọi hàm "${fn}".`, ...this.eventsAfter(from) };
    }
    let error: string | undefined;
    try {
      const f = (this.wb.bundle as Record<string, unknown>)[fn];
      if (typeof f !== 'function') throw new Error(`Script function not found: ${fn}`);
      (f as () => unknown)();
    } catch (e) {
      error = messageOf(e);
    }
    this.afterCall(error ? { fn, message: error } : null);
    return { ok: !error, error, ...this.eventsAfter(from) };
  }

  /** `google.script.run.<fn>(...args)` from a page. Throws what the server function threw. */
  runScript(fn: string, args: unknown[]): unknown {
    try {
      return callAsScriptRun(this.wb.bundle, fn, args.map(fromWire));
    } finally {
      this.afterCall(null);
    }
  }

  /** What the phone web app's `doGet` serves `email` (SPEC §7.1): the page's HTML, the viewport meta tag added. */
  runPhone(email: string): string {
    const before = this.env.ctx.user.email;
    this.env.setUser(email);
    try {
      const out = (this.wb.bundle as Record<string, (e: unknown) => GoogleAppsScript.HTML.HtmlOutput>).doGet({});
      const metas = out
        .getMetaTags()
        .map((m) => `<meta name="${m.getName()}" content="${m.getContent()}">`)
        .join('');
      const html = out.getContent();
      return html.includes('<head>') ? html.replace('<head>', `<head>${metas}`) : metas + html;
    } finally {
      this.env.setUser(before);
      this.afterCall(null);
    }
  }

  /** An edit typed in the grid, through the Range API; the workbook is saved as after any call. */
  edit(req: EditRequest): EditReply {
    const from = this.seq;
    const ss = this.env.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const outcome = applyEdit(ss, req);
    this.afterCall(null);
    return { ...outcome, ...this.eventsAfter(from) };
  }

  private afterCall(error: { fn: string; message: string } | null): void {
    this.collect();
    if (error) this.push({ type: 'error', ...error });
    this.save();
  }

  private push(e: UiEventBody): void {
    this.events.push({ ...e, seq: ++this.seq });
    if (this.events.length > KEEP_EVENTS) this.events.splice(0, this.events.length - KEEP_EVENTS);
  }

  /** Turns what the Ui recorded since the last look into events (and pages). */
  private collect(): void {
    const ui = this.ui;
    const fresh = <T>(list: T[], key: keyof Session['seen']): T[] => {
      if (list.length < this.seen[key]) this.seen[key] = 0; // the Ui was reset
      const out = list.slice(this.seen[key]);
      this.seen[key] = list.length;
      return out;
    };
    for (const a of fresh(ui.alerts, 'alerts')) {
      this.push({
        type: 'alert',
        kind: a.kind,
        title: a.title,
        message: a.message,
        response: BUTTON_VI[a.response] ?? a.response,
        text: a.text,
      });
    }
    for (const d of [...fresh(ui.sidebars, 'sidebars'), ...fresh(ui.dialogs, 'dialogs')]) {
      const page: Page = {
        id: ++this.pageSeq,
        kind: d.kind,
        title: d.title,
        html: d.html,
        width: d.width,
        height: d.height,
      };
      this.pages.set(page.id, page);
      this.pages.delete(page.id - KEEP_PAGES);
      this.push({
        type: 'page',
        page: page.id,
        kind: page.kind,
        title: page.title,
        width: page.width,
        height: page.height,
      });
    }
    for (const t of fresh(ui.toasts, 'toasts'))
      this.push({ type: 'toast', title: t.title, message: t.message, timeout: t.timeout });
    for (const [id, doc] of this.env.docs) {
      if (this.docsSeen.has(id)) continue;
      this.docsSeen.add(id);
      this.push({ type: 'doc', id, name: this.env.drive.files.get(id)?.name ?? doc.id });
    }
  }
}

function menuFunctions(menus: { items: MenuEntry[] }[]): Set<string> {
  const out = new Set<string>();
  const walk = (items: MenuEntry[]) => {
    for (const e of items) {
      if (e.type === 'item') out.add(e.functionName);
      else if (e.type === 'submenu') walk(e.items);
    }
  };
  for (const m of menus) walk(m.items);
  return out;
}

export function messageOf(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as Error).message)
    : String(e);
}

/** Undoes the shim's markers, so `callAsScriptRun` sees (and refuses) a Date or a function as Apps Script would. */
export function fromWire(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromWire);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1) {
      if (keys[0] === WIRE.date) return new Date(Number(o[WIRE.date]));
      if (keys[0] === WIRE.fn) return function shimFunction() {};
      if (keys[0] === WIRE.num) return Number(o[WIRE.num]);
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = fromWire(o[k]);
    return out;
  }
  return v;
}
