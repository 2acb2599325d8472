/**
 * The answer of a dialog that made a Doc and its PDF (the report, the notice, the TT 124 self-assessment): the title,
 * *Mở văn bản* and *Mở bản PDF*, why there is no PDF, and whether the Doc could not be put beside the spreadsheet.
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

type Line = HTMLElement | null;

export interface DocResultOptions {
  /** The Doc link's label; "Mở văn bản Google Docs" by default. */
  docLabel?: string;
  /** Lines after why there is no PDF, before "not put beside the spreadsheet". */
  warnings?: Line[];
  /** Lines at the end. */
  extra?: Line[];
  /** The result is scrolled into view before the focus moves (the notice shows it above its form). */
  scroll?: boolean;
}

/**
 * Shows `d` in `#result` under `done` and puts the focus on the Doc's link (the primary button; the PDF's is a
 * plain one).
 */
export function showDocResult(d: DocResult, done: string, o: DocResultOptions = {}): void {
  status(done);
  const link = (id: string, href: string, label: string, primary: boolean) =>
    h('a', { id, href, target: '_blank', rel: 'noopener', class: primary ? 'button primary' : 'button' }, label);
  $('#result').replaceChildren(
    h(
      'div',
      { class: 'done' },
      h('p', {}, h('strong', {}, done), ': ', d.title),
      h(
        'p',
        { class: 'links' },
        link('doc-link', d.url, o.docLabel ?? t('report.openDoc'), true),
        d.pdfUrl ? link('pdf-link', d.pdfUrl, t('report.openPdf'), false) : null,
      ),
      d.pdfError ? h('p', { class: 'warning', role: 'alert' }, d.pdfError) : null,
      ...(o.warnings ?? []),
      !d.placedBesideSpreadsheet ? h('p', { class: 'muted' }, t('notice.notPlaced')) : null,
      ...(o.extra ?? []),
    ),
  );
  if (o.scroll) $('#result').scrollIntoView({ block: 'nearest' });
  ($('#doc-link') as HTMLAnchorElement).focus();
}
