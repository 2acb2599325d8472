/**
 * `npm run bench`: prints every measured figure with its target as one markdown table.
 * Figures are measured here, never asserted by timed tests. Each issue adds a section.
 * `npm run bench -- --json` prints the same rows as JSON.
 */
import { createTable } from './table';
import { benchPages } from './pages';
import { benchPhone } from './phone';
import { benchEmulator, benchFoundation } from './foundation';
import { benchCompliance } from './compliance';
import { benchNotice } from './notice';
import { benchSaves } from './saves';
import { benchScale } from './scale';
import { benchCommune } from './commune';

const table = createTable();
benchFoundation(table.add);
benchEmulator(table.add);
benchCompliance(table.add);
benchNotice(table.add);
benchSaves(table.add);
benchScale(table.add);
benchCommune(table.add);
void benchPages(table.add)
  .then(() => benchPhone(table.add))
  .then(() => table.print());
