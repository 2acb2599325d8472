/**
 * "Ký cam kết": a batch of signed commitments — year, type (or every required type), day,
 * signer, and the households ticked in a list grouped by team ("chọn cả tổ", "chọn tất
 * cả"). Households that already signed are shown done; "x/y hộ đã ký" follows the year and
 * type. Saved with `apiSaveCommitments` (one row per household and type). Beyond the households the server
 * inlines, the list holds those found as the user types (`apiFindHouseholds`, with who of them signed) and
 * "x/y hộ đã ký" comes from the server's counts; a team's "chọn cả tổ" then asks the server for the team's active
 * households with who of them signed, and ticks those that have not signed the year and type(s) chosen.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { bootData, foundIds, householdFind, householdItems, teamGroups, unreadableWarning } from '../shared/bootstrap';
import { Checklist } from '../shared/checklist';
import { field, FormErrors, numberOf, select, text } from '../shared/field';
import { t } from '../../domain/i18n';
import { onSave } from '../shared/submit';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { ALL_REQUIRED as ALL, commitmentsInput } from '../../domain/inputs';
import { LIST } from '../../domain/lists';
import { EditSaved } from '../shared/editSaved';
import { dayInput, typedValue } from '../shared/dateInput';
import { signedTypes } from '../../domain/signedSummary';
import type { SignedSummary } from '../../domain/wire';

const boot = bootData();
const schema = commitmentsInput(inputContext(boot));
const required = boot.lists.requiredCommitments;
/** The bootstrap data tells who signed this year and the last; earlier years are checked on saving. */
const signedFrom = Number(boot.today.slice(0, 4)) - 1;
/** year → type → households that signed it, of those the page knows (kept up to date after each save). */
const signed: Record<string, Record<string, Set<string>>> = {};
/** The households the page knows: all active ones, or (`householdSearch`) those found so far. */
const known = new Set(boot.households.map((x) => x.id));
function learn(s: SignedSummary, ids: readonly string[]): void {
  for (const id of ids)
    for (const y of s.years) for (const kind of signedTypes(s, id, y)) ((signed[y] ??= {})[kind] ??= new Set()).add(id);
}
learn(
  boot.signed,
  boot.households.map((x) => x.id),
);
/** `householdSearch`: year → type (or `*`) → active households that signed, from the server, then each save. */
const counts: Record<string, Record<string, number>> = structuredClone(boot.signed.counts ?? {});

const year = h('input', {
  type: 'number',
  min: 1900,
  max: 2100,
  step: 1,
  inputmode: 'numeric',
  required: true,
  value: boot.today.slice(0, 4),
});
const type = select([
  [ALL, t('commitments.allRequired', { n: required.length })],
  ...boot.lists.values[LIST.commitmentTypes],
]);
const signedOn = dayInput(boot.today, { required: true });
const signer = h('input', { type: 'text', maxlength: 200, autocomplete: 'off' });
const tallyText = h('span', { id: 'signed-count' });
const tallyFill = h('div', { class: 'fill' });
const tally = h(
  'div',
  { class: 'tally', role: 'status', 'aria-live': 'polite' },
  tallyText,
  h('div', { class: 'bar', 'aria-hidden': 'true' }, tallyFill),
);
const households = new Checklist({
  path: 'householdIds',
  legend: t('commitments.households'),
  items: householdItems(boot),
  groups: teamGroups(boot),
  required: true,
  find: householdFind(boot, {
    signed: true,
    found(r) {
      const ids = foundIds(r);
      for (const id of ids) known.add(id);
      if (r.signed) learn(r.signed, ids);
    },
    onFound: () => refresh(),
  }),
});
const saveButton = h('button', { type: 'submit', class: 'primary' }, t('form.save'));
const form = h(
  'form',
  { id: 'commitments', novalidate: true, 'aria-label': t('commitments.title') },
  unreadableWarning(boot),
  field({ path: 'year', label: t('commitments.year'), control: year, required: true, class: 'third' }),
  field({ path: 'signedOn', label: t('commitments.signedOn'), control: signedOn, required: true, class: 'half' }),
  field({ path: 'type', label: t('commitments.type'), control: type, required: true }),
  field({ path: 'signer', label: t('commitments.signer'), control: signer, hint: t('commitments.signerHint') }),
  tally,
  households.el,
  h('div', { class: 'actions' }, saveButton),
);
const errors = new FormErrors(form);
$('#app').replaceChildren(form);
const edit = new EditSaved(boot, form);

const typesOf = (t: string) => (t === ALL ? required : [t]);
const signedSet = (y: string, t: string) => signed[y]?.[t] ?? new Set<string>();

/** Marks who signed the chosen year and type(s), and updates "x/y hộ đã ký". */
function refresh(): void {
  const y = year.value.trim();
  const types = typesOf(type.value);
  const done = new Set<string>();
  const partial = new Map<string, string>();
  for (const id of known) {
    const n = types.filter((kind) => signedSet(y, kind).has(id)).length;
    if (types.length > 0 && n === types.length) done.add(id);
    else if (n > 0) partial.set(id, t('commitments.partBadge', { n, m: types.length }));
  }
  households.setDone(done, t('commitments.signedBadge'), partial);
  const total = boot.householdCount ?? boot.households.length;
  const x = boot.householdSearch ? (counts[y]?.[type.value] ?? 0) : done.size;
  tallyText.textContent =
    Number(y) >= signedFrom
      ? t('commitments.signedOf', { x, y: total })
      : /^\d{4}$/.test(y)
        ? t('commitments.signedUnknown', { year: y })
        : '';
  tallyFill.style.width = `${total ? (100 * x) / total : 0}%`;
}
year.addEventListener('input', refresh);
type.addEventListener('change', refresh);

function collect() {
  return {
    year: numberOf(year),
    type: type.value,
    signedOn: typedValue(signedOn),
    householdIds: households.selected(),
    signer: text(signer),
  };
}

onSave({
  form,
  button: saveButton,
  errors,
  fn: 'apiSaveCommitments',
  collect,
  validate: (input) => check(schema, input),
  done(data, input) {
    const y = String(input.year);
    const all = (id: string) => required.length > 0 && required.every((kind) => signedSet(y, kind).has(id));
    const before = new Set(input.householdIds.filter(all));
    const c = (counts[y] ??= {});
    for (const kind of typesOf(input.type)) {
      signed[y] ??= {};
      signed[y][kind] ??= new Set();
      for (const id of input.householdIds) {
        if (!signed[y][kind].has(id)) c[kind] = (c[kind] ?? 0) + 1;
        signed[y][kind].add(id);
      }
    }
    c[ALL] = (c[ALL] ?? 0) + input.householdIds.filter((id) => all(id) && !before.has(id)).length;
    const already = data.alreadySigned.length ? t('commitments.alreadySigned', { n: data.alreadySigned.length }) : '';
    const ids = data.ids.length > 6 ? `${data.ids[0]} … ${data.ids[data.ids.length - 1]}` : data.ids.join(', ');
    toast(
      data.ids.length
        ? t('commitments.saved', { n: data.ids.length, ids }) + already
        : t('commitments.nothingNew') + already,
      'ok',
      saveButton,
    );
    edit.offer('commitments', data.ids);
    signer.value = '';
    households.clearSearch();
    households.set([]);
    refresh();
  },
});

refresh();
document.body.dataset.ready = 'true';
