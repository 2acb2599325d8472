/**
 * `PLAYGROUND_TRACE=<file> npm run test:browser`: besides the playground's request and save lines
 * (local/playground/trace.ts), each browser test file writes to `<file>` its start and end, each test's start and
 * end with the longest event-loop delay during it, every stall of this process's event loop over 150 ms and every
 * garbage collection over 50 ms, with the heap. The playground server, the emulator and the Playwright client share
 * this event loop: a hung click beside no stall points at the page or the browser, not at the server.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { memory, trace, traceFile } from '../../local/playground/trace';

const testPath = expect.getState().testPath ?? '';

if (traceFile() && /[\\/]test[\\/]browser[\\/]/.test(testPath)) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const ms = (ns: number) => `${Math.round(ns / 1e6)}ms`;
  const TICK = 50;
  let last = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const gcs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration > 50) trace(`gc ${Math.round(e.duration)}ms ${memory()}`);
  });

  beforeAll(() => {
    trace(`file ${path(testPath)} ${memory()}`);
    delay.enable();
    gcs.observe({ entryTypes: ['gc'] });
    last = performance.now();
    timer = setInterval(() => {
      const now = performance.now();
      if (now - last > TICK + 150) trace(`stall ${Math.round(now - last - TICK)}ms ${memory()}`);
      last = now;
    }, TICK);
    timer.unref();
  });
  beforeEach(() => {
    delay.reset();
    trace(`test ${expect.getState().currentTestName}`);
  });
  afterEach(() => {
    trace(
      `test done, event loop max ${ms(delay.max)} p99 ${ms(delay.percentile(99))}: ` +
        `${expect.getState().currentTestName} ${memory()}`,
    );
  });
  afterAll(() => {
    clearInterval(timer);
    gcs.disconnect();
    delay.disable();
    trace(`file done ${path(testPath)} ${memory()}`);
  });
}

function path(p: string): string {
  return p.slice(p.search(/test[\\/]browser/));
}
