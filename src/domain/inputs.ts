/**
 * Zod schemas of the save API inputs (SPEC §6), built from the record registry and shared
 * by the sidebars (instant field errors, with the bootstrap data) and the server (with data
 * read under the lock). Each column's rule is `fieldSchema` of `fields.ts`, so a field has
 * the same Vietnamese message wherever it is checked; the registry adds what is declared
 * on the column or the record type: required from the API, days that happened, at least 1,
 * references to known (and active) records, date order and the type's own rule.
 * Each schema takes an `InputContext`: the lists of `Danh mục` and the known records;
 * whatever is left out is not checked (the server first checks the shape alone, before it
 * reads anything).
 */
import * as z from 'zod/mini';
import { t } from './i18n';
import { blankOf, type FieldValue, fieldSchema } from './fields';
import { quoted } from './fieldChecks';
import { LIST, type Lists } from './lists';
import { isActiveOn } from './records';
import { beforeFounding, uniqueIssues } from './recordRules';
import { isIsoDay } from './clock';
import type { ColumnDef } from './registry/columns';
import type { InputOf, RecordType } from './registry/define';
import { COMMITMENTS, PATROLS, RECORD_TYPES, REMINDERS } from './registry/recordTypes';
import { clean } from './text';
import { slashDate } from './viFormat';

/** A record known to the context: its id and, for types with an active span, its dates. */
export type KnownRecord = { id: string } & Record<string, unknown>;

export interface InputContext {
  /** `Danh mục`: enum fields must hold one of its values. */
  lists?: Lists;
  /** Known teams (a team id must be one of them). */
  teams?: readonly KnownRecord[];
  /** Known members; with dates, a member must be active on the day of the record. */
  members?: readonly KnownRecord[];
  /** Known households; with dates, a household must be active on the day of the record. */
  households?: readonly KnownRecord[];
  /** Known records of any other record type, by key. */
  known?: Readonly<Record<string, readonly KnownRecord[]>>;
  /** Today (`YYYY-MM-DD`, spreadsheet zone): days of things that happened may not be later. */
  today?: string;
  /**
   * The other records of the record's own sheet (an edit: without the record itself) with their `unique` fields
   * (a member's email), which the record may not share; left out: not checked.
   */
  peers?: readonly KnownRecord[];
  /** The model's founding day (`ngay_thanh_lap`): no `sinceFounding` day before it; left out: not checked. */
  founded?: string | null;
}

export type ReminderInput = Pick<InputOf<typeof REMINDERS>, 'category' | 'cases' | 'action' | 'note'>;
export type PatrolInput = InputOf<typeof PATROLS> & {
  requestId: string;
  reminders: ReminderInput[];
  /** Save even when it looks like a duplicate (the page's "Vẫn lưu"). */
  confirm?: boolean;
};

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

/** Record types entered as a tab of "Ghi hoạt động". */
export const ACTIVITY_TYPES = RECORD_TYPES.filter((r) => r.form === 'activity');
type ActivityType = Extract<(typeof RECORD_TYPES)[number], { form: 'activity' }>;
/** `apiSaveActivity`'s input: the record's fields, its `kind` and the request id. */
export type ActivityInput = ActivityType extends infer T
  ? T extends ActivityType
    ? InputOf<T> & { requestId: string; kind: T['kind']; confirm?: boolean }
    : never
  : never;
export type ActivityKind = ActivityInput['kind'];

/** The record sheets `apiSaveRecord` adds to and edits: every record type. */
export const RECORD_SHEETS = RECORD_TYPES.map((r) => r.key);
export type RecordSheet = (typeof RECORD_TYPES)[number]['key'];

export interface RecordInput {
  requestId: string;
  sheet: RecordSheet;
  /** Present: edit the row with this id. Absent: add a new row. */
  id?: string;
  /** Fields of the sheet (by `field` name, without `id`). Editing: fields left out keep their value. */
  record: Record<string, FieldValue>;
  /** Save even when it looks like a duplicate (the page's "Vẫn lưu"). */
  confirm?: boolean;
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

type Schema = z.ZodMiniType;
type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

/** Required from the API: the key must be there. */
const isInputRequired = (col: ColumnDef) => !!(col.required || col.inputRequired);

/** Columns a save takes from its caller (not the id, not what the server fills). */
export function inputColumns(type: RecordType): ColumnDef[] {
  return type.list.filter((c) => c.type !== 'id' && !c.auto);
}

/**
 * A request id: trimmed (invisible characters out), then 1–100 of `A–Z a–z 0–9 - _ . :` (a
 * UUID from the page; it is also a key of the document properties while its save runs).
 */
export const requestId = z
  .string({ error: t('input.requestId') })
  .check(z.overwrite(clean), z.regex(/^[A-Za-z0-9_.:-]{1,100}$/, { error: t('input.requestId') }));

/** "Vẫn lưu": save a record that looks like a duplicate. */
const confirm = z.optional(z.boolean({ error: t('input.confirm') }));

/** A list of ids (no blanks, no repeats), checked against the known records later. */
function idList(col: ColumnDef, atLeast: number): Schema {
  const h = col.header;
  const max = col.maxItems ?? 5000;
  return z
    .array(
      z
        .string({ error: t('input.list', { name: h }) })
        .check(
          z.overwrite(clean),
          z.minLength(1, { error: t('input.list', { name: h }) }),
          z.maxLength(100, { error: t('input.list', { name: h }) }),
        ),
      { error: (iss) => (iss.input === undefined ? t('input.empty', { name: h }) : t('input.list', { name: h })) },
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
}

/** The schema of one column as a save takes it: its rule plus what the registry declares on it. */
function columnSchema(col: ColumnDef, ctx: InputContext | undefined, required: boolean): Schema {
  if (col.type === 'refs') return idList(col, required ? 1 : 0);
  // Days that happened (not after `ctx.today`) and the other plausible bounds are the column's rule.
  const rule = fieldSchema({ ...col, required }, ctx?.lists, ctx?.today);
  if (col.min !== undefined) {
    const min = col.min;
    // A negative number already has its own message ("không được âm").
    return rule.check(
      z.refine((v: unknown) => typeof v !== 'number' || v < 0 || v >= min, {
        error: t('input.atLeastOne', { name: col.header }),
      }),
    );
  }
  return rule;
}

/**
 * The object shape of a record type's input fields. `add`: a required field must be there
 * and a field left out is its blank value. `patch`: every field may be left out (an edit).
 */
function fieldsShape(columns: readonly ColumnDef[], ctx: InputContext | undefined, mode: 'add' | 'patch') {
  const shape: Record<string, Schema> = {};
  for (const col of columns) {
    const required = isInputRequired(col);
    const s = columnSchema(col, ctx, required);
    if (mode === 'patch') shape[col.field] = z.optional(s);
    else if (required) shape[col.field] = s;
    else
      shape[col.field] = z.pipe(
        z.optional(s),
        z.transform((v) => (v === undefined ? blankOf(col) : v)),
      );
  }
  return shape;
}

/** Guards for values that may not have passed their own field check. */
const day = (v: unknown): string | null => (typeof v === 'string' && isIsoDay(v) ? v : null);
const idsIn = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The known records a reference column points to, with their active span when their type has one. */
function knownOf(
  ctx: InputContext | undefined,
  refKey: string,
): { id: string; from: unknown; until: unknown }[] | null {
  if (!ctx) return null;
  const legacy: Record<string, readonly KnownRecord[] | undefined> = {
    teams: ctx.teams,
    members: ctx.members,
    households: ctx.households,
  };
  const known = legacy[refKey] ?? ctx.known?.[refKey];
  if (!known) return null;
  const span = RECORD_TYPES.find((r) => r.key === refKey)?.active;
  return known.map((k) => ({ id: k.id, from: span ? k[span.from] : null, until: span ? k[span.until] : null }));
}

/** Each id must be known (and, with dates, active on the record's day). */
function checkRefs(
  c: Ctx,
  path: Path,
  col: ColumnDef,
  value: unknown,
  record: Record<string, unknown>,
  ctx?: InputContext,
) {
  const known = col.refKey ? knownOf(ctx, col.refKey) : null;
  if (!known) return;
  const byId = new Map(known.map((k) => [k.id, k]));
  const on = col.activeOn ? day(record[col.activeOn]) : null;
  for (const id of idsIn(value)) {
    if (id === '') continue;
    const k = byId.get(id);
    if (!k) {
      c.addIssue({
        code: 'custom',
        path,
        message: t('check.unknownRef', { name: col.header, id, sheet: col.refSheet ?? '' }),
      });
    } else if (on && !isActiveOn(day(k.from), day(k.until), on)) {
      c.addIssue({ code: 'custom', path, message: t('input.inactive', { name: col.header, id, day: slashDate(on) }) });
    }
  }
}

/** Object-level checks run even when some fields failed, so every field's problem is named at once. */
const always = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };

/**
 * The checks of a record across its fields: references, date order, the type's own rule, and with the context's
 * data its `unique` fields and days before the founding (`recordRules.ts`). `prefix` is the path of the record in
 * the input (`['record']` for `apiSaveRecord`).
 */
function recordChecks(type: RecordType, ctx: InputContext | undefined, prefix: Path = []) {
  const header = (field: string) => type.list.find((c) => c.field === field)?.header ?? field;
  return z.superRefine((input: unknown, c: Ctx) => {
    const outer = input as Record<string, unknown>;
    const record = (prefix.length ? outer[prefix[0]] : outer) as Record<string, unknown> | undefined;
    if (typeof record !== 'object' || record === null) return;
    for (const col of type.list) {
      if ((col.type === 'ref' || col.type === 'refs') && col.field in record)
        checkRefs(c, [...prefix, col.field], col, record[col.field], record, ctx);
    }
    for (const [from, until] of type.dateOrder ?? []) {
      const first = day(record[from]);
      const last = day(record[until]);
      if (first && last && last < first)
        c.addIssue({
          code: 'custom',
          path: [...prefix, until],
          message: t('input.dateOrder', { name: header(until), other: header(from) }),
        });
    }
    // An add through `apiSaveRecord` leaves out its blank fields: the type's own rule sees them blank. An edit
    // (with an id) gives only what changes: the rule sees those alone, then the save checks the record as it will be.
    const whole = prefix.length > 0 && outer.id === undefined ? withBlanks(type, record) : record;
    const issues = (type.refine?.(whole, header) ?? []).concat(
      ctx?.peers ? uniqueIssues(type, record, ctx.peers) : [],
      beforeFounding(type, record, ctx?.founded),
    );
    for (const issue of issues) c.addIssue({ code: 'custom', path: [...prefix, issue.field], message: issue.message });
  }, always);
}

/** A record with each input field it leaves out at its blank value. */
function withBlanks(type: RecordType, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const col of inputColumns(type)) if (out[col.field] === undefined) out[col.field] = blankOf(col);
  return out;
}

const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.object(shape, { error: t('input.notObject') });

/** The record type of a key (`apiSaveRecord`'s `sheet`). */
export function recordType(key: string): RecordType | undefined {
  return RECORD_TYPES.find((r) => r.key === key);
}

// ---------------------------------------------------------------------------- patrol

const REMINDER_FIELDS = new Set(['category', 'cases', 'action', 'note']);

export function patrolInput(ctx?: InputContext): z.ZodMiniType<PatrolInput> {
  const reminder = object(
    fieldsShape(
      inputColumns(REMINDERS).filter((c) => REMINDER_FIELDS.has(c.field)),
      ctx,
      'add',
    ),
  );
  const reminders = z
    .array(reminder, { error: t('input.list', { name: REMINDERS.name }) })
    .check(z.maxLength(100, { error: t('input.tooMany', { name: REMINDERS.name, max: 100 }) }));
  const schema = object({
    requestId,
    confirm,
    ...fieldsShape(inputColumns(PATROLS), ctx, 'add'),
    reminders: z.pipe(
      z.optional(reminders),
      z.transform((v) => v ?? []),
    ),
  }).check(recordChecks(PATROLS, ctx));
  return typed<PatrolInput>(schema);
}

/** A patrol whose end is earlier than its start ended after midnight. */
export const isOvernight = (p: { start: string; end: string }): boolean => !!p.start && !!p.end && p.end < p.start;

// ---------------------------------------------------------------------------- commitments

export function commitmentsInput(ctx?: InputContext): z.ZodMiniType<CommitmentsInput> {
  const col = (field: string) => COMMITMENTS.list.find((c) => c.field === field)!;
  const typeCol = col('type');
  const householdCol = { ...col('householdId'), type: 'refs' as const };
  const schema = object({
    requestId,
    year: columnSchema(col('year'), ctx, true),
    // The type is checked here, not by its list rule: `*` stands for every required type.
    type: fieldSchema({ ...typeCol, list: undefined }).check(
      z.superRefine((v: unknown, c) => {
        const lists = ctx?.lists;
        if (!lists || v === '' || typeof v !== 'string') return;
        if (v === ALL_REQUIRED) {
          if (lists.requiredCommitments.length === 0)
            c.addIssue({ code: 'custom', message: t('input.noRequired', { name: typeCol.header }) });
        } else if (!lists.values[LIST.commitmentTypes].includes(v)) {
          c.addIssue({ code: 'custom', message: t('input.notInList', { name: typeCol.header, value: quoted(v) }) });
        }
      }),
    ),
    signedOn: columnSchema(col('signedOn'), ctx, true),
    householdIds: idList(householdCol, 1),
    signer: fieldsShape([col('signer')], ctx, 'add').signer,
  }).check(
    z.superRefine((x, c) => {
      checkRefs(c, ['householdIds'], householdCol, x.householdIds, { signedOn: x.signedOn }, ctx);
      // The year against the signing day: the type's own rule, as for one row.
      for (const i of COMMITMENTS.refine?.({ year: x.year, signedOn: x.signedOn }, (f) => col(f).header) ?? [])
        c.addIssue({ code: 'custom', path: [i.field], message: i.message });
    }, always),
  );
  return typed<CommitmentsInput>(schema);
}

/** The types a commitments input stands for. */
export function commitmentTypes(type: string, lists: Lists): string[] {
  return type === ALL_REQUIRED ? [...lists.requiredCommitments] : [type];
}

// ---------------------------------------------------------------------------- activities

export function activityInput(ctx?: InputContext): z.ZodMiniType<ActivityInput> {
  const variants = ACTIVITY_TYPES.map((type) =>
    object({
      requestId,
      confirm,
      kind: z.literal(type.kind),
      ...fieldsShape(inputColumns(type), ctx, 'add'),
    }).check(recordChecks(type, ctx)),
  );
  const kinds = ACTIVITY_TYPES.map((r) => r.kind).join(', ');
  const schema = z.discriminatedUnion('kind', variants as [(typeof variants)[number], ...typeof variants], {
    error: (iss) =>
      iss.input === null || typeof iss.input !== 'object' ? t('input.notObject') : t('input.kind', { values: kinds }),
  });
  return typed<ActivityInput>(schema);
}

// ---------------------------------------------------------------------------- any record: add or edit

/**
 * `apiSaveRecord`'s input for any record type: `record` holds the fields given (each
 * checked by its column rule); a new record (no `id`) must give every required field.
 */
export function recordInput(ctx?: InputContext): z.ZodMiniType<RecordInput> {
  const variant = (type: RecordType) => {
    const columns = inputColumns(type);
    return object({
      requestId,
      sheet: z.literal(type.key),
      id: z.optional(
        z
          .string({ error: t('input.recordId') })
          .check(
            z.overwrite(clean),
            z.minLength(1, { error: t('input.recordId') }),
            z.maxLength(100, { error: t('input.recordId') }),
          ),
      ),
      record: z.object(fieldsShape(columns, ctx, 'patch'), { error: t('input.record') }),
      confirm,
    })
      .check(
        z.superRefine((x, c) => {
          if (x.id !== undefined || typeof x.record !== 'object' || x.record === null) return;
          const record = x.record as Record<string, unknown>;
          for (const col of columns)
            if (isInputRequired(col) && record[col.field] === undefined)
              c.addIssue({
                code: 'custom',
                path: ['record', col.field],
                message: t('input.empty', { name: col.header }),
              });
        }, always),
      )
      .check(recordChecks(type, ctx, ['record']));
  };
  const variants = RECORD_TYPES.map(variant);
  const schema = z.discriminatedUnion('sheet', variants as [(typeof variants)[number], ...typeof variants], {
    error: (iss) =>
      iss.input === null || typeof iss.input !== 'object'
        ? t('input.notObject')
        : t('input.sheet', { values: RECORD_SHEETS.join(', ') }),
  });
  return typed<RecordInput>(schema);
}

/**
 * The one cast of the input schemas: each is built field by field from the same registry
 * columns that the record's TypeScript type is inferred from (`InputOf`), so its output
 * is that type; zod cannot see it through the dynamic shape.
 */
function typed<T>(schema: z.ZodMiniType): z.ZodMiniType<T> {
  return schema as z.ZodMiniType<T>;
}
