/** RangeList: several ranges of one sheet, from `Sheet.getRangeList` (set-up takes its dropdown sources at once). */
import { FAKE } from '../counter';
import { SELF, asGas, gasClassName } from './errors';
import type { FakeRange } from './range';

type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export class FakeRangeList implements Pick<GasRangeList, 'getRanges'> {
  readonly [FAKE] = true;
  readonly [SELF] = this;

  constructor(private readonly ranges: readonly FakeRange[]) {}

  /** The ranges, in the order of the A1 notations given. */
  getRanges(): GasRange[] {
    return this.ranges.map((r) => asGas<GasRange>(r));
  }

  toString(): string {
    return 'RangeList';
  }
}
gasClassName(FakeRangeList, 'RangeList');
