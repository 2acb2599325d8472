/**
 * "Tạo báo cáo" (SPEC §4.1): the kind (month, quarter, six months, year), the year and the month, quarter or half,
 * the issue date, number and signer; a preview of the whole report as an A4 page (each figure beside the same
 * period one year earlier); then the links to the new Google Doc and to its PDF. Text from the server is set as
 * text, never as HTML.
 */
import './style.css';
import { t } from '../../domain/i18n';
import type { ReportBoot, ReportInput } from '../../domain/notice/reportInput';
import { type ReportKind, reportPeriods } from '../../domain/notice/report';
import { periodText } from '../../domain/periods';
import { defaultReportPeriod } from '../../domain/reportDefaults';
import { dayInput, typedValue } from '../shared/dateInput';
import { $, h } from '../shared/dom';
import { dialogField as field, generateActions, generateDoc, previewer, unreadableLine } from '../shared/docFlow';
import { showDocResult } from '../shared/docResult';
import { status } from '../shared/period';
import { boot, call } from '../shared/run';

const FIELDS = ['kind', 'year', 'month', 'quarter', 'half', 'issuedOn', 'number', 'signer'] as const;
const data = boot<ReportBoot>();
const KINDS: [ReportKind, string][] = [
  ['thang', t('report.kindThang')],
  ['quy', t('report.kindQuy')],
  ['6thang', t('report.kind6thang')],
  ['nam', t('report.kindNam')],
];

const input = (id: string) => $(`#${id}`) as HTMLInputElement;
const select = (id: string) => $(`#${id}`) as HTMLSelectElement;
const options = (values: [string | number, string][], chosen: string | number) =>
  values.map(([v, label]) => h('option', { value: String(v), selected: String(v) === String(chosen) }, label));

/** Each kind starts at its last finished period (the usual sơ kết: the last whole six months). */
const START_KIND: ReportKind = '6thang';
const start = defaultReportPeriod(START_KIND, data.today);
const firstOf = { month: defaultReportPeriod('thang', data.today), quarter: defaultReportPeriod('quy', data.today) };

function render(): void {
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const form = h(
    'form',
    { id: 'report', novalidate: true },
    h(
      'div',
      { class: 'row' },
      field('kind', t('report.kind'), h('select', { id: 'kind', name: 'kind' }, ...options(KINDS, START_KIND))),
      field(
        'year',
        t('report.year'),
        h('input', { type: 'number', id: 'year', name: 'year', min: 2000, max: 2100, value: start.year }),
      ),
      field(
        'month',
        t('report.month'),
        h(
          'select',
          { id: 'month', name: 'month' },
          ...options(
            range(1, 12).map((m) => [m, String(m)]),
            firstOf.month.month ?? 1,
          ),
        ),
      ),
      field(
        'quarter',
        t('report.quarter'),
        h(
          'select',
          { id: 'quarter', name: 'quarter' },
          ...options(
            range(1, 4).map((q) => [q, ['I', 'II', 'III', 'IV'][q - 1]]),
            firstOf.quarter.quarter ?? 1,
          ),
        ),
      ),
      field(
        'half',
        t('report.half'),
        h(
          'select',
          { id: 'half', name: 'half' },
          ...options(
            [
              [1, t('report.halfFirst')],
              [2, t('report.halfSecond')],
            ],
            start.half ?? 2,
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      field('issuedOn', t('notice.issuedOn'), dayInput(data.today, { id: 'issuedOn', name: 'issuedOn' })),
      field('number', t('notice.number'), h('input', { type: 'number', id: 'number', min: 1, max: 9999, step: 1 })),
      field(
        'signer',
        t('notice.signer'),
        h('input', { type: 'text', id: 'signer', value: data.signer, maxlength: 200 }),
        t('report.signerHint'),
      ),
    ),
    h('p', { class: 'muted', id: 'compare' }),
    h('p', { id: 'status', class: 'status muted', role: 'status' }),
    ...generateActions(t('report.generate')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void generate();
  });
  form.addEventListener('change', (e) => {
    const id = (e.target as HTMLElement).id;
    if (id === 'kind') {
      startAtDefault();
      showParts();
    }
    if (['kind', 'year', 'month', 'quarter', 'half', 'issuedOn'].includes(id)) {
      // A report made for another kind or period is not the one previewed now.
      $('#result').replaceChildren();
      void preview();
    }
  });
  $('#app').replaceChildren(
    h('div', { class: 'dialog' }, form, h('section', { id: 'preview', class: 'page', 'aria-live': 'polite' })),
  );
  showParts();
  void preview();
}

/** A new kind starts at its own last finished period (the year too: last year's for *Tổng kết năm*). */
function startAtDefault(): void {
  const d = defaultReportPeriod(select('kind').value as ReportKind, data.today);
  input('year').value = String(d.year);
  if (d.month) select('month').value = String(d.month);
  if (d.quarter) select('quarter').value = String(d.quarter);
  if (d.half) select('half').value = String(d.half);
}

/** Only the month, quarter or half the chosen kind needs. */
function showParts(): void {
  const kind = select('kind').value;
  const need: Record<string, string> = { thang: 'month', quy: 'quarter', '6thang': 'half' };
  for (const part of ['month', 'quarter', 'half']) $(`#field-${part}`).hidden = need[kind] !== part;
}

function request(): ReportInput {
  const kind = select('kind').value as ReportKind;
  const r: ReportInput = { kind, year: Number(input('year').value), issuedOn: typedValue(input('issuedOn')) };
  if (kind === 'thang') r.month = Number(select('month').value);
  if (kind === 'quy') r.quarter = Number(select('quarter').value);
  if (kind === '6thang') r.half = Number(select('half').value);
  const number = input('number').value.trim();
  if (number) r.number = Number(number);
  if (input('signer').value.trim()) r.signer = input('signer').value;
  return r;
}

/** The whole report as an A4 page, its period in the status line and the period it is compared with. */
const preview = previewer({
  fields: FIELDS,
  box: '#preview',
  request,
  load: (req) => call('apiPreviewReport', req),
  show: (d, req) => {
    const periods = reportPeriods(req);
    status(periodText(periods.current));
    $('#compare').textContent = t('report.compare', {
      from: periodText(periods.previous).split(' – ')[0],
      to: periodText(periods.previous).split(' – ')[1],
    });
    return [
      h('h2', {}, t('report.preview')),
      unreadableLine(d.unreadableRows),
      h('div', { class: 'sheet' }, ...d.lines.map((line) => h('p', { class: lineClass(line) }, line))),
    ];
  },
});

/** Headings and list lines of the report, for the preview's typography. */
function lineClass(line: string): string {
  if (/^(I|II|III)\. /.test(line)) return 'heading';
  // The header's and the title's lines are all capitals.
  if (line === line.toLocaleUpperCase('vi')) return 'title';
  if (line.startsWith('- ')) return 'item';
  return '';
}

function generate(): Promise<void> {
  return generateDoc({
    fields: FIELDS,
    busy: t('report.generating'),
    send: () => call('apiGenerateReport', request()),
    done: (d) => showDocResult(d, t('report.done'), { extra: [unreadableLine(d.unreadableRows, false)] }),
  });
}

render();
