/**
 * "Tạo thông báo": the period (the dashboard's presets or custom days), issue date,
 * number (the next one of the settings), authority, signer and recipients, a preview of
 * the key figures and of section 3, the built-in ND30 layout or the custom template (with
 * the list of its placeholders), then the link to the new Google Doc. Before the custom
 * template is used the dialog shows its title, owner, first lines and whether it comes from a
 * trusted place (`apiTemplateInfo`); an untrusted or unreadable one cannot be generated from,
 * and the Generate button says why. Text from the Doc is set as text, never as HTML. The preview warns of `Cài đặt`
 * rows that still name a district body under `từ 01/7/2025`; the server then refuses and says so under the button.
 */
import './style.css';
import { boot, call } from '../shared/run';
import { $, h } from '../shared/dom';
import type { NoticeBoot, NoticeInput, NoticeResult, NoticeTemplateInfo } from '../../domain/wire';
import { applyPreset as applyPresetTo, presetSelect, status } from '../shared/period';
import { dayInput, typedValue } from '../shared/dateInput';
import { dialogField as labelled, generateDoc, previewer, unreadableLine } from '../shared/docFlow';
import { showDocResult } from '../shared/docResult';
import { t } from '../../domain/i18n';
import { periodText, type PeriodPreset } from '../../domain/periods';

const FIELDS = [
  'from',
  'to',
  'issuedOn',
  'number',
  'authority',
  'signer',
  'recipients',
  'useTemplate',
  'settings',
] as const;
const data = boot<NoticeBoot>();
/** Why the custom template cannot be used ('' while it is being checked, or when it can). */
let templateBlocked = '';

const input = (id: string) => $(`#${id}`) as HTMLInputElement;
const errorSlot = (field: string) => h('p', { class: 'error', id: `err-${field}` });

/** The period, issue date, number, signer, recipients and layout choice. */
function formView(select: HTMLSelectElement): HTMLFormElement {
  const recipients = h('textarea', {
    id: 'recipients',
    name: 'recipients',
    rows: 4,
    'aria-describedby': 'err-recipients',
  });
  recipients.value = data.recipients.join('\n');
  const hasTemplate = data.template !== '';
  const dateInput = (id: string, value?: string) =>
    dayInput(value ?? '', { id, name: id, required: true, 'aria-describedby': `err-${id}` });
  const number = h('input', {
    type: 'number',
    id: 'number',
    name: 'number',
    min: 1,
    max: 9999,
    step: 1,
    value: data.nextNumber,
    'aria-describedby': 'err-number',
  });
  const placeholders = data.placeholders.map((p) =>
    h('tr', {}, h('th', { scope: 'row' }, h('code', {}, `{{${p.key}}}`)), h('td', {}, p.description)),
  );
  return h(
    'form',
    { id: 'notice', novalidate: true },
    h(
      'fieldset',
      { class: 'period' },
      h('legend', {}, t('ui.period')),
      select,
      h(
        'div',
        { class: 'row' },
        labelled('from', t('period.from'), dateInput('from')),
        labelled('to', t('period.to'), dateInput('to')),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      labelled('issuedOn', t('notice.issuedOn'), dateInput('issuedOn', data.today)),
      labelled(
        'number',
        t('notice.number'),
        h('span', { class: 'number' }, number, h('span', { class: 'muted' }, `/${data.symbol}`)),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      labelled(
        'authority',
        t('notice.authority'),
        h('input', { type: 'text', id: 'authority', name: 'authority', value: data.authority, maxlength: 200 }),
        t('notice.signerHint'),
      ),
      labelled(
        'signer',
        t('notice.signer'),
        h('input', { type: 'text', id: 'signer', name: 'signer', value: data.signer, maxlength: 200 }),
      ),
    ),
    labelled('recipients', t('notice.recipients'), recipients, t('notice.recipientsHint')),
    h(
      'fieldset',
      { class: 'layout' },
      h('legend', {}, t('notice.layout')),
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name: 'layout', id: 'layout-builtin', value: 'builtin', checked: true }),
        t('notice.builtin'),
      ),
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name: 'layout', id: 'layout-custom', value: 'custom', disabled: !hasTemplate }),
        t('notice.custom'),
      ),
      h('p', { class: 'hint muted' }, hasTemplate ? data.template : t('notice.customMissing')),
      hasTemplate
        ? h('div', { id: 'template-info', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('ui.loading')))
        : null,
      errorSlot('useTemplate'),
      h(
        'details',
        { id: 'placeholders' },
        h('summary', {}, t('notice.placeholders')),
        h('table', { class: 'placeholders' }, h('tbody', {}, ...placeholders)),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'primary', id: 'generate', 'aria-describedby': 'generate-note' },
        t('notice.generate'),
      ),
      h('p', { class: 'error', id: 'generate-note' }),
      // Why the server refused: rows of `Cài đặt` (a district body under `từ 01/7/2025`).
      h('p', { class: 'error', id: 'err-settings', role: 'alert' }),
    ),
  );
}

function render(): void {
  const select = presetSelect(data.presets);
  $('#app').replaceChildren(
    h('h1', {}, t('menu.notice')),
    h('p', { id: 'status', role: 'status', 'aria-live': 'polite' }),
    h('section', { id: 'result', 'aria-live': 'polite' }),
    h('div', { class: 'columns' }, formView(select), h('aside', { id: 'preview', 'aria-label': t('notice.preview') })),
  );
  select.value = data.preset;
  select.addEventListener('change', () => applyPreset(select.value as PeriodPreset));
  for (const id of ['from', 'to']) {
    input(id).addEventListener('input', () => (select.value = 'custom'));
    input(id).addEventListener('change', () => void preview());
  }
  $('#notice').addEventListener('submit', (e) => {
    e.preventDefault();
    void generate();
  });
  for (const id of ['layout-builtin', 'layout-custom']) input(id).addEventListener('change', updateGenerate);
  applyPreset(data.preset);
  if (data.template !== '') void templateInfo();
}

/** The custom template as the server sees it: title, owner, first lines, trusted or why not. */
async function templateInfo(): Promise<void> {
  const box = $('#template-info');
  try {
    const r = await call('apiTemplateInfo');
    if (!r.ok) {
      templateBlocked = r.errors.map((e) => e.message).join(' ');
      box.replaceChildren(h('p', { class: 'warning', role: 'alert' }, templateBlocked));
    } else {
      templateBlocked = r.data.trusted ? '' : r.data.reason;
      box.replaceChildren(templateView(r.data));
    }
  } catch (err) {
    box.replaceChildren(h('p', { class: 'error' }, t('ui.failed', { message: (err as Error).message })));
  }
  updateGenerate();
}

function templateView(info: NoticeTemplateInfo): HTMLElement {
  return h(
    'div',
    { class: `template ${info.trusted ? 'trusted' : 'untrusted'}` },
    h(
      'p',
      { class: 'verdict', role: info.trusted ? undefined : 'alert' },
      h('strong', {}, info.trusted ? t('notice.templateTrusted') : t('notice.templateUntrusted')),
      ': ',
      info.reason,
    ),
    h(
      'dl',
      {},
      h('dt', {}, t('notice.templateTitle')),
      h('dd', { id: 'template-title' }, info.title),
      h('dt', {}, t('notice.templateOwner')),
      h('dd', { id: 'template-owner' }, info.owner || t('notice.ownerUnknown')),
      h('dt', {}, t('notice.templateLines')),
      h(
        'dd',
        {},
        info.lines.length
          ? h('ol', { id: 'template-lines' }, ...info.lines.map((line) => h('li', {}, line)))
          : h('span', { class: 'muted' }, t('notice.templateEmpty')),
      ),
    ),
    info.unknown.length
      ? h(
          'p',
          { class: 'muted' },
          t('notice.unknownTitle'),
          ' ',
          ...info.unknown.map((k) => h('code', {}, `{{${k}}} `)),
        )
      : null,
  );
}

/** The Generate button, enabled unless the custom template is chosen and cannot be used (then it says why). */
function updateGenerate(): void {
  const blocked = input('layout-custom').checked && templateBlocked !== '';
  ($('#generate') as HTMLButtonElement).disabled = blocked;
  $('#generate-note').textContent = blocked ? t('notice.cannotUse', { reason: templateBlocked }) : '';
}

function applyPreset(preset: PeriodPreset): void {
  applyPresetTo(preset, data.today, data.foundedOn, () => void preview());
}

const period = () => ({ from: typedValue(input('from')), to: typedValue(input('to')) });

/** The key figures and section 3 of the period; the status line names the period as the form has it then. */
const preview = previewer({
  fields: FIELDS,
  box: '#preview',
  request: period,
  load: (p) => call('apiPreviewNotice', p),
  show: (d) => {
    status(periodText(period()));
    return [
      h('h2', {}, t('notice.preview')),
      ...d.warnings.map((w) => h('p', { class: 'warning', role: 'alert' }, w)),
      unreadableLine(d.unreadableRows),
      h('dl', { class: 'figures' }, ...d.figures.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.value)])),
      h('h2', {}, t('notice.previewText')),
      h('div', { class: 'results' }, ...d.results.map((p) => h('p', {}, p))),
    ];
  },
});

function request(): NoticeInput {
  const number = input('number').value.trim();
  return {
    ...period(),
    issuedOn: typedValue(input('issuedOn')),
    number: number === '' ? null : number,
    authority: input('authority').value,
    signer: input('signer').value,
    recipients: ($('#recipients') as HTMLTextAreaElement).value.split('\n'),
    useTemplate: (input('layout-custom') as HTMLInputElement).checked,
  };
}

function generate(): Promise<void> {
  return generateDoc({
    fields: FIELDS,
    busy: t('notice.generating'),
    send: () => call('apiGenerateNotice', request()),
    done: showResult,
    // The custom template may still be unusable: the button says so again.
    after: updateGenerate,
  });
}

/** The Doc, its PDF, the custom template's unknown placeholders; the next number is put in the form. */
function showResult(d: NoticeResult): void {
  input('number').value = String(d.nextNumber);
  showDocResult(d, t('notice.done'), {
    docLabel: t('notice.open'),
    warnings: [
      d.unknownPlaceholders?.length
        ? h(
            'div',
            { class: 'warning', role: 'alert' },
            h('p', {}, t('notice.unknownTitle')),
            h('ul', { id: 'unknown' }, ...d.unknownPlaceholders.map((k) => h('li', {}, h('code', {}, `{{${k}}}`)))),
          )
        : null,
    ],
    extra: [unreadableLine(d.unreadableRows, false), h('p', { class: 'hint muted' }, t('notice.pageNumbers'))],
    scroll: true,
  });
}

render();
