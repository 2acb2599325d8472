/** Session (who runs the script, zone, locale) and Logger. */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { formatDate, formatString, gasName } from './utilities';

type GSession = GoogleAppsScript.Base.Session;
type GUser = GoogleAppsScript.Base.User;
type GLogger = GoogleAppsScript.Base.Logger;

export class FakeUser implements Pick<GUser, 'getEmail' | 'getUserLoginId'> {
  readonly [FAKE] = true;
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated in Apps Script; same as getEmail. */
  getUserLoginId(): string {
    return this.email;
  }
}

export class FakeSession
  implements
    Pick<
      GSession,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
    >
{
  readonly [FAKE] = true;
  constructor(private readonly ctx: EmulatorContext) {}

  getActiveUser(): GUser {
    return new FakeUser(this.ctx.user.email) as unknown as GUser;
  }
  /** The emulator runs everything as the current user (no "execute as me" deployments). */
  getEffectiveUser(): GUser {
    return new FakeUser(this.ctx.user.email) as unknown as GUser;
  }
  getScriptTimeZone(): string {
    return this.ctx.timeZone;
  }
  /** Language part of the locale, e.g. `vi_VN` → `vi`. */
  getActiveUserLocale(): string {
    return this.ctx.locale.split(/[_-]/)[0];
  }
  /** Stable, opaque per-user key. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`temp-key:${this.ctx.user.email}`)
      .digest('base64')
      .replace(/=+$/, '')
      .slice(0, 43);
  }
}

export interface LogEntry {
  time: Date;
  message: string;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Error) return String(v);
  if (Object.prototype.toString.call(v) === '[object Date]') return String(v);
  if (typeof v === 'object' && v !== null) {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

export class FakeLogger implements Pick<GLogger, 'log' | 'getLog' | 'clear'> {
  readonly [FAKE] = true;
  constructor(
    private readonly ctx: EmulatorContext,
    readonly entries: LogEntry[],
  ) {}

  /** `log(data)` or `log(format, ...values)` with `%s`-style placeholders. */
  log(data: unknown, ...values: unknown[]): GLogger {
    const message =
      values.length > 0 && typeof data === 'string' ? formatString(data, ...values.map(show)) : show(data);
    this.entries.push({ time: this.ctx.now(), message });
    return this as unknown as GLogger;
  }
  /** One line per entry: `[yy-MM-dd HH:mm:ss:SSS z] message`. */
  getLog(): string {
    return this.entries
      .map((e) => `[${formatDate(e.time, this.ctx.timeZone, 'yy-MM-dd HH:mm:ss:SSS z')}] ${e.message}\n`)
      .join('');
  }
  clear(): void {
    this.entries.length = 0;
  }
}

export function createSession(ctx: EmulatorContext): { Session: GSession; Logger: GLogger; logs: LogEntry[] } {
  const logs: LogEntry[] = [];
  return {
    Session: instrument(new FakeSession(ctx), 'Session', ctx.counter) as unknown as GSession,
    Logger: instrument(new FakeLogger(ctx, logs), 'Logger', ctx.counter) as unknown as GLogger,
    logs,
  };
}

gasName(FakeUser, 'User');
gasName(FakeSession, 'Session');
gasName(FakeLogger, 'Logger');
