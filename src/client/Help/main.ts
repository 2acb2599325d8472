/**
 * "Hướng dẫn": how to start, the forms (with their menu paths), the sheets, the figures,
 * the notice, the sample village as an example, sharing, limits, and what is new in the
 * running version (from CHANGELOG.md, inlined by the server).
 */
import './style.css';
import { boot, closeHost } from '../shared/run';
import { $, h } from '../shared/dom';
import { type Block, helpSections, type HelpSection, SHEET_HELP } from './content';
import type { Release } from '../../domain/changelog';
import { releaseDay } from '../../domain/changelog';
import { t } from '../../domain/i18n';

interface HelpBoot {
  version: string;
  release: Release | null;
  sheets: { name: string; kind: string; columns: string[] }[];
}

const KIND: Record<string, string> = {
  settings: t('help.kind.settings'),
  lists: t('help.kind.lists'),
  record: t('help.kind.record'),
  output: t('help.kind.output'),
};

function block(b: Block): HTMLElement {
  switch (b.kind) {
    case 'p':
      return h('p', {}, b.text);
    case 'steps':
      return h('ol', { class: 'steps' }, ...b.items.map((x) => h('li', {}, x)));
    case 'list':
      return h('ul', {}, ...b.items.map((x) => h('li', {}, x)));
    case 'forms':
      return h(
        'dl',
        { class: 'forms' },
        ...b.items.flatMap((f) => [
          h('dt', {}, f.path),
          h('dd', {}, f.what, h('div', { class: 'muted' }, t('help.writesTo', { sheets: f.sheets }))),
        ]),
      );
  }
}

function sheetsTable(sheets: HelpBoot['sheets']): HTMLElement {
  return h(
    'table',
    { class: 'sheets' },
    h('thead', {}, h('tr', {}, h('th', {}, t('ui.sheet')), h('th', {}, t('help.contents')))),
    h(
      'tbody',
      {},
      ...sheets.map((s) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, s.name),
          h(
            'td',
            {},
            SHEET_HELP[s.name] ?? KIND[s.kind] ?? '',
            s.columns.length ? h('div', { class: 'muted' }, s.columns.join(' · ')) : null,
          ),
        ),
      ),
    ),
  );
}

function news(version: string, release: Release | null): HelpSection & { nodes: HTMLElement[] } {
  const title = release?.date
    ? t('help.newsTitleDated', { version, day: releaseDay(release.date) })
    : t('help.newsTitle', { version });
  const nodes = release
    ? release.sections.flatMap((s) => [
        h('h3', {}, s.title),
        h('ul', { class: 'news' }, ...s.items.map((x) => h('li', {}, x))),
      ])
    : [h('p', { class: 'muted' }, t('help.noNews'))];
  return { id: 'news', title, blocks: [], nodes };
}

function section(s: HelpSection, extra: HTMLElement[] = []): HTMLElement {
  return h(
    'section',
    { id: `s-${s.id}`, 'aria-labelledby': `h-${s.id}` },
    h('h2', { id: `h-${s.id}` }, s.title),
    ...s.blocks.map(block),
    ...extra,
  );
}

function render(data: HelpBoot): void {
  const sections = helpSections();
  const whatsNew = news(data.version, data.release);
  const toc = [...sections, whatsNew].map((s) => {
    // Buttons, not #links: the page has <base target="_top">, and a link would leave the dialog.
    const b = h(
      'button',
      { type: 'button', class: 'link', 'data-target': `s-${s.id}` },
      s.id === 'news' ? t('help.news') : s.title,
    );
    b.addEventListener('click', () =>
      document.getElementById(`s-${s.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    );
    return h('li', {}, b);
  });
  $('#app').replaceChildren(
    h('h1', {}, t('help.title')),
    h('nav', { class: 'toc', 'aria-label': t('help.toc') }, h('ul', {}, ...toc)),
    ...sections.map((s) => section(s, s.id === 'sheets' ? [sheetsTable(data.sheets)] : [])),
    section(whatsNew, whatsNew.nodes),
    h(
      'footer',
      {},
      h('span', { class: 'muted', id: 'version' }, t('help.version', { version: data.version })),
      h('button', { class: 'primary', id: 'close' }, t('ui.close')),
    ),
  );
  $('#close').addEventListener('click', () => closeHost());
  document.body.dataset.ready = 'true';
}

render(boot<HelpBoot>());
