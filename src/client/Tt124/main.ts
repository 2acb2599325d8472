/**
 * "Tự đánh giá khu dân cư an toàn (TT 124)" (SPEC §10): the year (and, if need be, other bounds than 01/11–31/10),
 * the board's own review of criterion 2; each criterion with its badge (Đạt / Chưa đạt / Chưa đủ dữ liệu), its
 * reason and the evidence — counts and the records behind them (id, day, kind; never a summary or a name); then
 * "Tạo bản tự đánh giá" and the links to the Doc and its PDF. Text from the server is set as text, never as HTML.
 */
import './style.css';
import { t } from '../../domain/i18n';
import { periodText } from '../../domain/periods';
import type { Tt124Assessment, Tt124Criterion, Tt124Status } from '../../domain/tt124/assess';
import { recordText, statusText } from '../../domain/tt124/text';
import type { Tt124Boot, Tt124Input } from '../../domain/tt124/input';
import { dayInput, typedValue } from '../shared/dateInput';
import { $, h } from '../shared/dom';
import { dialogField as field, generateActions, generateDoc, previewer, unreadableLine } from '../shared/docFlow';
import { showDocResult } from '../shared/docResult';
import { status } from '../shared/period';
import { boot, call } from '../shared/run';

const FIELDS = ['year', 'from', 'to', 'policy', 'policyNote', 'issuedOn', 'signer'] as const;
const data = boot<Tt124Boot>();
const thisYear = +data.today.slice(0, 4);

function render(): void {
  const years = Array.from({ length: thisYear + 1 - 2022 + 1 }, (_, i) => 2022 + i);
  const form = h(
    'form',
    { id: 'tt124', novalidate: true },
    h('p', { class: 'muted intro' }, t('tt124.intro')),
    field(
      'year',
      t('tt124.year'),
      h(
        'select',
        { id: 'year' },
        ...years.map((y) => h('option', { value: String(y), selected: y === thisYear }, String(y))),
      ),
      t('tt124.bounds'),
    ),
    h(
      'div',
      { class: 'row' },
      field('from', t('period.from'), dayInput('', { id: 'from' })),
      field('to', t('period.to'), dayInput('', { id: 'to' })),
    ),
    field(
      'policy',
      t('tt124.policy'),
      h(
        'select',
        { id: 'policy' },
        h('option', { value: '' }, t('tt124.policyNone')),
        h('option', { value: 'met' }, t('tt124.status.met')),
        h('option', { value: 'notMet' }, t('tt124.status.notMet')),
      ),
    ),
    field('policyNote', t('tt124.policyNote'), h('textarea', { id: 'policyNote', rows: 2, maxlength: 500 })),
    h('p', { id: 'status', class: 'status muted', role: 'status' }),
    h('section', { id: 'assessment', 'aria-live': 'polite' }),
    h(
      'div',
      { class: 'row' },
      field('issuedOn', t('notice.issuedOn'), dayInput(data.today, { id: 'issuedOn' })),
      field(
        'signer',
        t('notice.signer'),
        h('input', { type: 'text', id: 'signer', value: data.signer, maxlength: 200 }),
      ),
    ),
    ...generateActions(t('tt124.generate')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void generate();
  });
  form.addEventListener('change', (e) => {
    if (['year', 'from', 'to', 'policy', 'policyNote'].includes((e.target as HTMLElement).id)) void assess();
  });
  $('#app').replaceChildren(form);
  void assess();
}

function request(): Tt124Input {
  const r: Tt124Input = { year: Number(($('#year') as HTMLSelectElement).value) };
  const from = typedValue($('#from') as HTMLInputElement);
  const to = typedValue($('#to') as HTMLInputElement);
  if (from) r.from = from;
  if (to) r.to = to;
  const policy = ($('#policy') as HTMLSelectElement).value;
  if (policy === 'met' || policy === 'notMet') r.policy = policy;
  const note = ($('#policyNote') as HTMLTextAreaElement).value.trim();
  if (note) r.policyNote = note;
  return r;
}

const CLASS: Record<Tt124Status, string> = { met: 'met', notMet: 'not-met', insufficient: 'insufficient' };
const badge = (s: Tt124Status) => h('span', { class: 'badge' }, statusText(s));

function criterionItem(c: Tt124Criterion): HTMLElement {
  return h(
    'li',
    { class: `criterion ${CLASS[c.status]}`, id: `criterion-${c.number}`, 'data-status': c.status },
    h(
      'div',
      { class: 'head' },
      h('strong', {}, `${c.number}.`),
      ' ',
      h('span', { class: 'title' }, c.title),
      badge(c.status),
    ),
    c.unverified ? h('p', { class: 'tag muted' }, t('tt124.unverified')) : null,
    h('p', { class: 'reason' }, c.reason),
    h(
      'ul',
      { class: 'evidence' },
      ...c.evidence.map((e) =>
        h(
          'li',
          {},
          h('span', { class: 'label' }, e.label),
          ': ',
          h('strong', {}, String(e.count)),
          e.records.length
            ? h(
                'ul',
                { class: 'records' },
                ...e.records.map((r) => h('li', {}, recordText(r))),
                e.more ? h('li', { class: 'muted' }, t('tt124.moreRecords', { n: e.more })) : null,
              )
            : null,
        ),
      ),
    ),
  );
}

/** The assessment's content: the overall status, unread rows, each criterion. */
function show(a: Tt124Assessment): (HTMLElement | null)[] {
  document.body.dataset.assessed = `${a.year}:${a.period.from}:${a.period.to}:${a.criteria[1].status}`;
  status(t('tt124.period', { period: periodText(a.period), previous: periodText(a.previous) }));
  return [
    h(
      'p',
      { class: `overall ${CLASS[a.overall]}`, id: 'overall' },
      t('tt124.overall', { status: statusText(a.overall) }),
    ),
    unreadableLine(a.unreadableRows),
    h('ol', { class: 'criteria' }, ...a.criteria.map(criterionItem)),
  ];
}

/** The assessment follows the form; while it is made again the last one stays, the status line says so. */
const assess = previewer({
  fields: FIELDS,
  box: '#assessment',
  request,
  load: (req) => call('apiAssessTt124', req),
  show,
  loading: () => status(t('tt124.assessing')),
  failed: status,
});

function generate(): Promise<void> {
  return generateDoc({
    fields: FIELDS,
    busy: t('tt124.generating'),
    send: () => {
      const req = { ...request(), issuedOn: typedValue($('#issuedOn') as HTMLInputElement) };
      const signer = ($('#signer') as HTMLInputElement).value.trim();
      return call('apiGenerateTt124', signer ? { ...req, signer } : req);
    },
    done: (d) => showDocResult(d, t('tt124.done')),
  });
}

render();
document.body.dataset.ready = 'true';
