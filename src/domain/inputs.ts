/**
 * Zod schemas of the save API inputs (SPEC §6), shared by the sidebars (instant field
 * errors, with the bootstrap data) and the server (with data read under the lock).
 * Built on `fieldSchema` of `fields.ts`, so a field has the same Vietnamese message
 * wherever it is checked. Each schema takes an `InputContext`: the lists of `Danh mục`
 * and the known teams, members and households; whatever is left out is not checked
 * (the server first checks the shape alone, before it reads anything).
 */
import * as z from 'zod/mini';
import { t } from './i18n';
import { blankOf, fieldSchema } from './fields';
import { quoted } from './fieldChecks';
import type { Lists } from './lists';
import { isActiveOn } from './records';
import { isIsoDay } from './clock';
import { type ColumnDef, SHEET, sheetDef, type SheetKey } from './sheets';

export interface InputContext {
  /** `Danh mục`: enum fields must hold one of its values. */
  lists?: Lists;
  /** Known teams (a team id must be one of them). */
  teams?: readonly { id: string }[];
  /** Known members; with dates, a member must be active on the day of the record. */
  members?: readonly { id: string; joinedOn?: string | null; leftOn?: string | null }[];
  /** Known households; with dates, a household must be active on the day of the record. */
  households?: readonly { id: string; arrivedOn?: string | null; leftOn?: string | null }[];
  /** Today (`YYYY-MM-DD`, spreadsheet zone): days of things that happened may not be later. */
  today?: string;
}

export interface ReminderInput {
  category: string;
  cases: number;
  action: string;
  note: string;
}

export interface PatrolInput {
  requestId: string;
  date: string;
  start: string;
  end: string;
  teamId: string;
  area: string;
  memberIds: string[];
  participants: number;
  withPolice: boolean;
  result: string;
  reminders: ReminderInput[];
}

/** `type: '*'` = every required type of `Danh mục`. */
export const ALL_REQUIRED = '*';

export interface CommitmentsInput {
  requestId: string;
  year: number;
  type: string;
  signedOn: string;
  householdIds: string[];
  signer: string;
}

export interface SessionInput {
  requestId: string;
  kind: 'session';
  date: string;
  form: string;
  topics: string;
  place: string;
  audience: string;
  attendees: number | null;
  householdIds: string[];
  partners: string;
  note: string;
}
export interface MediationInput {
  requestId: string;
  kind: 'mediation';
  date: string;
  subject: string;
  parties: string;
  outcome: string;
  chair: string;
  note: string;
}
export interface SupervisedInput {
  requestId: string;
  kind: 'supervised';
  name: string;
  type: string;
  startOn: string;
  endOn: string | null;
  memberId: string;
  reoffended: boolean;
  note: string;
}
export interface CameraInput {
  requestId: string;
  kind: 'camera';
  location: string;
  installedOn: string | null;
  funding: string;
  working: boolean;
  note: string;
}
export interface EventInput {
  requestId: string;
  kind: 'event';
  date: string;
  type: string;
  content: string;
  participants: number | null;
  toPolice: boolean;
  note: string;
}
export type ActivityInput = SessionInput | MediationInput | SupervisedInput | CameraInput | EventInput;
export type ActivityKind = ActivityInput['kind'];

/** The sheet each activity kind is written to. */
export const ACTIVITY_SHEETS = {
  session: 'sessions',
  mediation: 'mediations',
  supervised: 'supervised',
  camera: 'cameras',
  event: 'events',
} as const satisfies Record<ActivityKind, SheetKey>;
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_SHEETS) as ActivityKind[];

/** Registry sheets the record forms add to and edit. */
export const RECORD_SHEETS = ['households', 'residents', 'teams', 'members'] as const;
export type RecordSheet = (typeof RECORD_SHEETS)[number];

export interface RecordInput {
  requestId: string;
  sheet: RecordSheet;
  /** Present: edit the row with this id. Absent: add a new row. */
  id?: string;
  /** Fields of the sheet (by `field` name, without `id`). Editing: fields left out keep their value. */
  record: Record<string, string | number | boolean | null>;
}

export interface FieldError {
  field: string;
  message: string;
}

/** `{ field: 'reminders.0.cases', message }` for each problem, in Vietnamese. */
export function errorsOf(error: z.core.$ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const iss of error.issues) {
    const field = iss.path.map(String).join('.');
    const key = `${field}\u0000${iss.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message: iss.message });
  }
  return out;
}

// ---------------------------------------------------------------------------- building blocks

type Schema<T> = z.ZodMiniType<T>;
type Ctx = z.core.$RefinementCtx;

function column(key: SheetKey, field: string): ColumnDef {
  const col = sheetDef(key).columns.find((c) => c.field === field);
  if (!col) throw new Error(`No column ${field} in ${key}`);
  return col;
}

const viDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * The field schema of a registry column. Required (by the registry or by `required`):
 * the key must be there. Otherwise a missing key is the column's blank value.
 */
function field<T>(key: SheetKey, name: string, ctx: InputContext | undefined, required?: boolean): Schema<T> {
  const base = column(key, name);
  const col = required === undefined ? base : { ...base, required };
  const s = fieldSchema(col, ctx?.lists);
  return (col.required
    ? s
    : z.pipe(
        z.optional(s),
        z.transform((v) => (v === undefined ? blankOf(col) : v)),
      )) as unknown as Schema<T>;
}

/** A day that has happened (not after `ctx.today`). */
function pastDay(key: SheetKey, name: string, ctx: InputContext | undefined): Schema<string> {
  const col = column(key, name);
  return field<string>(key, name, ctx, true).check(
    z.superRefine((v: string, c) => {
      if (ctx?.today && v > ctx.today)
        c.addIssue({ code: 'custom', message: t('input.future', { name: col.header, today: viDay(ctx.today) }) });
    }),
  );
}

/** A whole number ≥ 1. */
function atLeastOne(key: SheetKey, name: string, ctx: InputContext | undefined): Schema<number> {
  const col = column(key, name);
  return field<number>(key, name, ctx, true).check(
    z.refine((v: number) => v < 0 || v >= 1, { error: t('input.atLeastOne', { name: col.header }) }),
  );
}

const requestId = z
  .string({ error: t('input.requestId') })
  .check(z.minLength(1, { error: t('input.requestId') }), z.maxLength(100, { error: t('input.requestId') }));

/** A list of ids (no blanks, no repeats), checked against the known records later. Left out: none. */
function idList(key: SheetKey, name: string, max: number, atLeast = 0): Schema<string[]> {
  const h = column(key, name).header;
  const list = z
    .array(
      z
        .string({ error: t('input.list', { name: h }) })
        .check(
          z.trim(),
          z.minLength(1, { error: t('input.list', { name: h }) }),
          z.maxLength(100, { error: t('input.list', { name: h }) }),
        ),
      { error: (iss) => (iss.input === undefined ? `${h}: không được để trống` : t('input.list', { name: h })) },
    )
    .check(
      z.superRefine((ids: string[], c) => {
        if (ids.length < atLeast) c.addIssue({ code: 'custom', message: t('input.noneChosen', { name: h }) });
        if (ids.length > max) c.addIssue({ code: 'custom', message: t('input.tooMany', { name: h, max }) });
        const seen = new Set<string>();
        for (const id of ids) {
          if (seen.has(id)) c.addIssue({ code: 'custom', message: t('input.duplicateId', { name: h, id }) });
          seen.add(id);
        }
      }),
    );
  return (atLeast > 0
    ? list
    : z.pipe(
        z.optional(list),
        z.transform((v) => v ?? []),
      )) as unknown as Schema<string[]>;
}

type Dated = { id: string; from?: string | null; until?: string | null };

/** Each id must be known (and, with dates, active on `day`); issues go to `path`. */
function checkIds(
  c: Ctx,
  path: (string | number)[],
  header: string,
  sheet: string,
  ids: readonly string[],
  known: readonly Dated[] | undefined,
  day?: string | null,
): void {
  if (!known) return;
  const byId = new Map(known.map((k) => [k.id, k]));
  for (const id of ids) {
    if (id === '') continue;
    const k = byId.get(id);
    if (!k) c.addIssue({ code: 'custom', path, message: t('check.unknownRef', { name: header, id, sheet }) });
    else if (day && !isActiveOn(k.from ?? null, k.until ?? null, day))
      c.addIssue({ code: 'custom', path, message: t('input.inactive', { name: header, id, day: viDay(day) }) });
  }
}

const membersOf = (ctx?: InputContext): Dated[] | undefined =>
  ctx?.members?.map((m) => ({ id: m.id, from: m.joinedOn, until: m.leftOn }));
const householdsOf = (ctx?: InputContext): Dated[] | undefined =>
  ctx?.households?.map((h) => ({ id: h.id, from: h.arrivedOn, until: h.leftOn }));
const teamsOf = (ctx?: InputContext): Dated[] | undefined => ctx?.teams?.map((x) => ({ id: x.id }));

function dateOrder(
  c: Ctx,
  key: SheetKey,
  from: string,
  until: string,
  first: string | null | undefined,
  last: string | null | undefined,
  path: (string | number)[] = [until],
): void {
  if (first && last && last < first) {
    c.addIssue({
      code: 'custom',
      path,
      message: t('input.dateOrder', { name: column(key, until).header, other: column(key, from).header }),
    });
  }
}

/** Object-level checks run even when some fields failed, so every field's problem is named at once. */
const always = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };
/** Guards for values that may not have passed their own field check. */
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const day = (v: unknown): string | null => (typeof v === 'string' && isIsoDay(v) ? v : null);

const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.object(shape, { error: t('input.notObject') });

// ---------------------------------------------------------------------------- patrol

export function patrolInput(ctx?: InputContext): Schema<PatrolInput> {
  const P = 'patrols' as const;
  const R = 'reminders' as const;
  const reminder = object({
    category: field<string>(R, 'category', ctx, true),
    cases: atLeastOne(R, 'cases', ctx),
    action: field<string>(R, 'action', ctx),
    note: field<string>(R, 'note', ctx),
  });
  return object({
    requestId,
    date: pastDay(P, 'date', ctx),
    start: field<string>(P, 'start', ctx, true),
    end: field<string>(P, 'end', ctx, true),
    teamId: field<string>(P, 'teamId', ctx),
    area: field<string>(P, 'area', ctx),
    memberIds: idList(P, 'memberIds', 500),
    participants: atLeastOne(P, 'participants', ctx),
    withPolice: field<boolean>(P, 'withPolice', ctx),
    result: field<string>(P, 'result', ctx),
    reminders: z.pipe(
      z.optional(
        z
          .array(reminder, { error: t('input.list', { name: SHEET.reminders }) })
          .check(z.maxLength(100, { error: t('input.tooMany', { name: SHEET.reminders, max: 100 }) })),
      ),
      z.transform((v) => v ?? []),
    ),
  }).check(
    z.superRefine((p, c) => {
      const header = (f: string) => column(P, f).header;
      const memberIds = strs(p.memberIds);
      if (str(p.start) && p.start === p.end)
        c.addIssue({ code: 'custom', path: ['end'], message: t('input.sameTime', { name: header('end') }) });
      if (typeof p.participants === 'number' && p.participants >= 1 && p.participants < memberIds.length) {
        c.addIssue({
          code: 'custom',
          path: ['participants'],
          message: t('input.fewerThanMembers', { name: header('participants'), n: memberIds.length }),
        });
      }
      checkIds(c, ['teamId'], header('teamId'), SHEET.teams, [str(p.teamId)], teamsOf(ctx));
      checkIds(c, ['memberIds'], header('memberIds'), SHEET.members, memberIds, membersOf(ctx), day(p.date));
    }, always),
  ) as unknown as Schema<PatrolInput>;
}

/** A patrol whose end is earlier than its start ended after midnight. */
export const isOvernight = (p: { start: string; end: string }): boolean => !!p.start && !!p.end && p.end < p.start;

// ---------------------------------------------------------------------------- commitments

export function commitmentsInput(ctx?: InputContext): Schema<CommitmentsInput> {
  const C = 'commitments' as const;
  const typeCol = column(C, 'type');
  return object({
    requestId,
    year: field<number>(C, 'year', ctx, true),
    type: field<string>(C, 'type', undefined, true).check(
      z.superRefine((v: string, c) => {
        const lists = ctx?.lists;
        if (!lists || v === '') return;
        if (v === ALL_REQUIRED) {
          if (lists.requiredCommitments.length === 0)
            c.addIssue({ code: 'custom', message: t('input.noRequired', { name: typeCol.header }) });
        } else if (!lists.values['Loại cam kết'].includes(v)) {
          c.addIssue({ code: 'custom', message: `${typeCol.header}: "${quoted(v)}" không có trong danh mục` });
        }
      }),
    ),
    signedOn: pastDay(C, 'signedOn', ctx),
    householdIds: idList(C, 'householdId', 20000, 1),
    signer: field<string>(C, 'signer', ctx),
  }).check(
    z.superRefine((x, c) => {
      checkIds(
        c,
        ['householdIds'],
        column(C, 'householdId').header,
        SHEET.households,
        strs(x.householdIds),
        householdsOf(ctx),
        day(x.signedOn),
      );
    }, always),
  ) as unknown as Schema<CommitmentsInput>;
}

/** The types a commitments input stands for. */
export function commitmentTypes(type: string, lists: Lists): string[] {
  return type === ALL_REQUIRED ? [...lists.requiredCommitments] : [type];
}

// ---------------------------------------------------------------------------- activities

export function activityInput(ctx?: InputContext): Schema<ActivityInput> {
  const S = 'sessions' as const;
  const M = 'mediations' as const;
  const D = 'supervised' as const;
  const K = 'cameras' as const;
  const E = 'events' as const;
  const session = object({
    requestId,
    kind: z.literal('session'),
    date: pastDay(S, 'date', ctx),
    form: field<string>(S, 'form', ctx),
    topics: field<string>(S, 'topics', ctx),
    place: field<string>(S, 'place', ctx),
    audience: field<string>(S, 'audience', ctx),
    attendees: field<number | null>(S, 'attendees', ctx),
    householdIds: idList(S, 'householdIds', 5000),
    partners: field<string>(S, 'partners', ctx),
    note: field<string>(S, 'note', ctx),
  }).check(
    z.superRefine((x, c) => {
      const ids = strs(x.householdIds);
      if (typeof x.attendees === 'number' && x.attendees < ids.length) {
        c.addIssue({
          code: 'custom',
          path: ['attendees'],
          message: t('input.fewerThanHouseholds', { name: column(S, 'attendees').header, n: ids.length }),
        });
      }
      checkIds(
        c,
        ['householdIds'],
        column(S, 'householdIds').header,
        SHEET.households,
        ids,
        householdsOf(ctx),
        day(x.date),
      );
    }, always),
  );
  const mediation = object({
    requestId,
    kind: z.literal('mediation'),
    date: pastDay(M, 'date', ctx),
    subject: field<string>(M, 'subject', ctx),
    parties: field<string>(M, 'parties', ctx),
    outcome: field<string>(M, 'outcome', ctx),
    chair: field<string>(M, 'chair', ctx),
    note: field<string>(M, 'note', ctx),
  });
  const supervised = object({
    requestId,
    kind: z.literal('supervised'),
    name: field<string>(D, 'name', ctx),
    type: field<string>(D, 'type', ctx),
    startOn: field<string>(D, 'startOn', ctx),
    endOn: field<string | null>(D, 'endOn', ctx),
    memberId: field<string>(D, 'memberId', ctx),
    reoffended: field<boolean>(D, 'reoffended', ctx),
    note: field<string>(D, 'note', ctx),
  }).check(
    z.superRefine((x, c) => {
      dateOrder(c, D, 'startOn', 'endOn', day(x.startOn), day(x.endOn));
      checkIds(c, ['memberId'], column(D, 'memberId').header, SHEET.members, [str(x.memberId)], membersOf(ctx));
    }, always),
  );
  const camera = object({
    requestId,
    kind: z.literal('camera'),
    location: field<string>(K, 'location', ctx),
    installedOn: field<string | null>(K, 'installedOn', ctx).check(
      z.superRefine((v: string | null, c) => {
        if (v && ctx?.today && v > ctx.today)
          c.addIssue({
            code: 'custom',
            message: t('input.future', { name: column(K, 'installedOn').header, today: viDay(ctx.today) }),
          });
      }),
    ),
    funding: field<string>(K, 'funding', ctx),
    working: field<boolean>(K, 'working', ctx),
    note: field<string>(K, 'note', ctx),
  });
  const event = object({
    requestId,
    kind: z.literal('event'),
    date: pastDay(E, 'date', ctx),
    type: field<string>(E, 'type', ctx),
    content: field<string>(E, 'content', ctx),
    participants: field<number | null>(E, 'participants', ctx),
    toPolice: field<boolean>(E, 'toPolice', ctx),
    note: field<string>(E, 'note', ctx),
  });
  return z.discriminatedUnion('kind', [session, mediation, supervised, camera, event], {
    error: (iss) =>
      iss.input === null || typeof iss.input !== 'object'
        ? t('input.notObject')
        : t('input.kind', { values: ACTIVITY_KINDS.join(', ') }),
  }) as unknown as Schema<ActivityInput>;
}

// ---------------------------------------------------------------------------- households, residents, teams, members

/** Record schema of a registry sheet for the forms: every column but the id, each optional. */
function recordShape(key: RecordSheet, ctx: InputContext | undefined) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const col of sheetDef(key).columns)
    if (col.field !== 'id') shape[col.field] = z.optional(fieldSchema(col, ctx?.lists));
  return z.object(shape, { error: t('input.record') });
}

export function recordInput(ctx?: InputContext): Schema<RecordInput> {
  const variant = (key: RecordSheet) =>
    object({
      requestId,
      sheet: z.literal(key),
      id: z.optional(
        z
          .string({ error: t('input.recordId') })
          .check(
            z.trim(),
            z.minLength(1, { error: t('input.recordId') }),
            z.maxLength(100, { error: t('input.recordId') }),
          ),
      ),
      record: recordShape(key, ctx),
    }).check(
      z.superRefine((x, c) => {
        if (typeof x.record !== 'object' || x.record === null) return;
        const r = x.record as Record<string, unknown>;
        if (x.id === undefined) {
          // A new row: every required column must be given.
          for (const col of sheetDef(key).columns) {
            if (col.required && col.field !== 'id' && r[col.field] === undefined)
              c.addIssue({
                code: 'custom',
                path: ['record', col.field],
                message: `${col.header}: không được để trống`,
              });
          }
        }
        const ref = (f: string, sheet: string, known: readonly Dated[] | undefined) => {
          if (typeof r[f] === 'string')
            checkIds(c, ['record', f], column(key, f).header, sheet, [r[f] as string], known);
        };
        const d = (f: string) => day(r[f]);
        if (key === 'households') {
          ref('teamId', SHEET.teams, teamsOf(ctx));
          dateOrder(c, key, 'arrivedOn', 'leftOn', d('arrivedOn'), d('leftOn'), ['record', 'leftOn']);
        } else if (key === 'residents') {
          ref(
            'householdId',
            SHEET.households,
            householdsOf(ctx)?.map((h) => ({ id: h.id })),
          );
        } else if (key === 'members') {
          ref('teamId', SHEET.teams, teamsOf(ctx));
          dateOrder(c, key, 'joinedOn', 'leftOn', d('joinedOn'), d('leftOn'), ['record', 'leftOn']);
        }
      }, always),
    );
  return z.discriminatedUnion(
    'sheet',
    [variant('households'), variant('residents'), variant('teams'), variant('members')],
    {
      error: (iss) =>
        iss.input === null || typeof iss.input !== 'object'
          ? t('input.notObject')
          : t('input.sheet', { values: RECORD_SHEETS.join(', ') }),
    },
  ) as unknown as Schema<RecordInput>;
}
