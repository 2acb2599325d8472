/**
 * `apiAssessTt124` / `apiGenerateTt124` over the wire (SPEC §6, §10): the input as the sidebar sends it, checked field
 * by field with Vietnamese messages naming the field (nothing is read or created when one is wrong), and the replies.
 */
import { isIsoDay } from '../clock';
import { t } from '../i18n';
import { type FieldError, shownValue } from '../periods';
import type { Tt124Assessment, Tt124Judgement, Tt124Request } from './assess';
import { requestPeriod } from './assess';

/** `apiAssessTt124()`'s argument. */
export interface Tt124Input {
  year: number;
  from?: string;
  to?: string;
  policy?: Tt124Judgement | '';
  policyNote?: string;
}

/** `apiGenerateTt124()`'s argument: the assessment's, the day of issue and (optionally) who signs. */
export interface Tt124DocInput extends Tt124Input {
  issuedOn: string;
  signer?: string;
}

/** `apiGenerateTt124()`'s data: the Doc and the PDF beside it. */
export interface Tt124DocResult {
  docId: string;
  url: string;
  title: string;
  pdfId: string | null;
  pdfUrl: string | null;
  pdfError?: string;
  placedBesideSpreadsheet: boolean;
  overall: Tt124Assessment['overall'];
  unreadableRows: number;
}

/** What the sidebar starts from: today and the signer of the settings. */
export interface Tt124Boot {
  today: string;
  signer: string;
}

export interface Tt124DocRequest extends Tt124Request {
  issuedOn: string;
  signer?: string;
}

export type Tt124Check<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const TT124_MIN_YEAR = 2022;
export const TT124_MAX_YEAR = 2100;
export const POLICY_NOTE_MAX = 500;
const SIGNER_MAX = 200;
/** A period longer than this many days is refused (a year and a leap day). */
const MAX_DAYS = 366;

const blank = (v: unknown) => v === undefined || v === null || v === '';
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;

/** Checks an assessment request; with `doc`, also the day of issue and the signer. */
export function validateTt124Input(input: unknown): Tt124Check<Tt124Request>;
export function validateTt124Input(input: unknown, doc: true): Tt124Check<Tt124DocRequest>;
export function validateTt124Input(input: unknown, doc = false): Tt124Check<Tt124Request | Tt124DocRequest> {
  const o = (input && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const y = o.year;
  const year = typeof y === 'number' ? y : typeof y === 'string' && /^\s*\d{4}\s*$/.test(y) ? Number(y) : NaN;
  if (!Number.isInteger(year) || year < TT124_MIN_YEAR || year > TT124_MAX_YEAR)
    errors.push({
      field: 'year',
      message: t('tt124.badYear', { name: t('tt124.year'), min: TT124_MIN_YEAR, max: TT124_MAX_YEAR }),
    });
  const day = (field: 'from' | 'to' | 'issuedOn', name: string): string | undefined => {
    const v = o[field];
    if (blank(v)) return undefined;
    if (typeof v !== 'string' || !isIsoDay(v) || v < '1900' || v > `${TT124_MAX_YEAR + 1}`) {
      errors.push({ field, message: t('period.badDay', { name, value: shownValue(v) }) });
      return undefined;
    }
    return v;
  };
  const from = day('from', t('period.from'));
  const to = day('to', t('period.to'));
  const req: Tt124Request = { year };
  if (from) req.from = from;
  if (to) req.to = to;
  if (Number.isInteger(year) && errors.length === 0) {
    const p = requestPeriod(req);
    if (p.from > p.to) errors.push({ field: 'to', message: t('tt124.toBeforeFrom') });
    else if (days(p.from, p.to) >= MAX_DAYS)
      errors.push({ field: 'to', message: t('tt124.tooLong', { max: MAX_DAYS }) });
  }
  const policy = o.policy;
  if (!blank(policy)) {
    if (policy !== 'met' && policy !== 'notMet')
      errors.push({ field: 'policy', message: t('tt124.badPolicy', { name: t('tt124.policy') }) });
    else req.policy = policy;
  }
  const note = o.policyNote;
  if (!blank(note)) {
    if (typeof note !== 'string')
      errors.push({ field: 'policyNote', message: t('notice.notText', { name: t('tt124.policyNote') }) });
    else if (note.trim().length > POLICY_NOTE_MAX)
      errors.push({
        field: 'policyNote',
        message: t('notice.tooLong', { name: t('tt124.policyNote'), max: POLICY_NOTE_MAX }),
      });
    else if (note.trim()) req.policyNote = note.trim().replace(/\s+/g, ' ');
  }
  if (!doc) return errors.length ? { ok: false, errors } : { ok: true, value: req };
  const issuedName = t('notice.issuedOn');
  const issuedOn = day('issuedOn', issuedName);
  if (blank(o.issuedOn)) errors.push({ field: 'issuedOn', message: t('period.required', { name: issuedName }) });
  let signer: string | undefined;
  if (!blank(o.signer)) {
    if (typeof o.signer !== 'string')
      errors.push({ field: 'signer', message: t('notice.notText', { name: t('notice.signer') }) });
    else if (o.signer.trim().length > SIGNER_MAX)
      errors.push({ field: 'signer', message: t('notice.tooLong', { name: t('notice.signer'), max: SIGNER_MAX }) });
    else if (o.signer.trim()) signer = o.signer.trim();
  }
  if (errors.length || !issuedOn) return { ok: false, errors };
  const value: Tt124DocRequest = { ...req, issuedOn };
  if (signer) value.signer = signer;
  return { ok: true, value };
}
