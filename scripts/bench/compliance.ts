/**
 * Bench section of issue 4: compliance over a generated workbook (10,000 households,
 * 40,000 residents, 100,000 patrols, 100,000 reminders) and at one tenth of that size —
 * Node time of the domain code alone (the row codec, then the figures). `apiComputeCompliance` on the emulator,
 * with its calls, cells and estimate, is in the operations table (operations.ts).
 */
import { intlClock } from '../../src/domain/clock';
import { computeCompliance } from '../../src/domain/compliance';
import { workbookFromValues } from '../../src/domain/workbook';
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
    const decodeMs = best(3, () => workbookFromValues(values, clock));
    const data = workbookFromValues(values, clock);
    const computeMs = best(5, () => computeCompliance(data, GENERATED_PERIOD));
    add(
      'Compliance',
      `computeCompliance (${name}: ${label}): Node time, best of 5`,
      `${computeMs.toFixed(0)} ms`,
      '< 1 s',
      computeMs < 1000,
    );
    add('Compliance', `row codec of the same workbook (${name}): Node time, best of 3`, `${decodeMs.toFixed(0)} ms`);
  }
}
