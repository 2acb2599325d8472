import { createContext } from '../../local/emulator/context';
import { createLockService, OTHER_EXECUTION } from '../../local/emulator/lock';

function setup() {
  const ctx = createContext({ userEmail: 'a@example.com' });
  return { ctx, ...createLockService(ctx) };
}

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

describe('LockService', () => {
  test('each call returns a new Lock over the same document lock', () => {
    const { LockService, locks } = setup();
    const first = LockService.getDocumentLock();
    const second = LockService.getDocumentLock();
    expect(first).not.toBe(second);
    expect(first.tryLock(10000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(first.tryLock(10000)).toBe(true); // re-entrant for the same object
    expect(second.tryLock(5000)).toBe(false);
    expect(second.hasLock()).toBe(false);
    expect(locks.isHeld('document')).toBe(true);
    first.releaseLock();
    expect(first.hasLock()).toBe(false);
    expect(second.tryLock(5000)).toBe(true);
    expect(locks.requests.map((r) => [r.method, r.timeoutMs, r.acquired])).toEqual([
      ['tryLock', 10000, true],
      ['tryLock', 10000, true],
      ['tryLock', 5000, false],
      ['tryLock', 5000, true],
    ]);
  });

  test('waitLock throws the Apps Script timeout when another holds the lock', () => {
    const { LockService } = setup();
    const first = LockService.getScriptLock();
    first.waitLock(30000);
    const second = LockService.getScriptLock();
    expect(() => second.waitLock(30000)).toThrow(TIMEOUT);
    try {
      second.waitLock(1);
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect(String(e)).toBe(`Exception: ${TIMEOUT}`);
    }
    first.releaseLock();
    expect(() => second.waitLock(1)).not.toThrow();
  });

  test('releaseLock is a no-op when not held; kinds are independent', () => {
    const { LockService } = setup();
    const doc = LockService.getDocumentLock();
    doc.releaseLock();
    expect(doc.tryLock(1)).toBe(true);
    expect(LockService.getScriptLock().tryLock(1)).toBe(true);
    expect(LockService.getUserLock().tryLock(1)).toBe(true);
    LockService.getDocumentLock().releaseLock(); // another Lock object cannot release it
    expect(doc.hasLock()).toBe(true);
  });

  test('user locks are per user', () => {
    const { LockService, ctx, locks } = setup();
    const a = LockService.getUserLock();
    expect(a.tryLock(1)).toBe(true);
    ctx.user.email = 'b@example.com';
    const b = LockService.getUserLock();
    expect(b.tryLock(1)).toBe(true);
    expect(locks.isHeld('user', 'a@example.com')).toBe(true);
    expect(locks.isHeld('user', 'b@example.com')).toBe(true);
  });

  test('a lock can be made to look held by another execution', () => {
    const { LockService, locks } = setup();
    locks.holdDocumentLock();
    expect(locks.holder('document')).toBe(OTHER_EXECUTION);
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(10000)).toBe(false);
    expect(() => lock.waitLock(10000)).toThrow(TIMEOUT);
    locks.releaseDocumentLock();
    expect(lock.tryLock(10000)).toBe(true);
    expect(locks.holder('document')).not.toBeNull();
    locks.releaseAll();
    expect(locks.holder('document')).toBeNull();
    locks.holdScriptLock();
    locks.releaseAll(); // only the script's own locks end with the execution
    expect(locks.holder('script')).toBe(OTHER_EXECUTION);
  });

  test('calls are counted under LockService', () => {
    const { LockService, ctx } = setup();
    const lock = LockService.getDocumentLock();
    lock.tryLock(1);
    lock.releaseLock();
    expect(ctx.counter.byMethod('LockService')).toEqual({
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
      'Lock.releaseLock': 1,
    });
  });
});
