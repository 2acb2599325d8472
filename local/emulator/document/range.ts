/** RangeElement: an element, or a part of a Text element, found by findText/findElement. */
import { gasName } from '../utilities';
import { FAKE } from '../counter';
import type { DocElement } from './element';

type GRangeElement = GoogleAppsScript.Document.RangeElement;

export class FakeRangeElement
  implements Pick<GRangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'>
{
  readonly [FAKE] = true;
  /** Offsets are -1 for a whole element (as Apps Script). */
  constructor(
    readonly element: DocElement,
    readonly start = -1,
    readonly endInclusive = -1,
  ) {}
  getElement(): GoogleAppsScript.Document.Element {
    return this.element as unknown as GoogleAppsScript.Document.Element;
  }
  getStartOffset(): number {
    return this.start;
  }
  getEndOffsetInclusive(): number {
    return this.endInclusive;
  }
  isPartial(): boolean {
    return this.start >= 0;
  }
}

gasName(FakeRangeElement, 'RangeElement');
