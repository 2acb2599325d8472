/**
 * `npm run bench`: prints every measured figure with its target as a markdown table, then the operations table
 * (operations.ts: calls, cells, estimated Apps Script time and limits of every operation).
 * Figures are measured here, never asserted by timed tests. Each issue adds a section.
 * `npm run bench -- --json` prints the same rows as JSON: `{ rows, operations }`.
 */
import { createTable } from './table';
import { benchPages } from './pages';
import { benchPhone } from './phone';
import { benchEmulator, benchFoundation } from './foundation';
import { benchCompliance } from './compliance';
import { benchNotice } from './notice';
import { benchOperations } from './operations';
import { benchCommune } from './commune';

const table = createTable();
benchFoundation(table.add);
benchEmulator(table.add);
benchCompliance(table.add);
benchNotice(table.add);
benchCommune(table.add);
benchOperations(table.addOp);
/** A section that fails prints as a failed row, not as no table at all. */
const failed = (area: string) => (e: unknown) =>
  table.add(area, 'bench section failed', String(e instanceof Error ? e.message : e).split('\n')[0], 'runs', false);
void benchPages(table.add)
  .catch(failed('Pages'))
  .then(() => benchPhone(table.add))
  .catch(failed('Phone'))
  .then(() => table.print());
