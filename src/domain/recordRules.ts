/**
 * Rules of a record that need more than the record itself (SPEC §2.1), shared by the saves (`inputs.ts`, with the
 * data a save reads) and the data check (`check.ts`, with the sheet's rows and `Cài đặt`):
 * - a member's contact columns: `Email` one address as the rights of `Cài đặt` read them (`rights.ts`), `Điện
 *   thoại` digits, spaces and a leading `+`, 8–15 digits;
 * - fields no two records may share (`unique` of the registry: a member's email, which decides who uses the phone
 *   page), blanks excepted and case ignored;
 * - days of the model's own activities (`sinceFounding` columns) not before its founding day (`ngay_thanh_lap`).
 */
import { isIsoDay } from './clock';
import { t } from './i18n';
import type { RecordType, RuleIssue } from './registry/define';
import { parseEmailList } from './rights';
import { slashDate } from './viFormat';

/** One email address, as `Cài đặt`'s rights accept it: ASCII only, a local part, `@`, a dotted domain. */
export function isEmailAddress(v: string): boolean {
  const { valid, invalid } = parseEmailList(v);
  return invalid.length === 0 && valid.length === 1 && valid[0] === v.toLowerCase();
}

/** A phone number: digits and spaces, `+` only first, 8 to 15 digits. */
export function isPhoneNumber(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return /^\+?[0-9 ]+$/.test(v) && digits >= 8 && digits <= 15;
}

/** The contact columns of a member (`email`, `phone`) when given and not blank. */
export function contactIssues(
  m: Partial<Record<string, unknown>>,
  header: (field: 'email' | 'phone') => string,
): RuleIssue[] {
  const out: RuleIssue[] = [];
  const { email, phone } = m;
  if (typeof email === 'string' && email !== '' && !isEmailAddress(email))
    out.push({ field: 'email', message: t('input.badEmail', { name: header('email'), value: email }) });
  if (typeof phone === 'string' && phone !== '' && !isPhoneNumber(phone))
    out.push({ field: 'phone', message: t('input.badPhone', { name: header('phone'), value: phone }) });
  return out;
}

/** A `unique` field's value as compared: trimmed, lower-cased; '' for a blank or a value that is not text. */
const key = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');

const headerOf = (type: RecordType, field: string) => type.list.find((c) => c.field === field)?.header ?? field;

/**
 * A record's `unique` fields against `peers`, the other records of its sheet (an edit: without the record itself):
 * each value another record has is named with that record's id.
 */
export function uniqueIssues(
  type: RecordType,
  record: Readonly<Record<string, unknown>>,
  peers: readonly ({ id: string } & Record<string, unknown>)[],
): RuleIssue[] {
  const out: RuleIssue[] = [];
  for (const field of type.unique ?? []) {
    const k = key(record[field]);
    if (k === '') continue;
    const other = peers.find((p) => key(p[field]) === k);
    if (other)
      out.push({
        field,
        message: t('input.uniqueTaken', {
          name: headerOf(type, field),
          value: String(record[field]),
          id: other.id,
          sheet: type.name,
        }),
      });
  }
  return out;
}

/**
 * The rows of a sheet that share a `unique` field's value with another row (data check): every such row, naming
 * the others by id (`dòng N` for a row without one).
 */
export function sharedValues(
  type: RecordType,
  rows: readonly { row: number; record: Readonly<Record<string, unknown>> }[],
): { row: number; field: string; message: string }[] {
  const out: { row: number; field: string; message: string }[] = [];
  for (const field of type.unique ?? []) {
    const groups = new Map<string, { row: number; record: Readonly<Record<string, unknown>> }[]>();
    for (const r of rows) {
      const k = key(r.record[field]);
      if (k === '') continue;
      const group = groups.get(k);
      if (group) group.push(r);
      else groups.set(k, [r]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const r of group) {
        const others = group
          .filter((o) => o !== r)
          .map((o) => (typeof o.record.id === 'string' && o.record.id ? o.record.id : t('check.rowN', { row: o.row })));
        const value = String(r.record[field]);
        const params = { name: headerOf(type, field), value, id: others.join(', '), sheet: type.name };
        out.push({ row: r.row, field, message: t('input.uniqueTaken', params) });
      }
    }
  }
  return out.sort((a, b) => a.row - b.row);
}

/** A record's days of the model's own activity (`sinceFounding`) before `founded` (`YYYY-MM-DD`, if known). */
export function beforeFounding(
  type: RecordType,
  record: Readonly<Record<string, unknown>>,
  founded: string | null | undefined,
): RuleIssue[] {
  if (!founded || !isIsoDay(founded)) return [];
  const out: RuleIssue[] = [];
  for (const col of type.list) {
    const v = record[col.field];
    if (!col.sinceFounding || typeof v !== 'string' || !isIsoDay(v) || v >= founded) continue;
    out.push({
      field: col.field,
      message: t('input.beforeFounding', { name: col.header, day: slashDate(v), founded: slashDate(founded) }),
    });
  }
  return out;
}
