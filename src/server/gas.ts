/**
 * The one module that reaches the Apps Script services. Everything else in the shell
 * asks here, so the same code runs on Google's servers and on the local emulator
 * (where these names are globals of the `vm` context).
 */
import { type Clock, zoneClock } from '../domain/clock';
import { cachedClock } from '../domain/workbook';

/**
 * Inside `gas.scoped` (one save: `save/run.ts`) the document's properties and cache are asked for once — a save
 * used to ask three and two times; outside it, each time (the emulator may switch documents between calls).
 */
let handles: Map<string, unknown> | null = null;
function once<T>(name: string, get: () => T): T {
  if (!handles) return get();
  if (!handles.has(name)) handles.set(name, get());
  return handles.get(name) as T;
}

export const gas = {
  spreadsheet: (): GoogleAppsScript.Spreadsheet.Spreadsheet => SpreadsheetApp.getActive(),
  app: (): GoogleAppsScript.Spreadsheet.SpreadsheetApp => SpreadsheetApp,
  ui: (): GoogleAppsScript.Base.Ui => SpreadsheetApp.getUi(),
  html: (): GoogleAppsScript.HTML.HtmlService => HtmlService,
  charts: (): GoogleAppsScript.Charts.Charts => Charts,
  documents: (): GoogleAppsScript.Document.DocumentApp => DocumentApp,
  drive: (): GoogleAppsScript.Drive.DriveApp => DriveApp,
  documentLock: (): GoogleAppsScript.Lock.Lock => LockService.getDocumentLock(),
  documentProperties: (): GoogleAppsScript.Properties.Properties =>
    once('properties', () => PropertiesService.getDocumentProperties()),
  documentCache: (): GoogleAppsScript.Cache.Cache | null => once('cache', () => CacheService.getDocumentCache()),
  /** Runs `fn` with the document's properties and cache asked for once (nested: the outer scope's). */
  scoped<T>(fn: () => T): T {
    if (handles) return fn();
    handles = new Map();
    try {
      return fn();
    } finally {
      handles = null;
    }
  },
  /** The web app's address (`/exec`), or '' when the script has no web app deployment. */
  webAppUrl: (): string => {
    try {
      return ScriptApp.getService().getUrl() || '';
    } catch {
      return '';
    }
  },
  userEmail: (): string => {
    try {
      return Session.getActiveUser().getEmail();
    } catch {
      return '';
    }
  },
};

/**
 * The spreadsheet's clock (dates are midnight instants in its zone): on V8's `Intl` when it formats the zone as
 * `Utilities.formatDate` does on a few probes (`zoneClock`: ~6 service calls, then none per date), else on
 * `Utilities.formatDate`, each instant formatted once per call: 50,000 rows of the same day cost one call.
 */
export function sheetClock(ss: GoogleAppsScript.Spreadsheet.Spreadsheet = gas.spreadsheet()): Clock {
  const tz = ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  return cachedClock(zoneClock(tz, (d, p) => Utilities.formatDate(d, tz, p)));
}
