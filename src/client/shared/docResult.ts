/**
 * The answer of a dialog that made a Doc and its PDF (the report, the TT 124 self-assessment): the title, *Mở văn
 * bản* and *Mở bản PDF*, why there is no PDF, and whether the Doc could not be put beside the spreadsheet.
 */
import { t } from '../../domain/i18n';
import { $, h } from './dom';
import { status } from './period';

export interface DocResult {
  title: string;
  url: string;
  pdfUrl: string | null;
  pdfError?: string;
  placedBesideSpreadsheet: boolean;
}

/** Shows `d` in `#result` under `done`, with `extra` lines after it, and puts the focus on the Doc's link. */
export function showDocResult(d: DocResult, done: string, ...extra: (HTMLElement | null)[]): void {
  status(done);
  const link = (id: string, href: string, label: string) =>
    h('a', { id, href, target: '_blank', rel: 'noopener', class: 'button primary' }, label);
  $('#result').replaceChildren(
    h(
      'div',
      { class: 'done' },
      h('p', {}, h('strong', {}, done), ': ', d.title),
      h(
        'p',
        { class: 'links' },
        link('doc-link', d.url, t('report.openDoc')),
        d.pdfUrl ? link('pdf-link', d.pdfUrl, t('report.openPdf')) : null,
      ),
      d.pdfError ? h('p', { class: 'warning', role: 'alert' }, d.pdfError) : null,
      !d.placedBesideSpreadsheet ? h('p', { class: 'muted' }, t('notice.notPlaced')) : null,
      ...extra,
    ),
  );
  ($('#doc-link') as HTMLAnchorElement).focus();
}
