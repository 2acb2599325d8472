/** How the sidebar and the Doc write a status and a record of the self-assessment (SPEC §10). */
import { t } from '../i18n';
import { slashDate } from '../viFormat';
import type { Tt124Record, Tt124Status } from './assess';

export function statusText(s: Tt124Status): string {
  return s === 'met'
    ? t('tt124.status.met')
    : s === 'notMet'
      ? t('tt124.status.notMet')
      : t('tt124.status.insufficient');
}

/** A record as the Doc and the sidebar write it: `VV-0010 ngày 04/09/2025, Ma tuý`, `H012, Chưa ký`, `Tháng 9/2023`. */
export function recordText(r: Tt124Record): string {
  if (!r.id) return r.kind;
  const head = r.date ? t('tt124.doc.recordOn', { id: r.id, day: slashDate(r.date) }) : r.id;
  return r.kind ? `${head}, ${r.kind}` : head;
}
