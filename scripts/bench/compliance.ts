/**
 * Bench section of issue 4: compliance over a generated workbook (10,000 households,
 * 40,000 residents, 100,000 patrols, 100,000 reminders) and at one tenth of that size —
 * Node compute time, and the Spreadsheet calls of `apiComputeCompliance` on the emulator.
 */
import { intlClock } from '../../src/domain/clock';
import { computeCompliance } from '../../src/domain/compliance';
import { workbookFromValues } from '../../src/domain/workbook';
import { READ_SHEETS } from '../../src/server/workbook';
import { fresh } from './foundation';
import { FULL_SIZE, GENERATED_PERIOD, generateWorkbook, type GeneratedSize, scaled } from './generate';
import { type Add, best } from './table';

const fmt = (n: number) => n.toLocaleString('en-US');

export function benchCompliance(add: Add): void {
  for (const [name, size] of [
    ['1/10', scaled(FULL_SIZE, 0.1)],
    ['full', FULL_SIZE],
  ] as [string, GeneratedSize][]) {
    const label =
      `${fmt(size.households)} hh / ${fmt(size.residents)} residents / ` +
      `${fmt(size.patrols)} patrols / ${fmt(size.reminders)} reminders`;
    const clock = intlClock('Asia/Ho_Chi_Minh');
    const values = generateWorkbook(size, clock);
    const decodeMs = best(1, () => workbookFromValues(values, clock));
    const data = workbookFromValues(values, clock);
    const computeMs = best(5, () => computeCompliance(data, GENERATED_PERIOD));
    add(
      'Compliance',
      `computeCompliance (${name}: ${label}): Node time, best of 5`,
      `${computeMs.toFixed(0)} ms`,
      '< 1 s',
      computeMs < 1000,
    );
    add('Compliance', `row codec of the same workbook (${name}): Node time`, `${decodeMs.toFixed(0)} ms`);

    const { env, bundle } = fresh();
    bundle.setupWorkbook();
    env.counter.quiet(() => {
      for (const [sheetName, rows] of Object.entries(values)) {
        if (sheetName === 'Cài đặt') continue;
        const sheet = env.spreadsheet.getSheetByName(sheetName)!;
        const need = rows!.length - sheet.getMaxRows();
        if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
        sheet.getRange(2, 1, rows!.length - 1, rows![0].length).setValues(rows!.slice(1) as unknown[][]);
      }
    });
    env.counter.reset();
    const t = performance.now();
    const r = bundle.apiComputeCompliance(GENERATED_PERIOD) as { ok: boolean };
    const ms = performance.now() - t;
    const reads = env.counter.count({ service: 'SpreadsheetApp', kind: 'read' });
    const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
    const getValues = env.counter.count({ service: 'SpreadsheetApp', method: 'Range.getValues' });
    const formatDate = env.counter.count({ service: 'Utilities' });
    add(
      'Compliance',
      `apiComputeCompliance on the emulator (${name}): Spreadsheet calls`,
      `${reads + writes} (${reads} reads, ${writes} writes), ` +
        `${getValues} getValues for ${READ_SHEETS.length} sheets; ${formatDate} Utilities calls; ` +
        `${ms.toFixed(0)} ms in Node${r.ok ? '' : ' (failed)'}`,
      `one getValues per sheet (${READ_SHEETS.length}), 0 writes`,
      getValues === READ_SHEETS.length && writes === 0 && r.ok,
    );
  }
}
