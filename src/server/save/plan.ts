/**
 * All-or-nothing saves (SPEC §6, docs/ARCHITECTURE.md "Saves"). A save is first checked and
 * turned into a **plan** — every row it adds (ids issued), every cell it edits, every row it
 * removes, its `Nhật ký` line and its answer — with nothing written. The plan is stored in the
 * document properties under its request id, together with the raised id counters (one
 * `setProperties` call), and only then carried out, sheet by sheet, journal line last; the
 * plan is deleted when all of it is written.
 *
 * If a write fails half way, the plan stays. A retry with the same request id finds it and
 * carries out what is missing: a row whose id is already in its sheet is not written again, an
 * edit writes only the cells that still differ, a removed row is looked for by id, and the
 * journal line is written unless its request id is already in `Nhật ký`. The retry answers the
 * plan's answer: the same ids, whatever the sheets held in between.
 *
 * Plans are small (ids are stored as runs, repeated values once); a plan over `MAX_PLAN`
 * characters is refused before anything is written.
 */
import type { FieldValue, NormalRecord } from '../../domain/fields';
import { t } from '../../domain/i18n';
import type { SheetKey } from '../../domain/sheets';
import { gas } from '../gas';
import { COUNTER_KEY } from './counter';
import type { JournalEntry } from './journal';

export type Row = Partial<NormalRecord>;

export type Step =
  | { op: 'append'; sheet: SheetKey; rows: Row[] }
  | { op: 'edit'; sheet: SheetKey; id: string; fields: Record<string, FieldValue> }
  | { op: 'remove'; sheet: SheetKey; ids: string[] };

export interface Plan<D = unknown> {
  /** The journal action of the save: what the request id stands for. */
  action: string;
  steps: Step[];
  journal: JournalEntry;
  data: D;
}

/** Prefix of the document properties holding plans not yet carried out. */
export const PLAN_PREFIX = 'antt.pending.';
/** Characters per property value (Apps Script allows 9 KB per value; the text is ASCII). */
const CHUNK = 8000;
/** The largest plan stored (the document properties hold 500 KB in all). */
export const MAX_PLAN = 400_000;

const keyOf = (requestId: string, part: number) => `${PLAN_PREFIX}${requestId}${part ? `#${part}` : ''}`;

// ---------------------------------------------------------------------------------------
// Packing: rows column by column; runs of ids; JSON in ASCII (a Vietnamese letter counts as
// up to 3 bytes of the 9 KB of a property, `\uXXXX` as 6 characters but always 6 bytes).

type Packed =
  | { c: unknown } // every row the same value
  | { s: [string, number, number, number][] } // runs of ids: prefix, width, first number, count
  | { d: unknown[]; i: number[] }; // values by index

/** `TT-0041, TT-0042, TT-0043` → one run; any string that is not prefix+digits breaks runs. */
function idRuns(values: readonly unknown[]): [string, number, number, number][] | null {
  const runs: [string, number, number, number][] = [];
  for (const v of values) {
    if (typeof v !== 'string') return null;
    const m = /^(.*?)(\d+)$/.exec(v);
    if (!m) return null;
    const [, prefix, digits] = m;
    const n = Number(digits);
    const last = runs[runs.length - 1];
    if (last && last[0] === prefix && last[1] === digits.length && last[2] + last[3] === n) last[3]++;
    else runs.push([prefix, digits.length, n, 1]);
  }
  return runs;
}

const fromRuns = (runs: readonly [string, number, number, number][]) =>
  runs.flatMap(([p, w, first, n]) => Array.from({ length: n }, (_, i) => p + String(first + i).padStart(w, '0')));

function packColumn(values: readonly unknown[]): Packed {
  const first = JSON.stringify(values[0] ?? null);
  if (values.every((v) => JSON.stringify(v ?? null) === first)) return { c: values[0] ?? null };
  const runs = idRuns(values);
  if (runs && runs.length * 4 < values.length) return { s: runs };
  const dict: unknown[] = [];
  const at = new Map<string, number>();
  const i = values.map((v) => {
    const k = JSON.stringify(v ?? null);
    let n = at.get(k);
    if (n === undefined) {
      n = dict.length;
      at.set(k, n);
      dict.push(v ?? null);
    }
    return n;
  });
  return { d: dict, i };
}

function unpackColumn(p: Packed, n: number): unknown[] {
  if ('c' in p) return Array.from({ length: n }, () => p.c);
  if ('s' in p) return fromRuns(p.s);
  return p.i.map((k) => p.d[k]);
}

interface PackedRows {
  n: number;
  cols: Record<string, Packed>;
}

function packRows(rows: readonly Row[]): PackedRows {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cols: Record<string, Packed> = {};
  for (const f of fields) cols[f] = packColumn(rows.map((r) => (f in r ? r[f] : undefined)));
  return { n: rows.length, cols };
}

function unpackRows(p: PackedRows): Row[] {
  const rows: Row[] = Array.from({ length: p.n }, () => ({}));
  for (const [f, col] of Object.entries(p.cols)) {
    const values = unpackColumn(col, p.n);
    values.forEach((v, i) => {
      if (v !== null) rows[i][f] = v as FieldValue;
    });
  }
  return rows;
}

/** Arrays of ids anywhere in the answer are stored as runs too. */
function packValue(v: unknown): unknown {
  if (Array.isArray(v)) {
    const runs = v.length > 4 ? idRuns(v) : null;
    if (runs && runs.length * 4 < v.length) return { $ids: runs };
    return v.map(packValue);
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = packValue(x);
    return out;
  }
  return v;
}

function unpackValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unpackValue);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.$ids)) return fromRuns(o.$ids as [string, number, number, number][]);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = unpackValue(x);
    return out;
  }
  return v;
}

const ascii = (json: string) =>
  json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The plan as stored: JSON text, ASCII only. */
export function encodePlan(plan: Plan): string {
  const steps = plan.steps.map((s) => (s.op === 'append' ? { ...s, rows: packRows(s.rows) } : s));
  return ascii(JSON.stringify({ v: 1, ...plan, steps, journal: packValue(plan.journal), data: packValue(plan.data) }));
}

export function decodePlan<D>(text: string): Plan<D> {
  const raw = JSON.parse(text) as Plan & { steps: (Step | { op: 'append'; rows: PackedRows })[] };
  const steps = raw.steps.map((s) =>
    s.op === 'append' ? { ...s, rows: unpackRows(s.rows as unknown as PackedRows) } : s,
  ) as Step[];
  return {
    action: raw.action,
    steps,
    journal: unpackValue(raw.journal) as JournalEntry,
    data: unpackValue(raw.data) as D,
  };
}

// ---------------------------------------------------------------------------------------
// Storage in the document properties.

/**
 * Stores the plan and the id counters in one call, before anything is written. A plan too
 * large to store is refused (nothing written): the message asks for a smaller save.
 */
export function storePlan(requestId: string, plan: Plan, counters: Record<string, number> | undefined): number {
  const text = encodePlan(plan);
  if (text.length > MAX_PLAN) throw new Error(t('save.tooLarge'));
  const parts = Math.max(1, Math.ceil(text.length / CHUNK));
  const props: Record<string, string> = {};
  for (let i = 0; i < parts; i++)
    props[keyOf(requestId, i)] = `${i === 0 ? `${parts}|` : ''}${text.slice(i * CHUNK, (i + 1) * CHUNK)}`;
  if (counters) props[COUNTER_KEY] = JSON.stringify(counters);
  gas.documentProperties().setProperties(props);
  return parts;
}

/**
 * The plan stored for this request id and not yet carried out (and the number of its parts), if any; from `all`
 * (every document property, read once by the save) when given.
 */
export function loadPlan<D>(
  requestId: string,
  all?: Readonly<Record<string, string>>,
): { plan: Plan<D>; parts: number } | null {
  const props = all ? null : gas.documentProperties();
  const get = (key: string) => (all ? (all[key] ?? null) : props!.getProperty(key));
  const head = get(keyOf(requestId, 0));
  if (!head) return null;
  const bar = head.indexOf('|');
  const parts = Number(head.slice(0, bar));
  let text = head.slice(bar + 1);
  for (let i = 1; i < parts; i++) text += get(keyOf(requestId, i)) ?? '';
  return { plan: decodePlan<D>(text), parts };
}

/** Forgets a plan (its `parts` properties) once all of it is written. */
export function clearPlan(requestId: string, parts: number): void {
  const props = gas.documentProperties();
  for (let i = 0; i < parts; i++) props.deleteProperty(keyOf(requestId, i));
}

/** The request ids of the plans not carried out (a save that failed half way and was not retried). */
export function pendingRequests(): string[] {
  const keys = gas.documentProperties().getKeys();
  return keys.filter((k) => k.startsWith(PLAN_PREFIX) && !k.includes('#')).map((k) => k.slice(PLAN_PREFIX.length));
}
