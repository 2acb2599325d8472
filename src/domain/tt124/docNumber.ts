/**
 * A document number (`Nghị quyết, đăng ký › Số văn bản`) is an identifier, not free text (SPEC §4, §10): the TT 124
 * self-assessment prints it only when it has the shape of a Vietnamese document number — digits, capital letters
 * (Vietnamese ones too: `Đ`, `Ư`…), `-`, `/` and `.`, at least one digit, no space, at most `DOC_NUMBER_MAX`
 * characters (`01-NQ/CB`, `15/ĐK-KDC`, `123/QĐ-UBND`) — and holds no private name (privateNames.ts). Anything else is
 * left out of the evidence (the type and the day stay); the entry form and the data check name the column.
 */
import type { NameFinder } from '../privateNames';

export const DOC_NUMBER_MAX = 30;

const SHAPE = /^[\p{Lu}\d][\p{Lu}\d./-]*$/u;

/** The number as compared and printed: NFC, trimmed. */
const clean = (s: string) => s.normalize('NFC').trim();

/** True when `s` has the shape of a document number (a blank number has none). */
export function isDocNumber(s: string): boolean {
  const v = clean(s);
  return v.length <= DOC_NUMBER_MAX && SHAPE.test(v) && /\d/.test(v);
}

/** The number as a Doc may print it, or '' when it has not the shape of one or holds a private name. */
export function shownDocNumber(s: string, find: NameFinder): string {
  const v = clean(s);
  return isDocNumber(v) && !find(v) ? v : '';
}
