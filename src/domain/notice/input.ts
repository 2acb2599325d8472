/**
 * Checks the input of `apiGenerateNotice` as it comes over the wire:
 * `{ from, to, issuedOn, number?, useTemplate?, signer?, authority?, recipients? }`.
 * Errors name the field in Vietnamese; nothing is created when there is one.
 */
import { isIsoDay } from '../clock';
import { t } from '../i18n';
import { type FieldError, shownValue, validatePeriod } from '../periods';
import type { Period } from '../report';

export interface NoticeRequest {
  period: Period;
  issuedOn: string;
  /** null: the next number of the settings. */
  number: number | null;
  useTemplate: boolean;
  signer?: string;
  authority?: string;
  recipients?: string[];
}

export const MAX_NUMBER = 9999;
const MAX_TEXT = 200;
const MAX_LINES = 30;
const MAX_LINE = 300;

export type NoticeCheck = { ok: true; value: NoticeRequest } | { ok: false; errors: FieldError[] };

export function validateNoticeInput(input: unknown): NoticeCheck {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const period = validatePeriod(o);
  const errors: FieldError[] = period.ok ? [] : [...period.errors];

  let issuedOn = '';
  const issued = o.issuedOn;
  const issuedName = t('notice.issuedOn');
  if (issued === undefined || issued === null || issued === '')
    errors.push({ field: 'issuedOn', message: t('period.required', { name: issuedName }) });
  else if (
    typeof issued !== 'string' ||
    !isIsoDay(issued) ||
    +issued.slice(0, 4) < 1900 ||
    +issued.slice(0, 4) > 2100
  ) {
    errors.push({ field: 'issuedOn', message: t('period.badDay', { name: issuedName, value: shownValue(issued) }) });
  } else issuedOn = issued;

  let number: number | null = null;
  if (o.number !== undefined && o.number !== null && o.number !== '') {
    const n = typeof o.number === 'number' ? o.number : /^\s*\d+\s*$/.test(String(o.number)) ? Number(o.number) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MAX_NUMBER)
      errors.push({ field: 'number', message: t('notice.badNumber', { name: t('notice.number'), max: MAX_NUMBER }) });
    else number = n;
  }

  const optionalText = (field: 'signer' | 'authority', name: string): string | undefined => {
    const v = o[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      errors.push({ field, message: t('notice.notText', { name }) });
      return undefined;
    }
    const s = v.trim();
    if (s.length > MAX_TEXT) errors.push({ field, message: t('notice.tooLong', { name, max: MAX_TEXT }) });
    return s === '' ? undefined : s;
  };
  const signer = optionalText('signer', t('notice.signer'));
  const authority = optionalText('authority', t('notice.authority'));

  let recipients: string[] | undefined;
  const r = o.recipients;
  const recipientsName = t('notice.recipients');
  if (
    r !== undefined &&
    r !== null &&
    !(typeof r === 'string' || (Array.isArray(r) && r.every((x) => typeof x === 'string' || x === null)))
  ) {
    // Only text (one recipient per line) or a list of texts: anything else would print as "[object Object]".
    errors.push({ field: 'recipients', message: t('notice.notText', { name: recipientsName }) });
  } else if (r !== undefined && r !== null) {
    const raw = Array.isArray(r) ? r.map((x) => String(x ?? '')) : r.split(/\r?\n/);
    const list = raw.map((l) => l.trim()).filter(Boolean);
    const name = recipientsName;
    if (list.length > MAX_LINES)
      errors.push({ field: 'recipients', message: t('notice.tooMany', { name, max: MAX_LINES }) });
    else if (list.some((l) => l.length > MAX_LINE))
      errors.push({ field: 'recipients', message: t('notice.tooLong', { name, max: MAX_LINE }) });
    else if (list.length) recipients = list;
  }

  if (errors.length || !period.ok) return { ok: false, errors };
  const value: NoticeRequest = {
    period: period.period,
    issuedOn,
    number,
    useTemplate: o.useTemplate === true || o.useTemplate === 'true',
  };
  if (signer !== undefined) value.signer = signer;
  if (authority !== undefined) value.authority = authority;
  if (recipients) value.recipients = recipients;
  return { ok: true, value };
}
