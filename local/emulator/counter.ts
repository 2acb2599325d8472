/**
 * Per-call counter for the emulated Apps Script services.
 *
 * Every fake object handed out by a service is wrapped by `instrument`, a Proxy that
 * counts each method call as `<service>:<Class>.<method>` and classifies it as a read
 * or a write, then wraps whatever fake object the call returns (so `sheet.getRange()`
 * hands back a counted range). Wrappers are cached, so identity is stable.
 */

export type CallKind = 'read' | 'write';

export interface CallRecord {
  service: string;
  method: string; // "Class.method"
  kind: CallKind;
  /**
   * Cells the call reads (a read) or writes (a write), for the calls that move cell data (`cellsOf`): a
   * range's rows × columns, 1 for a single-cell getter, the values of `appendRow`. Absent for other calls.
   */
  cells?: number;
  /** The sheet a call on a range or a sheet is about (`getRange`, `getValues`, `deleteRows`, …). */
  sheet?: string;
}

/** Methods that change nothing even though their name does not start with get/is/has. */
const READ_NAMES = new Set([
  'toString',
  'copy',
  'build',
  'evaluate',
  'tryLock',
  'waitLock',
  'releaseLock',
  'newDataValidation',
  'newChart',
  'newRichTextValue',
  'newTextStyle',
  'newConditionalFormatRule',
  'createTemplate',
  'createTemplateFromFile',
  'createHtmlOutput',
  'createHtmlOutputFromFile',
  'createMenu',
  'createAddonMenu',
  'addItem',
  'addSeparator',
  'addSubMenu',
  'formatDate',
  'getUuid',
  'sleep',
  'find',
  'findNext',
  'findText',
  'matchCase',
  'findAll',
  // opening a document or a spreadsheet changes nothing
  'openById',
  'openByUrl',
]);

/** Lock and UI calls are neither spreadsheet reads nor writes; they still count as calls. */
export function classify(method: string): CallKind {
  if (/^(get|is|has|can|find|check|next)/.test(method) || READ_NAMES.has(method)) return 'read';
  if (
    /^(require|set.*(Option|Title|Width|Height|Position|Mode|HelpText|AllowInvalid))/.test(method) &&
    method !== 'setValues' &&
    !/^set(Column|Row)(Width|Height)/.test(method) // Sheet.setColumnWidth(s)/setRowHeight(s) change the sheet
  ) {
    // builder calls (data validation, chart, html output) configure an object in memory
    return 'read';
  }
  return 'write';
}

/** Thrown by a call chosen with `CallCounter.failAt` (fault injection). */
export class InjectedFault extends Error {
  constructor(readonly call: CallRecord) {
    super(`Injected fault at ${call.service}:${call.method}`);
  }
}

export class CallCounter {
  readonly log: CallRecord[] = [];
  /**
   * Milliseconds spent inside counted calls since the last `reset` (the emulator's own work, which Apps Script
   * does on Google's side): the bench takes it out of a run's Node time to get the script's own time.
   */
  serviceMs = 0;
  private enabled = true;
  private depth = 0;
  private fault?: { left: number; match: (c: CallRecord) => boolean };

  /** False inside `quiet`. */
  get counting(): boolean {
    return this.enabled;
  }

  record(service: string, method: string, cells?: number, sheet?: string): void {
    if (!this.enabled) return;
    const call: CallRecord = { service, method, kind: classify(method.slice(method.indexOf('.') + 1)) };
    if (cells !== undefined) call.cells = cells;
    if (sheet !== undefined) call.sheet = sheet;
    this.log.push(call);
    if (this.fault?.match(call) && --this.fault.left === 0) {
      this.fault = undefined;
      throw new InjectedFault(call); // before the call is made: it changes nothing
    }
  }

  /**
   * Fault injection: the `n`-th call from now (1-based) that `match` accepts — by default a
   * Spreadsheet write — throws `InjectedFault` instead of running; once only.
   */
  failAt(n: number, match: (c: CallRecord) => boolean = isSpreadsheetWrite): void {
    this.fault = { left: n, match };
  }

  /** Whether a chosen fault is still waiting for its call. */
  faultPending(): boolean {
    return this.fault !== undefined;
  }

  /** Number of calls, optionally only of one service and/or one kind. */
  count(filter: { service?: string; kind?: CallKind; method?: string } = {}): number {
    return this.log.filter(
      (c) =>
        (!filter.service || c.service === filter.service) &&
        (!filter.kind || c.kind === filter.kind) &&
        (!filter.method || c.method === filter.method),
    ).length;
  }

  /**
   * Cells read or written by the calls the filter selects (the same filter as `count`): with `kind: 'read'` the
   * cells read, with `kind: 'write'` the cells written (see `cellsOf` for what counts).
   */
  cells(filter: { service?: string; kind?: CallKind; method?: string } = {}): number {
    let n = 0;
    for (const c of this.log)
      if (
        c.cells !== undefined &&
        (!filter.service || c.service === filter.service) &&
        (!filter.kind || c.kind === filter.kind) &&
        (!filter.method || c.method === filter.method)
      )
        n += c.cells;
    return n;
  }

  /** `{ "Class.method": n }` for one service (or all). */
  byMethod(service?: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.log) if (!service || c.service === service) out[c.method] = (out[c.method] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.log.length = 0;
    this.serviceMs = 0;
  }

  /** Marks the start of a counted call: the time, or -1 inside another call or when not counting. */
  enter(): number {
    return this.depth++ === 0 && this.enabled ? performance.now() : -1;
  }

  /** Marks the end of the call `enter` started. */
  leave(start: number): void {
    this.depth--;
    if (start >= 0) this.serviceMs += performance.now() - start;
  }

  /** Runs `fn` without counting (used by test set-up and the playground's own reads). */
  quiet<T>(fn: () => T): T {
    const was = this.enabled;
    this.enabled = false;
    try {
      return fn();
    } finally {
      this.enabled = was;
    }
  }
}

export const isSpreadsheetWrite = (c: CallRecord) => c.service === 'SpreadsheetApp' && c.kind === 'write';

/** Marker every fake class sets, so returned values are recognised as fakes. */
export const FAKE = Symbol.for('antt.emulator.fake');

export function isFake(v: unknown): v is object {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[FAKE] === true;
}

const wrappers = new WeakMap<object, Map<CallCounter, object>>();

/** Wraps a fake so that every method call is counted under `service`. */
export function instrument<T extends object>(obj: T, service: string, counter: CallCounter): T {
  let perCounter = wrappers.get(obj);
  if (!perCounter) wrappers.set(obj, (perCounter = new Map()));
  const existing = perCounter.get(counter);
  if (existing) return existing as T;
  const className = obj.constructor?.name || 'Object';
  const proxy = new Proxy(obj, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      const rule = cellRule(className, prop);
      const onSheet = className === 'Range' || className === 'Sheet';
      return function (this: unknown, ...args: unknown[]) {
        const counting = counter.counting;
        const cells = rule !== null && counting ? cellsOf(rule, target, args) : undefined;
        counter.record(service, `${className}.${prop}`, cells, onSheet && counting ? sheetOf(target) : undefined);
        const start = counter.enter();
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args.map(unwrapArg));
          return wrapResult(result, service, counter);
        } finally {
          counter.leave(start);
        }
      };
    },
  });
  perCounter.set(counter, proxy);
  proxies.set(proxy, obj);
  return proxy;
}

const proxies = new WeakMap<object, object>();

/**
 * How a call moves cell data: `area` — every cell of the range (a plural getter such as `getValues`, any setter
 * of a cell property, `clear…`, checkboxes, borders, `isBlank`); `one` — a singular getter (`getValue`: the
 * top-left cell); `row` — `Sheet.appendRow(values)`: its values; `sheet` — `Sheet.clear…`: the sheet's cells up to
 * its last row and column with content. Everything else (opening, finding, inserting or deleting rows, charts,
 * protections, builders) moves no cells.
 */
type CellRule = 'area' | 'one' | 'row' | 'sheet';
const CELL_PROPERTY = new RegExp(
  '^(get|set)(Values?|DisplayValues?|Formulas?|FormulasR1C1|FormulaR1C1|NumberFormats?|Backgrounds?|FontColors?|' +
    'FontFamily|FontFamilies|FontLines?|FontSizes?|FontStyles?|FontWeights?|HorizontalAlignments?|' +
    'VerticalAlignments?|Wraps?|Notes?|DataValidations?|RichTextValues?)$',
);
const RANGE_AREA = new Set([
  'clear',
  'clearContent',
  'clearFormat',
  'clearDataValidations',
  'clearNote',
  'insertCheckboxes',
  'removeCheckboxes',
  'check',
  'uncheck',
  'isBlank',
  'isChecked',
  'setBorder',
]);
/** Rules by class, then method: looked up on every method access through a counting proxy. */
const ruleCache = new Map<string, Map<string, CellRule | null>>();

function cellRule(className: string, prop: string): CellRule | null {
  let byMethod = ruleCache.get(className);
  if (!byMethod) ruleCache.set(className, (byMethod = new Map()));
  let rule = byMethod.get(prop);
  if (rule !== undefined) return rule;
  rule = null;
  if (className === 'Range') {
    const m = CELL_PROPERTY.exec(prop);
    // Plural property names end in "s" ("Values", "Wraps", "FontFamilies"), singular ones never do.
    if (m) rule = m[1] === 'get' && !m[2].endsWith('s') ? 'one' : 'area';
    else if (RANGE_AREA.has(prop)) rule = 'area';
  } else if (className === 'Sheet') {
    if (prop === 'appendRow') rule = 'row';
    else if (prop === 'clear' || prop === 'clearContents' || prop === 'clearFormats') rule = 'sheet';
  }
  byMethod.set(prop, rule);
  return rule;
}

/** The name of the sheet a range (its `sheet`) or a sheet belongs to, if the fake says. */
function sheetOf(target: object): string | undefined {
  const t = target as { name?: unknown; sheet?: { name?: unknown } };
  const name = t.sheet !== undefined && typeof t.sheet === 'object' ? t.sheet.name : t.name;
  return typeof name === 'string' ? name : undefined;
}

/** Cells a call of `rule` on `target` with `args` moves (0 when the shape cannot be read: the call will throw). */
function cellsOf(rule: CellRule, target: object, args: unknown[]): number {
  const t = target as { numRows?: unknown; numCols?: unknown; lastRowCol?: () => { row: number; col: number } };
  switch (rule) {
    case 'one':
      return 1;
    case 'area':
      return typeof t.numRows === 'number' && typeof t.numCols === 'number' ? t.numRows * t.numCols : 0;
    case 'row':
      return Array.isArray(args[0]) ? args[0].length : 0;
    case 'sheet': {
      if (typeof t.lastRowCol !== 'function') return 0;
      const { row, col } = t.lastRowCol();
      return row * col;
    }
  }
}

/** Fakes receive their real peers, not proxies, as arguments (e.g. `requireValueInRange(range)`). */
function unwrapArg(a: unknown): unknown {
  if (typeof a === 'object' && a !== null) {
    const real = proxies.get(a);
    if (real) return real;
    if (Array.isArray(a))
      return a.map((x) => (typeof x === 'object' && x !== null && proxies.has(x) ? proxies.get(x) : x));
  }
  return a;
}

function wrapResult(result: unknown, service: string, counter: CallCounter): unknown {
  if (isFake(result)) return instrument(result, service, counter);
  if (Array.isArray(result) && result.length > 0 && isFake(result[0])) {
    return result.map((r) => (isFake(r) ? instrument(r, service, counter) : r));
  }
  return result;
}
