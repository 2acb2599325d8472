/**
 * Likely duplicates (SPEC §6): records that look like the same thing entered twice.
 * A save that finds one answers `needsConfirm` with these warnings and writes nothing
 * until sent again with `confirm: true`; the data check lists the pairs already in the
 * sheets. The rules, by record type:
 * - a patrol of the same team on the same day with overlapping hours (an end before the
 *   start runs past midnight; a patrol without hours covers its whole day);
 * - a household with the same head (accents, case and spaces ignored) in the same team;
 * - a team with the same name (the same way);
 * - a session on the same day with the same form and topic.
 * Pure: the callers pass the records they read.
 */
import type { FieldValue } from './fields';
import { t } from './i18n';
import { searchKey } from './list';
import { slashDate } from './viFormat';

type Rec = Readonly<Record<string, FieldValue | undefined>>;

/** A record of the sheet, by its id. */
export interface Candidate {
  id: string;
  record: Rec;
}

export interface DuplicateRule {
  /** The fields the rule reads (an edit that changes none of them is not checked again). */
  fields: readonly string[];
  /** The field a warning is about. */
  field: string;
  /** Records with different keys are never duplicates. */
  key(r: Rec): string | null;
  /**
   * A field the key holds as it is: two records whose values of it differ are never duplicates, so a large sheet
   * is compared on it first and only its matching rows are read whole.
   */
  exact?: string;
  /** Extra test for records of the same key. */
  same?(a: Rec, b: Rec): boolean;
  /** The warning naming the record `other` (with id `id`). */
  message(id: string, other: Rec): string;
}

const text = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const blankAs = (v: FieldValue | undefined): string => text(v) || t('log.blank');

/** Minutes since the day's start, or null. */
function minutes(v: FieldValue | undefined): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text(v));
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A patrol's span in minutes from its day's start: past midnight when it ends before it starts. */
function span(r: Rec): [number, number] {
  const start = minutes(r.start);
  const end = minutes(r.end);
  if (start === null || end === null) return [0, 48 * 60];
  return [start, end <= start ? end + 24 * 60 : end];
}

export const DUPLICATE_RULES: Readonly<Record<string, DuplicateRule>> = {
  patrols: {
    fields: ['date', 'teamId', 'start', 'end'],
    field: 'date',
    exact: 'date',
    key: (r) => (text(r.date) ? `${text(r.date)}\u0000${text(r.teamId)}` : null),
    same(a, b) {
      const [s1, e1] = span(a);
      const [s2, e2] = span(b);
      return s1 < e2 && s2 < e1;
    },
    message: (id, o) =>
      t('dup.patrol', {
        id,
        team: blankAs(o.teamId),
        day: slashDate(text(o.date)),
        start: blankAs(o.start),
        end: blankAs(o.end),
      }),
  },
  households: {
    fields: ['head', 'teamId'],
    field: 'head',
    key: (r) => (searchKey(text(r.head)) ? `${searchKey(text(r.head))}\u0000${text(r.teamId)}` : null),
    message: (id, o) => t('dup.household', { id, head: text(o.head), team: blankAs(o.teamId) }),
  },
  teams: {
    fields: ['name'],
    field: 'name',
    key: (r) => searchKey(text(r.name)) || null,
    message: (id, o) => t('dup.team', { id, name: text(o.name) }),
  },
  sessions: {
    fields: ['date', 'form', 'topics'],
    field: 'date',
    exact: 'date',
    key: (r) =>
      text(r.date) ? [text(r.date), searchKey(text(r.form)), searchKey(text(r.topics))].join('\u0000') : null,
    message: (id, o) =>
      t('dup.session', { id, day: slashDate(text(o.date)), form: text(o.form), topics: blankAs(o.topics) }),
  },
};

/** The rule of a record type, if it has one. */
export function duplicateRule(key: string): DuplicateRule | undefined {
  return DUPLICATE_RULES[key];
}

/** Whether an edit changes a field the rule of its type reads (`before` the row, `given` the fields sent). */
export function touchesDuplicateFields(key: string, before: Rec, given: Rec): boolean {
  const rule = DUPLICATE_RULES[key];
  if (!rule) return false;
  return rule.fields.some((f) => f in given && JSON.stringify(given[f] ?? null) !== JSON.stringify(before[f] ?? null));
}

/** Warnings for `record` (to be saved; `selfId` when it is an edit of that record) against the records of its sheet. */
export function findDuplicates(
  key: string,
  record: Rec,
  existing: readonly Candidate[],
  selfId?: string,
): { field: string; message: string; id: string }[] {
  const rule = DUPLICATE_RULES[key];
  if (!rule) return [];
  const k = rule.key(record);
  if (k === null) return [];
  const out: { field: string; message: string; id: string }[] = [];
  for (const c of existing) {
    if (c.id === selfId || c.id === '' || rule.key(c.record) !== k) continue;
    if (rule.same && !rule.same(record, c.record)) continue;
    out.push({ field: rule.field, message: rule.message(c.id, c.record), id: c.id });
  }
  return out;
}

/**
 * Pairs already in a sheet (for the data check): each later row that duplicates an earlier
 * one, with the earlier one's id (rows in sheet order).
 */
export function duplicatesIn(
  key: string,
  rows: readonly { row: number; record: Rec }[],
): { row: number; field: string; message: string }[] {
  const rule = DUPLICATE_RULES[key];
  if (!rule) return [];
  const groups = new Map<string, { row: number; record: Rec }[]>();
  const out: { row: number; field: string; message: string }[] = [];
  for (const r of rows) {
    const k = rule.key(r.record);
    if (k === null) continue;
    const group = groups.get(k) ?? [];
    const first = group.find((g) => !rule.same || rule.same(g.record, r.record));
    if (first) out.push({ row: r.row, field: rule.field, message: rule.message(text(first.record.id), first.record) });
    group.push(r);
    groups.set(k, group);
  }
  return out;
}
