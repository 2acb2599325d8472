/**
 * Bench section of issue 18: the commune's update (SPEC §9.4) on the emulator — Apps Script calls per village
 * (`openById` and the reads of the village's own figures, then the commune's row and progress), the estimated
 * time per village in Apps Script, and how many villages one 6-minute execution reads (5 minutes of budget,
 * one kept for `Tổng hợp xã`).
 */
import { RUN_BUDGET_MS } from '../../src/domain/commune/progress';
import { buildCommune, PERIOD } from '../../test/support/commune';
import { estimate, measureOf } from './cost';
import type { Add } from './table';

export function benchCommune(add: Add): void {
  for (const [label, generated] of [
    [
      'sample + 2 generated (40, 90 rows a sheet)',
      [
        ['Nà Vường', 40],
        ['Khuổi Cuồng', 90],
      ],
    ],
    [
      'sample + 4 generated (2,000 rows a sheet)',
      [
        ['A', 2000],
        ['B', 2000],
        ['C', 2000],
        ['D', 2000],
      ],
    ],
  ] as [string, [string, number][]][]) {
    const c = buildCommune({ generated, faults: false });
    const villages = generated.length + 1;
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const r = c.bundle.apiCommuneUpdate(PERIOD) as { ok: boolean; data: { finished: boolean } };
    const nodeMs = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    if (!r.ok || !r.data.finished) throw new Error('commune update did not finish');
    const log = c.counter.log;
    const service = log.filter((x) => x.service !== 'Utilities').length;
    const sheetCalls = c.counter.count({ service: 'SpreadsheetApp' });
    const perVillage = {
      calls: service / villages,
      opens: c.counter.count({ method: 'SpreadsheetApp.openById' }) / villages,
      reads: c.counter.count({ method: 'Range.getValues' }) / villages,
    };
    const seconds = estimate(measureOf(c.counter, nodeMs, (used.user + used.system) / 1000)).total / villages;
    add(
      'Commune',
      `service calls per village, whole update incl. Tổng hợp xã (${label})`,
      `${perVillage.calls.toFixed(1)} (${(sheetCalls / villages).toFixed(1)} SpreadsheetApp; ` +
        `${perVillage.opens} openById, ${perVillage.reads.toFixed(1)} getValues)`,
    );
    add('Commune', `estimated Apps Script time per village (${label})`, `${seconds.toFixed(1)} s`, '', null);
    const perRun = Math.floor(RUN_BUDGET_MS / 1000 / seconds);
    add(
      'Commune',
      `villages per 6-minute execution (5 min budget; ${label})`,
      `${perRun} → 200 villages in ${Math.ceil(200 / perRun)} runs`,
      '≥ 1 per run; 200 finish via Tiếp tục',
      perRun >= 1,
    );
  }
}
