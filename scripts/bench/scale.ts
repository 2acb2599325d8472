/**
 * Bench section of issue 7: every API on a workbook of 50,000 rows in every record sheet
 * (test/support/scale.ts, the same workbook and calls as test/reliability/scale.test.ts):
 * Node time and service calls per call, and from them an estimate of the time in Apps
 * Script (`estimateSeconds` of table.ts: the JavaScript 10× slower than Node here, 0.1 s
 * per Google service call, 1 ms per `Utilities.formatDate`).
 * Apps Script stops a `google.script.run` call after 6 min; the target keeps a margin of
 * 3× (≤ 2 min). A sidebar user should not wait more than 30 s: said beside each figure.
 */
import { callAsScriptRun } from '../../local/bundle';
import { SCALE_CALLS, scaleWorkbook } from '../../test/support/scale';
import { type Add, ESTIMATE, estimateSeconds } from './table';

const ROWS = 50_000;
const LIMIT_S = 360;
const TARGET_S = LIMIT_S / 3;

export function benchScale(add: Add): void {
  let t = performance.now();
  const { env, bundle } = scaleWorkbook(ROWS);
  add(
    'Scale',
    `workbook of ${ROWS.toLocaleString('en-US')} rows in each of the 12 record sheets: built in Node (uncounted)`,
    `${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  for (const c of SCALE_CALLS) {
    env.counter.reset();
    t = performance.now();
    const r = callAsScriptRun(bundle, c.api, c.input === undefined ? [] : [c.input]) as { ok: boolean };
    const ms = performance.now() - t;
    const sheets = env.counter.count({ service: 'SpreadsheetApp' });
    const utilities = env.counter.count({ service: 'Utilities' });
    const services = env.counter.log.length - utilities;
    const estimate = estimateSeconds(ms, services, utilities);
    const kb = Buffer.byteLength(JSON.stringify(r)) / 1024;
    add(
      'Scale',
      `${c.api} (${c.label}) at ${ROWS.toLocaleString('en-US')} rows/sheet`,
      `${ms.toFixed(0)} ms in Node; ${services} service calls (${sheets} Spreadsheet) + ${utilities} formatDate; ` +
        `answer ${kb < 1 ? kb.toFixed(1) : kb.toFixed(0)} KB → est. ${estimate.toFixed(0)} s in Apps Script` +
        `${estimate <= 30 ? ' (< 30 s)' : ' (over 30 s)'}${r.ok ? '' : ' (failed)'}`,
      `est. ≤ ${TARGET_S / 60} min (⅓ of the 6 min limit); ${ESTIMATE.text}`,
      r.ok && estimate <= TARGET_S,
    );
  }
}
