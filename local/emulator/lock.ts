/**
 * LockService. The emulator is synchronous, so nothing ever waits: a lock held by another
 * Lock object (or marked as held by "another execution" through the raw handle) makes
 * `tryLock` return false and `waitLock` throw at once; the requested timeouts are recorded.
 */
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { exception, gasName } from './utilities';

type GLock = GoogleAppsScript.Lock.Lock;
type GLockService = GoogleAppsScript.Lock.LockService;

export type LockKind = 'document' | 'script' | 'user';

/** Marker for a lock held by an execution outside the one under test. */
export const OTHER_EXECUTION = 'another execution' as const;

export interface LockRequest {
  kind: LockKind;
  /** `document`, `script` or `user:<email>`. */
  key: string;
  method: 'tryLock' | 'waitLock';
  timeoutMs: number;
  acquired: boolean;
  lockId: number;
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock implements Pick<GLock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  readonly [FAKE] = true;
  constructor(
    private readonly registry: LockRegistry,
    readonly kind: LockKind,
    readonly key: string,
    /** Sequence number, to tell Lock objects apart in `locks.holder()`. */
    readonly id: number,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.registry.acquire(this, 'tryLock', timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.registry.acquire(this, 'waitLock', timeoutInMillis)) throw exception(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this.registry.slots.get(this.key) === this;
  }
  releaseLock(): void {
    if (this.registry.slots.get(this.key) === this) this.registry.slots.delete(this.key);
  }
}

/** Raw handle: who holds what, and a way to make locks look held by another execution. */
export class LockRegistry {
  /** key → holder. Absent = free. */
  readonly slots = new Map<string, FakeLock | typeof OTHER_EXECUTION>();
  readonly requests: LockRequest[] = [];
  private seq = 0;

  constructor(private readonly ctx: EmulatorContext) {}

  static keyOf(kind: LockKind, email?: string): string {
    return kind === 'user' ? `user:${email}` : kind;
  }

  newLock(kind: LockKind): FakeLock {
    return new FakeLock(this, kind, LockRegistry.keyOf(kind, this.ctx.user.email), ++this.seq);
  }

  acquire(lock: FakeLock, method: 'tryLock' | 'waitLock', timeoutMs: number): boolean {
    if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0) {
      throw exception(`Invalid argument: timeoutInMillis`);
    }
    const holder = this.slots.get(lock.key);
    const acquired = holder === undefined || holder === lock;
    if (acquired) this.slots.set(lock.key, lock);
    this.requests.push({ kind: lock.kind, key: lock.key, method, timeoutMs, acquired, lockId: lock.id });
    return acquired;
  }

  /** The Lock object holding `kind` (for users: of `email`, default current user), OTHER_EXECUTION, or null. */
  holder(kind: LockKind, email: string = this.ctx.user.email): FakeLock | typeof OTHER_EXECUTION | null {
    return this.slots.get(LockRegistry.keyOf(kind, email)) ?? null;
  }
  isHeld(kind: LockKind, email: string = this.ctx.user.email): boolean {
    return this.slots.has(LockRegistry.keyOf(kind, email));
  }

  /** Marks the lock as held by another execution (replacing any holder). */
  hold(kind: LockKind, email: string = this.ctx.user.email): void {
    this.slots.set(LockRegistry.keyOf(kind, email), OTHER_EXECUTION);
  }
  /** Frees the lock whoever holds it. */
  release(kind: LockKind, email: string = this.ctx.user.email): void {
    this.slots.delete(LockRegistry.keyOf(kind, email));
  }
  holdDocumentLock(): void {
    this.hold('document');
  }
  releaseDocumentLock(): void {
    this.release('document');
  }
  holdScriptLock(): void {
    this.hold('script');
  }
  releaseScriptLock(): void {
    this.release('script');
  }
  holdUserLock(email?: string): void {
    this.hold('user', email);
  }
  releaseUserLock(email?: string): void {
    this.release('user', email);
  }
  /** End of an execution: Apps Script releases every lock the script still holds. */
  releaseAll(): void {
    for (const [k, v] of [...this.slots]) if (v !== OTHER_EXECUTION) this.slots.delete(k);
  }
}

export class FakeLockService implements Pick<GLockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly [FAKE] = true;
  constructor(private readonly registry: LockRegistry) {}
  /** Each call returns a new Lock object over the same underlying lock. */
  getDocumentLock(): GLock {
    return this.registry.newLock('document');
  }
  getScriptLock(): GLock {
    return this.registry.newLock('script');
  }
  getUserLock(): GLock {
    return this.registry.newLock('user');
  }
}

export function createLockService(ctx: EmulatorContext): { LockService: GLockService; locks: LockRegistry } {
  const locks = new LockRegistry(ctx);
  return {
    LockService: instrument(new FakeLockService(locks), 'LockService', ctx.counter) as unknown as GLockService,
    locks,
  };
}

gasName(FakeLock, 'Lock');
gasName(FakeLockService, 'LockService');
