/**
 * The in-memory Apps Script environment: every service the add-on uses, sharing one
 * context (clock, user, zone) and one call counter. `globals` is what a `vm` context
 * running `dist/Code.js` gets as its global names.
 */
import { createContext, type EmulatorContext, type EmulatorContextOptions } from './context';
import { CallCounter } from './counter';
import { createSpreadsheetService, deserializeSpreadsheet, serializeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createPropertiesService } from './properties';
import { createCacheService } from './cache';
import { createUtilities } from './utilities';
import { createSession } from './session';
import { createDrive } from './drive';
import { createDocumentApp } from './document';
import { createScriptApp } from './script';

export interface GasEnvironmentOptions extends EmulatorContextOptions {
  /** Folder holding the built `<Name>.html` pages (HtmlService files). Default `dist`. */
  htmlDir?: string;
  /** A workbook saved with `env.saveSpreadsheet()` to start from. */
  spreadsheet?: unknown;
  spreadsheetName?: string;
  /** The web app's address `ScriptApp.getService().getUrl()` answers (null: not deployed as a web app). */
  webAppUrl?: string | null;
}

export function createGasEnvironment(opts: GasEnvironmentOptions = {}) {
  const ctx: EmulatorContext = createContext(opts);
  const sheets = createSpreadsheetService(ctx, { name: opts.spreadsheetName ?? 'Thôn Pác Khuông – ANTT tự quản' });
  if (opts.spreadsheet) sheets.setActive(deserializeSpreadsheet(ctx, opts.spreadsheet));
  ctx.activeDocumentId = () => sheets.active().getId();
  const html = createHtmlService(ctx, { htmlDir: opts.htmlDir ?? 'dist' });
  const lock = createLockService(ctx);
  const props = createPropertiesService(ctx);
  const cache = createCacheService(ctx);
  const utils = createUtilities(ctx);
  const session = createSession(ctx);
  const drive = createDrive(ctx);
  const docs = createDocumentApp(ctx, drive.drive);
  const script = createScriptApp(ctx, opts.webAppUrl === undefined ? null : opts.webAppUrl);
  const folder = drive.drive.root;
  const registerSpreadsheet = (ss: FakeSpreadsheet = sheets.active()) => {
    if (!drive.drive.hasFile(ss.getId())) {
      drive.drive.registerFile({
        id: ss.getId(),
        name: ss.getName(),
        mimeType: 'application/vnd.google-apps.spreadsheet',
        parentId: folder.getId(),
        // The spreadsheet's file belongs to its owner (a saved workbook keeps its owner).
        owner: ss.owner,
      });
    }
  };
  registerSpreadsheet();

  const globals: Record<string, unknown> = {
    SpreadsheetApp: sheets.SpreadsheetApp,
    Charts: sheets.Charts,
    HtmlService: html.HtmlService,
    LockService: lock.LockService,
    PropertiesService: props.PropertiesService,
    CacheService: cache.CacheService,
    Utilities: utils.Utilities,
    Session: session.Session,
    Logger: session.Logger,
    DriveApp: drive.DriveApp,
    DocumentApp: docs.DocumentApp,
    ScriptApp: script.ScriptApp,
  };

  return {
    ctx,
    counter: ctx.counter as CallCounter,
    globals,
    /** The active spreadsheet, uncounted. */
    get spreadsheet() {
      return sheets.active();
    },
    ui: sheets.ui,
    locks: lock.locks,
    properties: props.stores,
    drive: drive.drive,
    docs: docs.docs,
    logs: session.logs,
    /** Plain JSON of the active workbook (for the playground's state file). */
    saveSpreadsheet: () => serializeSpreadsheet(sheets.active()),
    /** The web app deployment (`url` null: not deployed). */
    webApp: script.webApp,
    /**
     * Adds another spreadsheet to the environment (a new empty one named `name`, a workbook saved with
     * `saveSpreadsheet()`, or a FakeSpreadsheet): `SpreadsheetApp.openById(id)` finds it (when the user may open
     * it), Drive lists its file, and it has its own document properties. The active spreadsheet stays.
     */
    addSpreadsheet(from: { name?: string; owner?: string } | FakeSpreadsheet | unknown = {}): FakeSpreadsheet {
      const ss =
        from instanceof FakeSpreadsheet
          ? from
          : from && typeof from === 'object' && 'sheets' in from
            ? deserializeSpreadsheet(ctx, from)
            : new FakeSpreadsheet(ctx, { ...(from as { name?: string; owner?: string }), ui: sheets.ui });
      sheets.app.register(ss);
      registerSpreadsheet(ss);
      return ss;
    },
    /** Makes `ss` (one of the environment's) the active spreadsheet: the next calls run as if bound to it. */
    setActiveSpreadsheet(ss: FakeSpreadsheet): void {
      sheets.setActive(ss);
      registerSpreadsheet(ss);
    },
    /** Every spreadsheet of the environment, raw (the active one included). */
    spreadsheets(): FakeSpreadsheet[] {
      return [...sheets.app.registry.values()];
    },
    /** Makes the user of the next calls someone else (several users share a workbook). */
    setUser(email: string) {
      ctx.user.email = email;
    },
  };
}

export type GasEnvironment = ReturnType<typeof createGasEnvironment>;
export { CallCounter };
