/**
 * "Tỷ lệ tuân thủ": pick a period (preset or custom days), see each metric as a bar
 * with its target marked and Đạt / Chưa đạt, the counts, the unreadable-row warning
 * with a button to the data check, and write the `Tổng hợp` sheet.
 */
import './style.css';
import { boot, call } from '../shared/run';
import { $, h } from '../shared/dom';
import type { ApiResult, ComplianceBoot, ComplianceData } from '../../domain/wire';
import type { FieldError } from '../../domain/inputs';
import { applyPreset as applyPresetTo, presetSelect, status } from '../shared/period';
import { dayInput, typedValue } from '../shared/dateInput';
import { t } from '../../domain/i18n';
import { periodText, type PeriodPreset } from '../../domain/periods';
import { countRows } from '../../domain/countKeys';
import type { Metric } from '../../domain/report';

const data = boot<ComplianceBoot>();
const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

function render(): void {
  const select = presetSelect(data.presets);
  $('#app').replaceChildren(
    h('h1', {}, t('menu.compliance')),
    h(
      'form',
      { id: 'period', novalidate: true },
      h('label', { for: 'preset' }, t('ui.period')),
      select,
      h(
        'div',
        { class: 'days' },
        h(
          'label',
          { for: 'from' },
          t('period.from'),
          dayInput('', { id: 'from', name: 'from', required: true, 'aria-describedby': 'err-from' }),
        ),
        h(
          'label',
          { for: 'to' },
          t('period.to'),
          dayInput('', { id: 'to', name: 'to', required: true, 'aria-describedby': 'err-to' }),
        ),
      ),
      h('p', { class: 'error', id: 'err-from' }),
      h('p', { class: 'error', id: 'err-to' }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', id: 'show' }, t('ui.show')),
        h('button', { type: 'button', id: 'write' }, t('ui.writeSummary')),
      ),
    ),
    h('p', { id: 'status', role: 'status', 'aria-live': 'polite' }),
    h('section', { id: 'result', 'aria-label': t('ui.metrics') }),
  );
  select.value = data.preset;
  select.addEventListener('change', () => applyPreset(select.value as PeriodPreset));
  for (const id of ['from', 'to']) $(`#${id}`).addEventListener('input', () => (select.value = 'custom'));
  $('#period').addEventListener('submit', (e) => {
    e.preventDefault();
    void show();
  });
  $('#write').addEventListener('click', () => void writeSummary());
  applyPreset(data.preset);
}

const input = (id: string) => $(`#${id}`) as HTMLInputElement;
const period = () => ({ from: typedValue(input('from')), to: typedValue(input('to')) });

function applyPreset(preset: PeriodPreset): void {
  applyPresetTo(preset, data.today, data.foundedOn, () => void show());
}

function showErrors(errors: FieldError[]): void {
  for (const f of ['from', 'to']) {
    const msg = errors
      .filter((e) => e.field === f)
      .map((e) => e.message)
      .join(' ');
    $(`#err-${f}`).textContent = msg;
    input(f).setAttribute('aria-invalid', msg ? 'true' : 'false');
  }
  if (errors.length) {
    // An error of no field (the summary sheet is protected) is said as it is.
    const general = errors.filter((e) => e.field !== 'from' && e.field !== 'to').map((e) => e.message);
    status(general.length ? general.join(' ') : t('ui.fixErrors'));
    if (!general.length) input(errors[0].field === 'to' ? 'to' : 'from').focus();
  }
}

/** Only the latest request's answer is shown (a quick change of preset sends several). */
let latest = 0;

async function run<T>(busy: string, request: () => Promise<ApiResult<T>>, done: (d: T) => void): Promise<void> {
  const ticket = ++latest;
  const buttons = ['#show', '#write'].map((s) => $(s) as HTMLButtonElement);
  buttons.forEach((b) => (b.disabled = true));
  status(busy);
  try {
    const r = await request();
    if (ticket !== latest) return;
    showErrors(r.ok ? [] : r.errors);
    if (r.ok) done(r.data);
  } catch (err) {
    if (ticket === latest) status(t('ui.failed', { message: (err as Error).message }));
  } finally {
    if (ticket === latest) buttons.forEach((b) => (b.disabled = false));
  }
}

const show = () =>
  run(
    t('ui.loading'),
    () => call('apiComputeCompliance', period()),
    (d) => {
      status(periodText(d.period));
      renderResult(d);
    },
  );

const writeSummary = () =>
  run(
    t('ui.writing'),
    () => call('apiWriteSummary', period()),
    (d) => {
      renderResult(d.report);
      status(d.message);
    },
  );

function metricItem(m: Metric): HTMLElement {
  const verdict =
    m.percent === null
      ? t('metric.noData')
      : m.met === true
        ? t('metric.met')
        : m.met === false
          ? t('metric.notMet')
          : '';
  const value = m.percent === null ? t('metric.noData') : `${fmt(m.percent)} %`;
  const target = m.target === null ? t('ui.noTarget') : t('ui.target', { target: fmt(m.target) });
  const fill = h('div', { class: 'fill' });
  fill.style.width = `${m.percent ?? 0}%`;
  const bar = h(
    'div',
    { class: 'bar', role: 'img', 'aria-label': t('ui.barLabel', { label: m.label, value: `${value}, ${target}` }) },
    fill,
  );
  if (m.target !== null) {
    const mark = h('div', { class: 'target', title: target });
    mark.style.left = `${Math.min(100, m.target)}%`;
    bar.append(mark);
  }
  const state = m.met === true ? 'met' : m.met === false ? 'not-met' : 'none';
  return h(
    'li',
    { class: `metric ${state}` },
    h(
      'div',
      { class: 'head' },
      h('span', { class: 'label' }, m.label),
      verdict ? h('span', { class: 'badge' }, verdict) : null,
    ),
    bar,
    h('div', { class: 'nums muted' }, `${fmt(m.numerator)}/${fmt(m.denominator)} · ${value} · ${target}`),
  );
}

function renderResult(d: ComplianceData): void {
  const warning =
    d.unreadableRows > 0
      ? h(
          'div',
          { class: 'warning', role: 'alert' },
          h('p', {}, t('ui.unreadable', { rows: fmt(d.unreadableRows) })),
          h('button', { type: 'button', id: 'check' }, t('ui.openCheck')),
        )
      : null;
  $('#result').replaceChildren(
    ...(warning ? [warning] : []),
    h('h2', {}, t('ui.metrics')),
    h('ul', { class: 'metrics' }, ...d.metrics.map(metricItem)),
    h('h2', {}, t('ui.counts')),
    h(
      'table',
      { class: 'counts' },
      h(
        'tbody',
        {},
        ...countRows(d.counts).map((c) =>
          h('tr', { class: c.detail ? 'detail' : '' }, h('th', { scope: 'row' }, c.label), h('td', {}, fmt(c.value))),
        ),
      ),
    ),
  );
  if (warning)
    $('#check').addEventListener(
      'click',
      () => void call('menuValidate').catch((e: Error) => status(t('ui.failed', { message: e.message }))),
    );
}

render();
