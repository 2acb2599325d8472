/** "Kiểm tra dữ liệu": every problem found, with a link to its cell, and the ids filled in. */
import './style.css';
import { boot, call, closeHost } from '../shared/run';
import { $, h } from '../shared/dom';
import { t } from '../../domain/i18n';
import type { CheckIssue } from '../../domain/check';
import type { DataCheckBoot, ValidateData } from '../../domain/wire';

/** The first check comes with its summary line; a re-check is summed up here. */
type CheckData = ValidateData & Partial<Pick<DataCheckBoot, 'summary'>>;

/** Rows shown at most; the rest are counted. */
const SHOWN = 500;

function link(d: CheckData, i: CheckIssue): HTMLElement | string {
  const gid = d.gids[i.sheet];
  if (!i.a1 || gid === undefined || !d.url) return '';
  return h(
    'a',
    { href: `${d.url}#gid=${gid}&range=${encodeURIComponent(i.a1)}`, target: '_blank', rel: 'noopener' },
    `${t('ui.openCell')} ${i.a1}`,
  );
}

function summaryOf(d: CheckData): string {
  return [
    d.issues.length ? '' : t('check.none'),
    d.filledIds.length ? t('check.filled', { n: d.filledIds.length }) : '',
    d.blocked ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

function render(d: CheckData): void {
  const shown = d.issues.slice(0, SHOWN);
  const parts: (HTMLElement | null)[] = [
    h('h1', {}, t('check.title')),
    h('p', { id: 'summary', role: 'status' }, d.summary ?? summaryOf(d)),
    // Nothing was filled because a protection stops this user: said apart, as an alert.
    d.blocked ? h('p', { id: 'blocked', class: 'blocked', role: 'alert' }, d.blocked) : null,
    d.filledIds.length
      ? h(
          'section',
          {},
          h('h2', {}, t('ui.filledTitle')),
          h('p', {}, t('check.filled', { n: d.filledIds.length })),
          h(
            'ul',
            { class: 'filled' },
            ...d.filledIds
              .slice(0, SHOWN)
              .map((f) => h('li', {}, `${f.sheet}, ${t('ui.row').toLowerCase()} ${f.row}: ${f.id}`)),
          ),
        )
      : null,
    d.issues.length
      ? h(
          'section',
          {},
          h('h2', {}, t('ui.issuesTitle', { n: d.issues.length })),
          h(
            'table',
            { class: 'issues' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['ui.sheet', 'ui.row', 'ui.column', 'ui.problem', 'ui.openCell'].map((k) =>
                  h('th', { scope: 'col' }, t(k as 'ui.sheet')),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              ...shown.map((i) =>
                h(
                  'tr',
                  {},
                  h('td', {}, i.sheet),
                  h('td', { class: 'num' }, i.row > 0 ? String(i.row) : t('ui.wholeSheet')),
                  h('td', {}, i.column),
                  h('td', {}, i.message),
                  h('td', {}, link(d, i)),
                ),
              ),
            ),
          ),
          d.issues.length > SHOWN
            ? h('p', { class: 'muted' }, t('ui.moreIssues', { n: d.issues.length - SHOWN }))
            : null,
        )
      : null,
    h(
      'footer',
      {},
      h('button', { type: 'button', id: 'recheck' }, t('ui.recheck')),
      h('button', { type: 'button', class: 'primary', id: 'close' }, t('ui.close')),
    ),
  ];
  $('#app').replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  $('#close').addEventListener('click', () => closeHost());
  $('#recheck').addEventListener('click', () => void recheck());
}

async function recheck(): Promise<void> {
  const button = $('#recheck') as HTMLButtonElement;
  button.disabled = true;
  try {
    const r = await call('apiValidateWorkbook');
    if (r.ok) render(r.data);
  } catch (err) {
    $('#summary').textContent = t('ui.failed', { message: (err as Error).message });
    button.disabled = false;
  }
}

render(boot<DataCheckBoot>());
