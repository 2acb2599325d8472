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
}

export interface EmulatorContextOptions {
  timeZone?: string;
  locale?: string;
  userEmail?: string;
  now?: () => Date;
  counter?: CallCounter;
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
  };
}
