/**
 * What the notice says besides the counts of SPEC §3, taken from the records of the
 * period: the forms and topics of the propaganda sessions, the partners of the school
 * sessions, the festivals that were secured. Privacy by construction: topics and forms
 * are only values of the lists (`Danh mục`), never free text; partners are organisations
 * (`Đơn vị phối hợp`); festivals are the content of `Bảo đảm ANTT lễ hội, sự kiện` events.
 * Nothing is read from `Đối tượng giúp đỡ`, `Nhắc nhở`, `Hoà giải` or `Nhân khẩu`.
 */
import { FESTIVAL_EVENT, LIST, SCHOOL_AUDIENCE } from '../lists';
import { inPeriod } from '../periods';
import type { Period, WorkbookData } from '../report';
import type { Session } from '../records';

export interface NoticeFacts {
  /** Forms of the sessions for the people (not the school ones), in list order: `Sinh hoạt chi bộ`, `Họp thôn`… */
  sessionForms: string[];
  /** Sessions for the people (every session but the school ones). */
  communeSessions: number;
  /** List topics of those sessions, in order of first appearance. */
  sessionTopics: string[];
  /** Organisations named as partners of those sessions. */
  sessionPartners: string[];
  /** List topics of the school sessions, in order of first appearance. */
  schoolTopics: string[];
  schoolPartners: string[];
  /** Distinct festivals and events secured (content of the events), in date order. */
  festivals: string[];
  /** Commitment types every household must sign (`Danh mục`), in list order. */
  requiredCommitments: string[];
}

const MAX_ITEM = 120;
const key = (s: string) => s.trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** The list values that occur in a free-text topic cell, in list order (case-insensitive). */
export function listTopicsIn(text: string, topics: readonly string[]): string[] {
  const k = key(text);
  return topics.filter((t) => t.trim() && k.includes(key(t)));
}

/** Distinct values, first spelling kept. */
function distinct(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim().replace(/\s+/g, ' ');
    if (!t || seen.has(key(t))) continue;
    seen.add(key(t));
    out.push(t.length > MAX_ITEM ? `${t.slice(0, MAX_ITEM - 1)}…` : t);
  }
  return out;
}

const byDate = <T extends { date: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const partnersOf = (rows: readonly Session[]) => distinct(rows.flatMap((s) => s.partners.split(/[,;\n]/)));

export function noticeFacts(data: WorkbookData, period: Period): NoticeFacts {
  const listTopics = data.lists.values[LIST.topics] ?? [];
  const listForms = data.lists.values[LIST.sessionForms] ?? [];
  const sessions = byDate(data.sessions.filter((s) => inPeriod(s.date, period)));
  const school = sessions.filter((s) => s.audience === SCHOOL_AUDIENCE);
  const people = sessions.filter((s) => s.audience !== SCHOOL_AUDIENCE);
  const forms = new Set(people.map((s) => key(s.form)));
  const festivals = byDate(data.events.filter((e) => e.type === FESTIVAL_EVENT && inPeriod(e.date, period)));
  return {
    sessionForms: listForms.filter((f) => forms.has(key(f))),
    communeSessions: people.length,
    sessionTopics: distinct(people.flatMap((s) => listTopicsIn(s.topics, listTopics))),
    sessionPartners: partnersOf(people),
    schoolTopics: distinct(school.flatMap((s) => listTopicsIn(s.topics, listTopics))),
    schoolPartners: partnersOf(school),
    festivals: distinct(festivals.map((e) => e.content)),
    requiredCommitments: data.lists.requiredCommitments.length
      ? [...data.lists.requiredCommitments]
      : [...(data.lists.values[LIST.commitmentTypes] ?? [])],
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
    requiredCommitments: [],
  };
}
