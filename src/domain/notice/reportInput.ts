/**
 * `apiGenerateReport` / `apiPreviewReport` over the wire (SPEC §4.1, §6): the input as the dialog sends it, checked
 * field by field with Vietnamese messages (nothing is created when one is wrong), and the replies.
 */
import { isIsoDay } from '../clock';
import { t } from '../i18n';
import { type FieldError, shownValue } from '../periods';
import { REPORT_KINDS, type ReportKind, type ReportRequest } from './report';

/** `apiGenerateReport()`'s argument. */
export interface ReportInput {
  kind: ReportKind;
  year: number;
  month?: number;
  quarter?: number;
  half?: number;
  issuedOn: string;
  number?: number | null;
  signer?: string;
}

/** `apiGenerateReport()`'s data: the Doc and the PDF beside it. */
export interface ReportResult {
  docId: string;
  url: string;
  title: string;
  /** The PDF saved beside the Doc (null when Drive refused it; `pdfError` says why). */
  pdfId: string | null;
  pdfUrl: string | null;
  pdfError?: string;
  placedBesideSpreadsheet: boolean;
  unreadableRows: number;
}

/** `apiPreviewReport()`'s data: the report's paragraphs as the Doc will hold them. */
export interface ReportPreview {
  title: string;
  lines: string[];
  unreadableRows: number;
}

/** What the dialog starts from: today and the signer of the settings. */
export interface ReportBoot {
  today: string;
  signer: string;
}

export type ReportCheck = { ok: true; value: ReportRequest } | { ok: false; errors: FieldError[] };

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Checks a report request; `issuedOn` is required only to generate (the preview takes the period's end). */
export function validateReportInput(input: unknown, needsIssuedOn = true): ReportCheck {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const kind = o.kind;
  if (typeof kind !== 'string' || !(REPORT_KINDS as readonly string[]).includes(kind))
    errors.push({ field: 'kind', message: t('report.badKind', { name: t('report.kind') }) });
  const int = (field: string, name: string, min: number, max: number): number | undefined => {
    const v = o[field];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      errors.push({ field, message: t('report.badPart', { name, min, max }) });
      return undefined;
    }
    return n;
  };
  const year = int('year', t('report.year'), MIN_YEAR, MAX_YEAR);
  const part =
    kind === 'thang'
      ? { month: int('month', t('report.month'), 1, 12) }
      : kind === 'quy'
        ? { quarter: int('quarter', t('report.quarter'), 1, 4) }
        : kind === '6thang'
          ? { half: int('half', t('report.half'), 1, 2) }
          : {};
  let issuedOn = '';
  const issued = o.issuedOn;
  const issuedName = t('notice.issuedOn');
  if (issued === undefined || issued === null || issued === '') {
    if (needsIssuedOn) errors.push({ field: 'issuedOn', message: t('period.required', { name: issuedName }) });
  } else if (typeof issued !== 'string' || !isIsoDay(issued) || issued < `${MIN_YEAR}` || issued > `${MAX_YEAR}`) {
    errors.push({ field: 'issuedOn', message: t('period.badDay', { name: issuedName, value: shownValue(issued) }) });
  } else issuedOn = issued;
  let number: number | null = null;
  if (o.number !== undefined && o.number !== null && o.number !== '') {
    const n = int('number', t('notice.number'), 1, 9999);
    if (n !== undefined) number = n;
  }
  let signer: string | undefined;
  if (o.signer !== undefined && o.signer !== null) {
    if (typeof o.signer !== 'string')
      errors.push({ field: 'signer', message: t('notice.notText', { name: t('notice.signer') }) });
    else if (o.signer.trim().length > 200)
      errors.push({ field: 'signer', message: t('notice.tooLong', { name: t('notice.signer'), max: 200 }) });
    else if (o.signer.trim()) signer = o.signer.trim();
  }
  if (errors.length || year === undefined) return { ok: false, errors };
  const value: ReportRequest = { kind: kind as ReportKind, year, issuedOn, number, ...part };
  if (signer) value.signer = signer;
  return { ok: true, value };
}
