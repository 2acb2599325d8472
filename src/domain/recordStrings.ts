/**
 * The strings of each record type of the registry: `record.<key>.tab|title|help|log` in the
 * catalogue, and the optional `record.<key>.ended` of a type with an active span. Reading them through
 * here makes the compiler name any that a new record type lacks ("Property
 * 'record.fireChecks.help' is missing…"), instead of failing at run time.
 */
import { VI } from './i18n';
import type { RecordType } from './registry/define';
import type { RecordKey } from './sheets';

export type RecordPart = 'tab' | 'title' | 'help' | 'log';

/** Every record type's four strings: the catalogue must have them all. */
const RECORD_STRINGS: { readonly [K in `record.${RecordKey}.${RecordPart}`]: string } = VI;

/** A record type's tab label, form title, help line or journal action. */
export function recordText(key: RecordKey, part: RecordPart): string {
  return RECORD_STRINGS[`record.${key}.${part}`];
}

/** " (đã chuyển đi)": shown after a record whose active span has ended ('' for a type without one). */
export function endedText(type: RecordType): string {
  if (!type.active) return '';
  const texts: Readonly<Record<string, string>> = VI;
  return texts[`record.${type.key}.ended`] ?? '';
}
