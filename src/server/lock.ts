import { gas } from './gas';
import { t } from '../domain/i18n';

/** How long a save waits for another user's save to finish. */
export const LOCK_WAIT_MS = 10_000;

/** Runs `fn` under the document lock, released in `finally`; a busy lock gives a message to retry. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = gas.documentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t('lock.busy'));
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
