import { CallCounter } from './counter';

/** What every emulated service shares: the call counter, the clock, the user and the zone. */
export interface EmulatorContext {
  counter: CallCounter;
  /** Script/spreadsheet time zone, e.g. `Asia/Ho_Chi_Minh`. */
  timeZone: string;
  locale: string;
  /** The user running the current execution (changeable to emulate several users). */
  user: { email: string };
  /** The emulator clock. */
  now(): Date;
  /** Deterministic ids: `nextId('ss')` → `ss-000001`. */
  nextId(prefix: string): string;
  /**
   * The OAuth scopes of the manifest (full URLs) when the environment models them: `SpreadsheetApp.openById`
   * then needs `spreadsheets` or `spreadsheets.readonly`. Undefined: every call is allowed.
   */
  scopes?: readonly string[];
  /** Id of the active document, for the per-document stores (document properties and cache). */
  activeDocumentId?: () => string;
}

export interface EmulatorContextOptions {
  timeZone?: string;
  locale?: string;
  userEmail?: string;
  now?: () => Date;
  counter?: CallCounter;
  /** The manifest's OAuth scopes (see EmulatorContext.scopes). */
  scopes?: readonly string[];
}

export function createContext(opts: EmulatorContextOptions = {}): EmulatorContext {
  let seq = 0;
  return {
    counter: opts.counter ?? new CallCounter(),
    timeZone: opts.timeZone ?? 'Asia/Ho_Chi_Minh',
    locale: opts.locale ?? 'vi_VN',
    user: { email: opts.userEmail ?? 'thuky@example.com' },
    now: opts.now ?? (() => new Date()),
    nextId: (prefix) => `${prefix}-${String(++seq).padStart(6, '0')}`,
    scopes: opts.scopes,
  };
}
