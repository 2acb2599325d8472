/**
 * What the notice says besides the counts of SPEC §3, taken from the records of the
 * period: the forms and topics of the propaganda sessions, the partners of the school
 * sessions, the festivals that were secured. Docs hold aggregates and listed values only
 * (SPEC §4): every text here is the text of a `Danh mục` entry — a session's topics and
 * partners are the entries of `Chủ đề tuyên truyền` and `Đơn vị phối hợp` its cells hold
 * (listText.ts), a festival is the `Lễ hội, sự kiện` entry of the event, never its `Nội
 * dung` — and an entry that holds the name of a person of `Đối tượng giúp đỡ`, `Nhân khẩu`,
 * `Hoà giải` or `Nhắc nhở` (privateNames.ts) is withheld, here and in the report's
 * breakdowns by list value (`publicReport`).
 */
import { FESTIVAL_EVENT, LIST, LIST_NAMES, SCHOOL_AUDIENCE } from '../lists';
import { listEntriesIn } from '../listText';
import { inPeriod } from '../periods';
import { nameFinder, privateNamesOf } from '../privateNames';
import type { ComplianceReport, Period } from '../report';
import { COMMITMENT_METRIC_PREFIX } from '../metricKeys';
import { type DataFor, fieldNeeds, mergeNeeds } from '../fieldNeeds';

/** The fields `camerasInstalledIn` reads. */
export const CAMERAS_INSTALLED_NEEDS = fieldNeeds({ cameras: ['installedOn'] });

/** The fields the private names come from (privateNames.ts `NameSources`): read for the notice only. */
export const NAME_NEEDS = fieldNeeds({
  residents: ['name'],
  supervised: ['name'],
  mediations: ['parties', 'chair'],
  reminders: ['note'],
});

/** The fields `noticeFacts` reads (the compiler holds it to them). */
export const FACTS_NEEDS = mergeNeeds(
  mergeNeeds(NAME_NEEDS, CAMERAS_INSTALLED_NEEDS),
  fieldNeeds({
    sessions: ['date', 'audience', 'form', 'topics', 'partners'],
    events: ['date', 'type', 'festival'],
  }),
);
export type FactsData = DataFor<typeof FACTS_NEEDS>;
type SessionRow = FactsData['sessions'][number];

export interface NoticeFacts {
  /** Forms of the sessions for the people (not the school ones), in list order: `Sinh hoạt chi bộ`, `Họp thôn`… */
  sessionForms: string[];
  /** Sessions for the people (every session but the school ones). */
  communeSessions: number;
  /** List topics of those sessions, in order of first appearance. */
  sessionTopics: string[];
  /** `Đơn vị phối hợp` entries named as partners of those sessions, in order of first appearance. */
  sessionPartners: string[];
  /** List topics of the school sessions, in order of first appearance. */
  schoolTopics: string[];
  schoolPartners: string[];
  /** Distinct `Lễ hội, sự kiện` entries of the festival events secured, in date order. */
  festivals: string[];
  /** How many festival events of the period each of `festivals` had (same order). */
  festivalTimes: number[];
  /** Cameras installed within the period (a flow; the report's `cameras` is the stock at its end). */
  camerasInstalled: number;
  /** Commitment types every household must sign (`Danh mục`), in list order. */
  requiredCommitments: string[];
  /** Entries of `Danh mục` that hold a person's name: never written, wherever they come from. */
  withheld: string[];
}

const key = (s: string) => s.trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** The list values that occur in a free-text topic cell, in list order (case-insensitive). */
export function listTopicsIn(text: string, topics: readonly string[]): string[] {
  const k = key(text);
  return topics.filter((t) => t.trim() && k.includes(key(t)));
}

/** Distinct values (each a list entry), first spelling kept. */
function distinct(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim().replace(/\s+/g, ' ');
    if (!t || seen.has(key(t))) continue;
    seen.add(key(t));
    out.push(t);
  }
  return out;
}

const byDate = <T extends { date: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The entries of every list of `Danh mục` that hold a private name (privateNames.ts). */
export function withheldEntries(data: DataFor<typeof NAME_NEEDS>): string[] {
  const find = nameFinder(privateNamesOf(data));
  const out = new Set<string>();
  for (const name of LIST_NAMES) for (const v of data.lists.values[name] ?? []) if (find(v)) out.add(v);
  for (const v of data.lists.requiredCommitments) if (find(v)) out.add(v);
  return [...out];
}

/** Distinct festivals (first spelling) and how many events each had. */
function festivalsOf(names: readonly string[]): { festivals: string[]; festivalTimes: number[] } {
  const festivals = distinct(names);
  const festivalTimes = festivals.map((f) => names.filter((x) => key(x) === key(f)).length);
  return { festivals, festivalTimes };
}

/** Cameras installed within the period (a flow; `counts.cameras` is the stock at its end). */
export function camerasInstalledIn(data: DataFor<typeof CAMERAS_INSTALLED_NEEDS>, period: Period): number {
  let n = 0;
  for (const c of data.cameras) if (c.installedOn && inPeriod(c.installedOn, period)) n++;
  return n;
}

export function noticeFacts(data: FactsData, period: Period): NoticeFacts {
  const withheld = withheldEntries(data);
  const hidden = new Set(withheld.map(key));
  const listed = (name: (typeof LIST)[keyof typeof LIST]) =>
    (data.lists.values[name] ?? []).filter((v) => v.trim() && !hidden.has(key(v)));
  const listTopics = listed(LIST.topics);
  const listPartners = listed(LIST.partners);
  const listFestivals = new Map(listed(LIST.festivals).map((v) => [key(v), v]));
  const sessions = byDate(data.sessions.filter((s) => inPeriod(s.date, period)));
  const school = sessions.filter((s) => s.audience === SCHOOL_AUDIENCE);
  const people = sessions.filter((s) => s.audience !== SCHOOL_AUDIENCE);
  const forms = new Set(people.map((s) => key(s.form)));
  const partnersOf = (rows: readonly SessionRow[]) =>
    distinct(rows.flatMap((s) => listEntriesIn(s.partners, listPartners)));
  const festivals = byDate(data.events.filter((e) => e.type === FESTIVAL_EVENT && inPeriod(e.date, period)));
  const required = data.lists.requiredCommitments.length
    ? data.lists.requiredCommitments
    : (data.lists.values[LIST.commitmentTypes] ?? []);
  return {
    sessionForms: listed(LIST.sessionForms).filter((f) => forms.has(key(f))),
    communeSessions: people.length,
    sessionTopics: distinct(people.flatMap((s) => listTopicsIn(s.topics, listTopics))),
    sessionPartners: partnersOf(people),
    schoolTopics: distinct(school.flatMap((s) => listTopicsIn(s.topics, listTopics))),
    schoolPartners: partnersOf(school),
    ...festivalsOf(festivals.flatMap((e) => listFestivals.get(key(e.festival)) ?? [])),
    camerasInstalled: camerasInstalledIn(data, period),
    requiredCommitments: required.filter((v) => !hidden.has(key(v))),
    withheld,
  };
}

/**
 * The report as the notice may write it: the breakdowns by a list value (reminders by
 * category, supervised persons by type, commitments by type) without the withheld entries.
 */
export function publicReport(report: ComplianceReport, withheld: readonly string[]): ComplianceReport {
  if (withheld.length === 0) return report;
  const hidden = new Set(withheld.map(key));
  const keep = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !hidden.has(key(k))));
  return {
    ...report,
    counts: {
      ...report.counts,
      remindersByCategory: keep(report.counts.remindersByCategory),
      supervisedByType: keep(report.counts.supervisedByType),
    },
    metrics: report.metrics.filter(
      (m) =>
        !m.key.startsWith(COMMITMENT_METRIC_PREFIX) || !hidden.has(key(m.key.slice(COMMITMENT_METRIC_PREFIX.length))),
    ),
  };
}

export function emptyFacts(): NoticeFacts {
  return {
    sessionForms: [],
    communeSessions: 0,
    sessionTopics: [],
    sessionPartners: [],
    schoolTopics: [],
    schoolPartners: [],
    festivals: [],
    festivalTimes: [],
    camerasInstalled: 0,
    requiredCommitments: [],
    withheld: [],
  };
}
