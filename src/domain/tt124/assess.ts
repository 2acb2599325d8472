/**
 * The self-assessment of a khu dân cư against Thông tư 124/2021/TT-BCA Điều 4 (issue 17, SPEC §10): pure, from the
 * workbook's records. Each of the five criteria gets a status — met, not met, or not enough data — the reason in a
 * sentence or two, and its evidence: counts and the records behind them (sheet id, day, kind). Only ids, days,
 * list values and document numbers of the right shape (docNumber.ts) are quoted: never an incident's summary, a
 * note, who handled it, nor any name — a value holding a private name (privateNames.ts) is left out. Criterion 5
 * judges the months over by today (`data.today`, `monthsByToday`). The whole is met only when every criterion is.
 */
import { COMMITMENT_STATUS, TT124_COMMITMENT, TT124_FORBIDDEN_KINDS, TT124_REDUCED_KINDS } from '../lists';
import { TT124_REGISTRATION, TT124_RESOLUTION } from '../lists';
import { t } from '../i18n';
import { monthsByToday, periodText, sameDatesYearBefore } from '../periods';
import { COMPLIANCE_NEEDS, computeCompliance } from '../compliance';
import { type DataFor, fieldNeeds, mergeNeeds } from '../fieldNeeds';
import { isActiveHousehold } from '../records';
import type { Period } from '../report';
import { NAME_NEEDS } from '../notice/facts';
import { type NameFinder, nameFinder, privateNamesOf } from '../privateNames';
import { INCIDENTS } from '../registry/recordTypes';
import { GUARD_LAW_FROM, ROSTER_NEEDS, rosterFigures } from '../roster';
import { formatPercent, slashDate } from '../viFormat';
import { shownDocNumber } from './docNumber';

/**
 * The fields the criteria read themselves (issue 15): the documents, commitments, sessions, incidents, patrols, and
 * the private names (privateNames.ts) no quoted value may hold.
 */
const OWN_NEEDS = mergeNeeds(
  NAME_NEEDS,
  fieldNeeds({
    registrations: ['id', 'year', 'type', 'number', 'date'],
    households: ['id', 'arrivedOn', 'leftOn'],
    commitments: ['householdId', 'year', 'type', 'status', 'signedOn'],
    sessions: ['id', 'date', 'form'],
    incidents: ['id', 'date', 'type', 'status'],
    patrols: ['id', 'date', 'participants', 'withPolice'],
  }),
);

/**
 * What the assessment reads (issue 15, `READS.tt124`): its own fields, compliance's (criterion 5 takes the patrol
 * plan and the model's counts from it) and the roster's. Never an incident's summary, note or handler.
 */
export const TT124_NEEDS = mergeNeeds(mergeNeeds(OWN_NEEDS, COMPLIANCE_NEEDS), ROSTER_NEEDS);

/** The records the assessment is given (a whole `WorkbookData` is one). */
export type Tt124Data = DataFor<typeof TT124_NEEDS>;

export type Tt124Status = 'met' | 'notMet' | 'insufficient';
export type Tt124Number = 1 | 2 | 3 | 4 | 5;

/** One record behind a figure: its id, its day (`YYYY-MM-DD`, '' when it has none) and what it is. */
export interface Tt124Record {
  id: string;
  date: string;
  kind: string;
}

/** A figure of the evidence: what it counts, how many, and (at most `EVIDENCE_RECORDS` of) the records. */
export interface Tt124Evidence {
  label: string;
  count: number;
  records: Tt124Record[];
  /** Records counted but not listed (beyond `EVIDENCE_RECORDS`). */
  more: number;
}

export interface Tt124Criterion {
  number: Tt124Number;
  /** The criterion in the circular's words (shortened). */
  title: string;
  status: Tt124Status;
  reason: string;
  evidence: Tt124Evidence[];
  /** The criterion's wording could not be read in the official text: the add-on judges its believed reading. */
  unverified: boolean;
}

/** The board's own review of criterion 2 (a judgement no figure gives). */
export type Tt124Judgement = 'met' | 'notMet';

export interface Tt124Request {
  /** The year of the assessment (its period ends in it). */
  year: number;
  /** First day assessed; default 01/11 of the year before (TT 124 Điều 8 khoản 2 điểm a). */
  from?: string;
  /** Last day assessed; default 31/10 of the year. */
  to?: string;
  /** Criterion 2: the board's review; without it criterion 2 has not enough data. */
  policy?: Tt124Judgement;
  /** A line the board adds to its review of criterion 2 (its own words, at most 500 characters). */
  policyNote?: string;
}

export interface Tt124Assessment {
  year: number;
  period: Period;
  /** The same days one year earlier (criterion 4 compares with it). */
  previous: Period;
  criteria: Tt124Criterion[];
  overall: Tt124Status;
  /** Rows that could not be read (left out of every figure). */
  unreadableRows: number;
}

/** Records listed per figure; the rest are counted (`more`). */
export const EVIDENCE_RECORDS = 50;

/** The default period of year `y`: 01/11 of the year before to 31/10 (TT 124/2021 Điều 8 khoản 2 điểm a). */
export function tt124Period(year: number): Period {
  return { from: `${year - 1}-11-01`, to: `${year}-10-31` };
}

/** `Đang giải quyết`: the first status of `Vụ việc` (a dispute still being settled). */
const INCIDENT_PENDING = (INCIDENTS.columns.status.values ?? [])[0] ?? '';

const within = (d: string | null | undefined, p: Period) => !!d && d >= p.from && d <= p.to;

function evidence(label: string, records: Tt124Record[], count = records.length): Tt124Evidence {
  const sorted = [...records].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  return {
    label,
    count,
    records: sorted.slice(0, EVIDENCE_RECORDS),
    more: Math.max(0, sorted.length - EVIDENCE_RECORDS),
  };
}

/** Not met when any part is not met; else not enough data when any part lacks it; else met. */
function worst(statuses: readonly Tt124Status[]): Tt124Status {
  if (statuses.includes('notMet')) return 'notMet';
  if (statuses.includes('insufficient')) return 'insufficient';
  return 'met';
}

const kindsText = (kinds: readonly string[]) => kinds.join('; ');

/** A `Danh mục` value as the evidence quotes it: '' when it holds a private name (the data check flags the entry). */
const listed = (value: string, find: NameFinder) => (find(value) ? '' : value);

// ---------------------------------------------------------------- criterion 1

function criterion1(data: Tt124Data, year: number, period: Period, find: NameFinder): Tt124Criterion {
  const q1: Period = { from: `${year}-01-01`, to: `${year}-03-31` };
  const parts: { status: Tt124Status; text: string }[] = [];
  const ev: Tt124Evidence[] = [];
  const docs = data.registrations;
  for (const [type, name] of [
    [TT124_RESOLUTION, t('tt124.c1.resolution')],
    [TT124_REGISTRATION, t('tt124.c1.registration')],
  ] as const) {
    const rows = docs.filter((d) => d.year === year && d.type === type);
    ev.push(
      evidence(
        t('tt124.c1.docsOf', { what: name, year }),
        rows.map((d) => {
          // A number of the wrong shape or holding a private name is left out: the type and the day stay.
          const number = shownDocNumber(d.number, find);
          return { id: d.id, date: d.date, kind: number ? t('tt124.c1.docNumber', { type, number }) : type };
        }),
      ),
    );
    const inQ1 = rows.filter((d) => within(d.date, q1)).sort((a, b) => (a.date < b.date ? -1 : 1));
    if (docs.length === 0) continue;
    if (inQ1.length)
      parts.push({ status: 'met', text: t('tt124.c1.docOn', { what: name, day: slashDate(inQ1[0].date) }) });
    else if (rows.length)
      parts.push({
        status: 'notMet',
        text: t('tt124.c1.docLate', { what: name, day: slashDate(rows[0].date), year }),
      });
    else parts.push({ status: 'notMet', text: t('tt124.c1.docMissing', { what: name, year }) });
  }
  if (docs.length === 0) parts.push({ status: 'insufficient', text: t('tt124.c1.noDocs') });

  // 100 % of the households residing (active at the period's end) registered: the commitment of the year.
  const day = period.to;
  const households = data.households.filter((h) => isActiveHousehold(h, day));
  const [SIGNED, VIOLATED] = COMMITMENT_STATUS;
  const state = new Map<string, { signed?: string; violated?: string }>();
  for (const c of data.commitments) {
    if (c.year !== year || c.type !== TT124_COMMITMENT) continue;
    const s = state.get(c.householdId) ?? {};
    if (c.status === SIGNED && (!s.signed || (c.signedOn ?? '') < s.signed)) s.signed = c.signedOn ?? '';
    if (c.status === VIOLATED) s.violated = c.signedOn ?? '';
    state.set(c.householdId, s);
  }
  const registered = households.filter((h) => {
    const s = state.get(h.id);
    return s?.signed !== undefined && s.violated === undefined;
  });
  const missing = households.filter((h) => !registered.includes(h));
  ev.push(evidence(t('tt124.c1.households', { day: slashDate(day) }), [], households.length));
  ev.push(evidence(t('tt124.c1.registered', { type: TT124_COMMITMENT, year }), [], registered.length));
  if (missing.length)
    ev.push(
      evidence(
        t('tt124.c1.missing'),
        missing.map((h) => ({
          id: h.id,
          date: state.get(h.id)?.violated ?? '',
          kind: state.get(h.id)?.violated !== undefined ? VIOLATED : t('tt124.c1.notSigned'),
        })),
      ),
    );
  const share = households.length ? formatPercent(Math.round((1000 * registered.length) / households.length) / 10) : '';
  if (households.length === 0)
    parts.push({ status: 'insufficient', text: t('tt124.c1.noHouseholds', { day: slashDate(day) }) });
  else if (missing.length === 0)
    parts.push({ status: 'met', text: t('tt124.c1.allRegistered', { n: registered.length, d: households.length }) });
  else
    parts.push({
      status: 'notMet',
      text: t('tt124.c1.someMissing', {
        n: registered.length,
        d: households.length,
        percent: share,
        missing: missing.length,
      }),
    });
  return {
    number: 1,
    title: t('tt124.c1.title'),
    status: worst(parts.map((p) => p.status)),
    reason: parts.map((p) => p.text).join(' '),
    evidence: ev,
    unverified: false,
  };
}

// ---------------------------------------------------------------- criterion 2

function criterion2(data: Tt124Data, period: Period, req: Tt124Request, find: NameFinder): Tt124Criterion {
  const sessions = data.sessions.filter((s) => within(s.date, period));
  const ev = [
    evidence(
      t('tt124.c2.sessions'),
      sessions.map((s) => ({ id: s.id, date: s.date, kind: listed(s.form, find) })),
    ),
  ];
  const note = (req.policyNote ?? '').trim();
  const reason =
    req.policy === 'met'
      ? t('tt124.c2.met')
      : req.policy === 'notMet'
        ? t('tt124.c2.notMet')
        : t('tt124.c2.insufficient');
  return {
    number: 2,
    title: t('tt124.c2.title'),
    status: req.policy ?? 'insufficient',
    reason: note && req.policy ? `${reason} ${t('tt124.c2.note', { note: endWith(note) })}` : reason,
    evidence: ev,
    unverified: false,
  };
}

const endWith = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

// ---------------------------------------------------------------- criterion 3

function criterion3(data: Tt124Data, period: Period, find: NameFinder): Tt124Criterion {
  const all = data.incidents;
  const inPeriod = all.filter((x) => within(x.date, period));
  const forbidden = inPeriod.filter((x) => TT124_FORBIDDEN_KINDS.includes(x.type));
  // A dispute from before the period still being settled at its start is prolonged: it counts too.
  const carried = all.filter(
    (x) => x.date < period.from && TT124_FORBIDDEN_KINDS.includes(x.type) && x.status === INCIDENT_PENDING,
  );
  const rec = (x: (typeof all)[number]) => ({
    id: x.id,
    date: x.date,
    kind: `${x.type}, ${x.status.toLocaleLowerCase('vi')}`,
  });
  const ev = [
    evidence(
      t('tt124.c3.incidents'),
      inPeriod.map((x) => ({ id: x.id, date: x.date, kind: listed(x.type, find) })),
    ),
    evidence(t('tt124.c3.forbidden'), forbidden.map(rec)),
  ];
  if (carried.length) ev.push(evidence(t('tt124.c3.carried'), carried.map(rec)));
  const scope = t('tt124.c3.scope', { kinds: kindsText(TT124_FORBIDDEN_KINDS) });
  let status: Tt124Status;
  let reason: string;
  if (all.length === 0) {
    status = 'insufficient';
    reason = t('tt124.c3.noRegister');
  } else if (forbidden.length || carried.length) {
    status = 'notMet';
    const items = [...forbidden, ...carried].map((x) =>
      t('tt124.c3.item', { id: x.id, day: slashDate(x.date), kind: x.type, status: x.status.toLocaleLowerCase('vi') }),
    );
    reason = t('tt124.c3.notMet', { n: forbidden.length + carried.length, items: items.join('; ') });
  } else {
    status = 'met';
    reason = t('tt124.c3.met', { n: inPeriod.length });
  }
  return {
    number: 3,
    title: t('tt124.c3.title'),
    status,
    reason: `${reason} ${scope}`,
    evidence: ev,
    unverified: false,
  };
}

// ---------------------------------------------------------------- criterion 4

function criterion4(data: Tt124Data, period: Period, previous: Period): Tt124Criterion {
  const counted = (p: Period) =>
    data.incidents.filter((x) => within(x.date, p) && TT124_REDUCED_KINDS.includes(x.type));
  const cur = counted(period);
  const prev = counted(previous);
  const anyBefore = data.incidents.filter((x) => within(x.date, previous)).length;
  const rec = (x: (typeof cur)[number]) => ({ id: x.id, date: x.date, kind: x.type });
  const ev = [
    evidence(t('tt124.c4.current', { period: periodText(period) }), cur.map(rec)),
    evidence(t('tt124.c4.previous', { period: periodText(previous) }), prev.map(rec)),
  ];
  const byKind = TT124_REDUCED_KINDS.map((k) =>
    t('tt124.c4.kind', {
      kind: k,
      n: cur.filter((x) => x.type === k).length,
      p: prev.filter((x) => x.type === k).length,
    }),
  ).join('; ');
  const kinds = kindsText(TT124_REDUCED_KINDS);
  let status: Tt124Status;
  let reason: string;
  if (data.incidents.length === 0) {
    status = 'insufficient';
    reason = t('tt124.c4.noRegister');
  } else if (cur.length === 0) {
    status = 'met';
    reason = t('tt124.c4.none', { kinds, p: prev.length });
  } else if (anyBefore === 0) {
    status = 'insufficient';
    reason = t('tt124.c4.noPrevious', { n: cur.length, previous: periodText(previous) });
  } else if (cur.length < prev.length) {
    status = 'met';
    reason = t('tt124.c4.fewer', { n: cur.length, p: prev.length, d: prev.length - cur.length });
  } else if (cur.length === prev.length) {
    status = 'notMet';
    reason = t('tt124.c4.same', { n: cur.length });
  } else {
    status = 'notMet';
    reason = t('tt124.c4.more', { n: cur.length, p: prev.length, d: cur.length - prev.length });
  }
  return {
    number: 4,
    title: t('tt124.c4.title'),
    status,
    reason: `${reason} ${t('tt124.c4.byKind', { byKind })} ${t('tt124.c4.reading', { kinds })}`,
    evidence: ev,
    unverified: true,
  };
}

// ---------------------------------------------------------------- criterion 5

function criterion5(data: Tt124Data, period: Period): Tt124Criterion {
  const report = computeCompliance(data, period);
  const patrols = data.patrols.filter((p) => within(p.date, period));
  const ev: Tt124Evidence[] = [];
  const parts: { status: Tt124Status; text: string }[] = [];
  // Patrols in every month of the period that is over by today (SPEC §3 `monthsByToday`): the months to come are
  // not judged, and today's month counts once it has a patrol (it is never a month without patrol before its end).
  const patrolled = new Set(patrols.map((p) => p.date.slice(0, 7)));
  const { past, current } = monthsByToday(period, data.today);
  const months = current && patrolled.has(current.month) ? [...past, current.month] : past;
  const idle = months.filter((m) => !patrolled.has(m));
  ev.push(
    evidence(
      t('tt124.c5.patrols', { months: months.length - idle.length, all: months.length }),
      patrols.map((p) => ({
        id: p.id,
        date: p.date,
        kind: t('tt124.c5.patrolKind', { n: p.participants, police: p.withPolice ? t('tt124.c5.withPolice') : '' }),
      })),
    ),
  );
  if (idle.length)
    ev.push(
      evidence(
        t('tt124.c5.idle'),
        idle.map((m) => ({
          id: '',
          date: `${m}-01`,
          kind: t('tt124.c5.month', { month: `${+m.slice(5)}/${m.slice(0, 4)}` }),
        })),
      ),
    );
  const plan = report.metrics.find((m) => m.key === 'patrolPlan');
  if (patrols.length === 0 && past.length === 0)
    parts.push({
      status: 'insufficient',
      text: t('tt124.c5.noMonthOver', { day: slashDate(data.today ?? period.to) }),
    });
  else if (patrols.length === 0) parts.push({ status: 'notMet', text: t('tt124.c5.noPatrol') });
  else if (idle.length)
    parts.push({
      status: 'notMet',
      text: t('tt124.c5.someIdle', {
        n: idle.length,
        months: idle.map((m) => `${+m.slice(5)}/${m.slice(0, 4)}`).join(', '),
      }),
    });
  else parts.push({ status: 'met', text: t('tt124.c5.everyMonth', { n: patrols.length, all: months.length }) });
  if (plan && plan.percent !== null && plan.target !== null) {
    ev.push(
      evidence(
        t('tt124.c5.plan', {
          percent: formatPercent(plan.percent),
          d: plan.denominator,
          target: formatPercent(plan.target),
        }),
        [],
        plan.numerator,
      ),
    );
    if (plan.met === false)
      parts.push({
        status: 'notMet',
        text: t('tt124.c5.planNotMet', { percent: formatPercent(plan.percent), target: formatPercent(plan.target) }),
      });
  }
  const c = report.counts;
  ev.push(evidence(t('tt124.c5.model', { teams: c.teams, day: slashDate(period.to) }), [], c.members));
  const sessions = data.sessions.filter((s) => within(s.date, period));
  ev.push(evidence(t('tt124.c5.sessions'), [], sessions.length));
  // The Tổ bảo vệ ANTT (Luật 30/2023/QH15) once in force by the period's end.
  if (period.to >= GUARD_LAW_FROM) {
    const r = rosterFigures(data.members, period.to);
    ev.push(
      evidence(
        t('tt124.c5.roster', {
          day: slashDate(period.to),
          leaders: r.leaders,
          deputies: r.deputies,
          others: r.rankAndFile,
        }),
        [],
        r.guards,
      ),
    );
    if (r.guards)
      ev.push(
        evidence(t('tt124.c5.trained', { d: r.guards, percent: formatPercent(r.trainedPercent ?? 0) }), [], r.trained),
      );
    if (r.guards === 0)
      parts.push({ status: 'insufficient', text: t('tt124.c5.noRoster', { day: slashDate(period.to) }) });
    else if (r.leaders === 0)
      parts.push({ status: 'notMet', text: t('tt124.c5.noLeader', { day: slashDate(period.to) }) });
    else
      parts.push({
        status: 'met',
        text: t('tt124.c5.rosterOk', {
          n: r.guards,
          trained: r.trained,
          percent: formatPercent(r.trainedPercent ?? 0),
        }),
      });
  } else if (c.teams === 0 || c.members === 0)
    parts.push({ status: 'notMet', text: t('tt124.c5.noModel', { day: slashDate(period.to) }) });
  else parts.push({ status: 'met', text: t('tt124.c5.modelOk', { teams: c.teams, members: c.members }) });
  return {
    number: 5,
    title: t('tt124.c5.title'),
    status: worst(parts.map((p) => p.status)),
    reason: `${parts.map((p) => p.text).join(' ')} ${t('tt124.c5.reading')}`,
    evidence: ev,
    unverified: true,
  };
}

// ---------------------------------------------------------------- the whole

/** The period a request assesses: its `from`/`to`, else the TT 124 year's. */
export function requestPeriod(req: Pick<Tt124Request, 'year' | 'from' | 'to'>): Period {
  const d = tt124Period(req.year);
  return { from: req.from || d.from, to: req.to || d.to };
}

export function assessTt124(data: Tt124Data, req: Tt124Request, unreadableRows = 0): Tt124Assessment {
  const period = requestPeriod(req);
  const previous = sameDatesYearBefore(period);
  const find = nameFinder(privateNamesOf(data));
  const criteria = [
    criterion1(data, req.year, period, find),
    criterion2(data, period, req, find),
    criterion3(data, period, find),
    criterion4(data, period, previous),
    criterion5(data, period),
  ];
  return { year: req.year, period, previous, criteria, overall: worst(criteria.map((c) => c.status)), unreadableRows };
}
