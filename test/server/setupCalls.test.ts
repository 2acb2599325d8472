/**
 * Spreadsheet calls of set-up and of the sample loader, counted by the emulator (every call Apps Script would make,
 * builders and getters included). Upper bounds equal to what was measured: a change that adds calls fails here.
 * Issue 15 asks ≤ 60 (empty) and ≤ 20 (complete); what stands between these figures and those targets is listed in
 * src/server/setup.ts (header comment).
 */
import { loaded } from '../support/env';

// The owner-only protection of the rights rows of `Cài đặt` (issue 13) costs ~8 calls on an empty workbook, ~10 on
// a complete one (read back and compared); new columns of the registry account for the rest of the rise.
const MEASURED = { empty: 523, complete: 255, sampleOnEmpty: 582, sampleOnComplete: 328 };

function calls(env: ReturnType<typeof loaded>['env']) {
  const reads = env.counter.count({ service: 'SpreadsheetApp', kind: 'read' });
  const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
  return { reads, writes, total: reads + writes };
}

describe('Spreadsheet calls of set-up', () => {
  it('on an empty workbook, then on the complete workbook it left (reads only)', () => {
    const { env, bundle } = loaded();
    env.counter.reset();
    bundle.setupWorkbook();
    expect(calls(env).total).toBeLessThanOrEqual(MEASURED.empty);
    env.counter.reset();
    bundle.setupWorkbook();
    const second = calls(env);
    expect(second.writes).toBe(0);
    expect(second.total).toBeLessThanOrEqual(MEASURED.complete);
    // Each sheet is named once: no lookup by name repeats the list.
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Sheet.getName' })).toBeLessThanOrEqual(20);
  });

  it('of the sample loader, on an empty and on a set-up workbook', () => {
    const first = loaded();
    first.env.counter.reset();
    first.bundle.loadSampleVillage();
    expect(calls(first.env).total).toBeLessThanOrEqual(MEASURED.sampleOnEmpty);
    const second = loaded();
    second.bundle.setupWorkbook();
    second.env.counter.reset();
    second.bundle.loadSampleVillage();
    expect(calls(second.env).total).toBeLessThanOrEqual(MEASURED.sampleOnComplete);
  });
});
