/** SpreadsheetApp and the service factory. */
import type { EmulatorContext } from '../context';
import { FAKE, instrument } from '../counter';
import { ChartType } from './chart';
import { SELF, asGas, gasClassName, gasError, unwrap } from './errors';
import { ProtectionType } from './protection';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const names = <K extends string>(...keys: K[]) =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P });

export const BorderStyle = names('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
export const WrapStrategy = names('WRAP', 'OVERFLOW', 'CLIP');
export const Dimension = names('COLUMNS', 'ROWS');
export const Direction = names('UP', 'DOWN', 'PREVIOUS', 'NEXT');
export const SheetType = names('GRID', 'OBJECT');
export const CopyPasteType = names(
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
);

type AppMethods =
  | 'BorderStyle'
  | 'CopyPasteType'
  | 'DataValidationCriteria'
  | 'Dimension'
  | 'Direction'
  | 'ProtectionType'
  | 'SheetType'
  | 'WrapStrategy'
  | 'create'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setActiveSpreadsheet';

export class FakeSpreadsheetApp implements Pick<GasApp, AppMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  readonly BorderStyle = asGas<typeof GoogleAppsScript.Spreadsheet.BorderStyle>(BorderStyle);
  readonly CopyPasteType = asGas<typeof GoogleAppsScript.Spreadsheet.CopyPasteType>(CopyPasteType);
  readonly DataValidationCriteria =
    asGas<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>(DataValidationCriteria);
  readonly Dimension = asGas<typeof GoogleAppsScript.Spreadsheet.Dimension>(Dimension);
  readonly Direction = asGas<typeof GoogleAppsScript.Spreadsheet.Direction>(Direction);
  readonly ProtectionType = asGas<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(ProtectionType);
  readonly SheetType = asGas<typeof GoogleAppsScript.Spreadsheet.SheetType>(SheetType);
  readonly WrapStrategy = asGas<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(WrapStrategy);

  /** Spreadsheets openById can find (the active one, created ones, registered ones). */
  readonly registry = new Map<string, FakeSpreadsheet>();
  active: FakeSpreadsheet;
  flushes = 0;

  constructor(
    readonly ctx: EmulatorContext,
    readonly ui: FakeUi,
    active: FakeSpreadsheet,
  ) {
    this.active = active;
    this.register(active);
  }

  register(ss: FakeSpreadsheet): void {
    ss.ui = this.ui;
    this.registry.set(ss.id, ss);
  }

  setActive(ss: FakeSpreadsheet): void {
    this.register(ss);
    this.active = ss;
  }

  create(name: string, rows?: number, columns?: number): GasSpreadsheet {
    const ss = new FakeSpreadsheet(this.ctx, { name: String(name), ui: this.ui });
    if (rows !== undefined) ss.sheets[0].maxRows = rows;
    if (columns !== undefined) ss.sheets[0].maxCols = columns;
    this.registry.set(ss.id, ss);
    return asGas(ss);
  }

  flush(): void {
    this.flushes++;
  }

  getActive(): GasSpreadsheet {
    return asGas(this.active);
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return asGas(this.active);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.active.getActiveSheet();
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return asGas(this.active.getActiveRange());
  }

  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.ui.available) throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
    return asGas(this.ui);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(new FakeDataValidationBuilder());
  }

  openById(id: string): GasSpreadsheet {
    this.checkScope('openById');
    const ss = this.registry.get(String(id));
    if (!ss) throw gasError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return asGas(this.checkAccess(ss));
  }

  openByUrl(url: string): GasSpreadsheet {
    this.checkScope('openByUrl');
    const m = /\/d\/([^/]+)/.exec(String(url));
    const ss = m ? this.registry.get(m[1]) : undefined;
    if (!ss)
      throw gasError('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return asGas(this.checkAccess(ss));
  }

  /** With the manifest's scopes modelled, opening another spreadsheet needs `spreadsheets` (or its read-only form). */
  private checkScope(method: string): void {
    const scopes = this.ctx.scopes;
    if (!scopes || scopes.includes(SPREADSHEETS_SCOPE) || scopes.includes(`${SPREADSHEETS_SCOPE}.readonly`)) return;
    throw gasError(
      `You do not have permission to call SpreadsheetApp.${method}. Required permissions: ${SPREADSHEETS_SCOPE}`,
    );
  }

  /** The current user must be the owner, an editor or a viewer (or the file is shared with anyone who has the link). */
  private checkAccess(ss: FakeSpreadsheet): FakeSpreadsheet {
    const me = this.ctx.user.email;
    if (ss.anyoneWithLink || ss.owner === me || ss.editors.includes(me) || ss.viewers.includes(me)) return ss;
    throw gasError('You do not have permission to access the requested document.');
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    const r = unwrap(range) as unknown as FakeRange;
    return r.sheet.ss.setActiveRange(range);
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const s = unwrap(sheet) as unknown as FakeSheet;
    return s.ss.setActiveSheet(sheet);
  }

  setActiveSpreadsheet(newActiveSpreadsheet: GasSpreadsheet): void {
    this.setActive(unwrap(newActiveSpreadsheet) as unknown as FakeSpreadsheet);
  }
}
gasClassName(FakeSpreadsheetApp, 'SpreadsheetApp');

export interface SpreadsheetServiceOptions {
  /** Name of the active spreadsheet created when `spreadsheet` is not given. */
  name?: string;
  id?: string;
  /** Use this (e.g. a deserialised workbook) as the active spreadsheet. */
  spreadsheet?: FakeSpreadsheet;
  /** Caption of createAddonMenu() menus (default 'ANTT tự quản'). */
  addonMenuCaption?: string;
}

export interface SpreadsheetService {
  /** Counted: every call through it (and through what it returns) is recorded as service 'SpreadsheetApp'. */
  SpreadsheetApp: GasApp;
  Charts: { ChartType: typeof GoogleAppsScript.Charts.ChartType };
  /** The active spreadsheet, raw and uncounted (for tests and the playground). */
  readonly spreadsheet: FakeSpreadsheet;
  /** Raw Ui with what was recorded (menus, sidebars, dialogs, alerts, toasts) and scripted responses. */
  ui: FakeUi;
  /** Raw SpreadsheetApp (uncounted). */
  app: FakeSpreadsheetApp;
  /** Makes `ss` the active spreadsheet (e.g. a workbook loaded with deserializeSpreadsheet). */
  setActiveSpreadsheet(ss: FakeSpreadsheet): void;
  /** Same as setActiveSpreadsheet. */
  setActive(ss: FakeSpreadsheet): void;
  /** The active spreadsheet, raw and uncounted (same as `spreadsheet`). */
  active(): FakeSpreadsheet;
}

export function createSpreadsheetService(
  ctx: EmulatorContext,
  opts: SpreadsheetServiceOptions = {},
): SpreadsheetService {
  const ui = new FakeUi(opts.addonMenuCaption);
  const ss = opts.spreadsheet ?? new FakeSpreadsheet(ctx, { name: opts.name, id: opts.id, ui });
  const app = new FakeSpreadsheetApp(ctx, ui, ss);
  return {
    SpreadsheetApp: asGas<GasApp>(instrument(app, 'SpreadsheetApp', ctx.counter)),
    Charts: { ChartType: asGas<typeof GoogleAppsScript.Charts.ChartType>(ChartType) },
    get spreadsheet() {
      return app.active;
    },
    ui,
    app,
    setActiveSpreadsheet(s: FakeSpreadsheet) {
      app.setActive(s);
    },
    setActive(s: FakeSpreadsheet) {
      app.setActive(s);
    },
    active() {
      return app.active;
    },
  };
}

/** Same as `service.setActiveSpreadsheet(ss)`. */
export function setActiveSpreadsheet(service: SpreadsheetService, ss: FakeSpreadsheet): void {
  service.setActiveSpreadsheet(ss);
}
