/**
 * `PLAYGROUND_TRACE=<file>`: the playground appends one line per request (its time on the server, the emulator's
 * call log, the heap) and per save (the snapshot's time and size) to `<file>`, each with its ISO time. Off unless
 * set; the browser tests add the test runner's event-loop stalls to the same file (test/support/browserTrace.ts),
 * to tell a slow server from a stalled page when a browser test hangs.
 */
import { appendFileSync } from 'node:fs';

/** The trace file, or undefined (no tracing). Read at each call, so a test may set it. */
export const traceFile = (): string | undefined => process.env.PLAYGROUND_TRACE || undefined;

export function trace(line: string): void {
  const file = traceFile();
  if (file) appendFileSync(file, `${new Date().toISOString()} ${line}\n`);
}

/** The process's memory, in MB: `heap=… rss=…`. */
export function memory(): string {
  const m = process.memoryUsage();
  const mb = (n: number) => `${Math.round(n / 1e6)}MB`;
  return `heap=${mb(m.heapUsed)} heapTotal=${mb(m.heapTotal)} rss=${mb(m.rss)}`;
}
