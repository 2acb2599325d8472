/**
 * One typed promise wrapper over `google.script.run`. In Apps Script the object is
 * provided by the sidebar's iframe; in the playground and the browser tests a shim
 * with the same shape forwards to the bundle.
 */
import type { ApiArgs, ApiName, ApiReply } from '../../domain/api';
import { t } from '../../domain/i18n';
import { thrownMessage, userMessage } from '../../domain/userError';

export interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [fn: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun; host: { close(): void } } };
    __BOOT__?: unknown;
  }
}

/**
 * Calls a server function of the map in `src/domain/api.ts` with its argument (none for a function
 * that takes none) and resolves with its reply: an unknown name or a wrong argument does not compile.
 */
export function call<K extends ApiName>(fn: K, ...args: ApiArgs<K>): Promise<ApiReply<K>> {
  type T = ApiReply<K>;
  return new Promise<T>((resolve, reject) => {
    const g = window.google;
    if (!g) {
      reject(new Error(t('rpc.noConnection')));
      return;
    }
    const runner = g.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(pageError(fn, e)));
    const target = runner[fn];
    if (typeof target !== 'function') {
      reject(new Error(t('rpc.unknownFunction', { name: fn })));
      return;
    }
    (target as (...a: unknown[]) => void).apply(runner, args);
  });
}

/**
 * The error a page shows for a failed call: the server's functions already throw in Vietnamese
 * (src/server/guard.ts), but `google.script.run` itself fails in English (a lost connection, an argument
 * it cannot send): those become a Vietnamese sentence too, the original in the browser console.
 */
function pageError(fn: string, e: unknown): Error {
  const raw = thrownMessage(e);
  const shown = userMessage(raw);
  if (shown.ours && e instanceof Error) return e;
  if (!shown.ours) console.error(`${fn}: ${raw}`);
  return new Error(shown.message);
}

/** The data the server inlined into the page when it opened it. */
export function boot<T>(): T {
  return window.__BOOT__ as T;
}

export function closeHost(): void {
  window.google?.script.host.close();
}
