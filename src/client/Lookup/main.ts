/**
 * "Tra cứu, sửa, xoá": find a record of any record type (the registry's types), by words
 * (accents, case and spaces ignored), period (the type's day field) and team (types with a
 * team column), newest first, a page at a time (`apiListRecords`). A record opens in the
 * same form used to add it (`RecordEditor`): saved with `apiSaveRecord` (only the fields
 * changed), or deleted after a confirmation naming what goes with it (`apiDeleteRecord`).
 */
import './style.css';
import { $, h } from '../shared/dom';
import { type BootData, bootData, teamLabel, unreadableWarning } from '../shared/bootstrap';
import { dayInput, typedErrors, typedValue, vnDay } from '../shared/dateInput';
import { type FieldError, field, FormErrors, select } from '../shared/field';
import { RecordEditor, type Row, summaryOf, typeOf } from '../shared/recordEditor';
import { call } from '../shared/run';
import { toast } from '../shared/toast';
import { t } from '../../domain/i18n';
import type { ListRecordsInput } from '../../domain/list';
import type { RecordType } from '../../domain/registry/define';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';
import type { Household, Member } from '../../domain/records';
import type { RecordKey } from '../../domain/sheets';

interface LookupBoot extends BootData {
  /** Households that moved away and members who left (the bootstrap data has the active ones). */
  inactive: { households: Household[]; members: Member[] };
  /** The record type to show first. */
  sheet?: string;
}

/** Results per page. */
export const PAGE_SIZE = 20;

const boot = bootData<LookupBoot>();
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'vi', { numeric: true });
/** The forms pick from everyone, moved-away households and former members included. */
const everyone: BootData = {
  ...boot,
  households: [...boot.households, ...(boot.inactive?.households ?? [])].sort(byId),
  members: [...boot.members, ...(boot.inactive?.members ?? [])].sort(byId),
};

const sheet = select(RECORD_TYPES.map((r) => [r.key, r.name] as [string, string]));
sheet.value = RECORD_TYPES.some((r) => r.key === boot.sheet) ? String(boot.sheet) : RECORD_TYPES[0].key;
const query = h('input', { type: 'search', autocomplete: 'off', maxlength: 200, placeholder: t('lookup.queryHint') });
const from = dayInput();
const to = dayInput();
const team = select(
  everyone.teams.map((x) => [x.id, teamLabel(x)] as [string, string]),
  t('lookup.allTeams'),
);
const find = h('button', { type: 'submit', class: 'primary' }, t('lookup.find'));
const fromField = field({ path: 'from', label: t('period.from'), control: from, class: 'half' });
const toField = field({ path: 'to', label: t('period.to'), control: to, class: 'half' });
const teamField = field({ path: 'teamId', label: t('lookup.team'), control: team });
const filters = h(
  'form',
  { id: 'lookup-filters', novalidate: true, role: 'search', 'aria-label': t('lookup.filters') },
  field({ path: 'sheet', label: t('lookup.sheet'), control: sheet }),
  field({ path: 'query', label: t('lookup.query'), control: query }),
  fromField,
  toField,
  teamField,
  h('div', { class: 'actions' }, find),
);
const filterErrors = new FormErrors(filters);
const status = h('p', { id: 'lookup-status', class: 'hint', role: 'status', 'aria-live': 'polite' });
const results = h('ul', { id: 'lookup-results', class: 'results', 'aria-label': t('lookup.results') });
const prev = h('button', { type: 'button', 'data-role': 'prev' }, t('lookup.prev'));
const next = h('button', { type: 'button', 'data-role': 'next' }, t('lookup.next'));
const pager = h('nav', { class: 'pager', 'aria-label': t('lookup.pages') }, prev, next);
const list = h('section', { id: 'lookup-list' }, status, results, pager);

let offset = 0;
let total = 0;
/** Rows of the sheet the server could not read (so not searched). */
let unreadable = 0;
let rows: Row[] = [];
let seq = 0;

const editor = new RecordEditor(everyone, {
  deletable: true,
  onSaved: (row) => {
    const i = rows.findIndex((r) => r.id === row.id);
    if (i >= 0) rows[i] = row;
  },
  onDeleted: (data) => {
    const also = data.removed.filter((x) => x.ids.length && !x.ids.includes(data.id));
    const msg = also.length
      ? t('lookup.deletedWith', {
          id: data.id,
          what: also
            .map((x) => t('lookup.deleteWithRows', { n: x.ids.length, sheet: x.sheet, ids: x.ids.join(', ') }))
            .join('; '),
        })
      : t('lookup.deleted', { id: data.id });
    void search(offset).then(() => toast(msg, 'ok', find));
  },
  onClose: () => {
    filters.hidden = false;
    list.hidden = false;
    results.querySelector<HTMLElement>(`[data-id="${CSS.escape(editor.id ?? '')}"]`)?.focus();
  },
});

const current = (): RecordType => typeOf(sheet.value);

/** Period fields only for a type with a day, the team only for a type with a team column. */
function showFilters(): void {
  const type = current();
  fromField.hidden = !type.day;
  toField.hidden = !type.day;
  teamField.hidden = !type.list.some((c) => c.field === 'teamId');
}

function request(at: number): ListRecordsInput | null {
  const type = current();
  const errors: FieldError[] = typedErrors(filters);
  const input: ListRecordsInput = { sheet: type.key as RecordKey, offset: at, limit: PAGE_SIZE };
  const q = query.value.trim();
  if (q) input.query = q;
  if (type.day) {
    const a = typedValue(from);
    const b = typedValue(to);
    if (a) input.from = a;
    if (b) input.to = b;
    if (!errors.length && a && b && a > b) errors.push({ field: 'to', message: t('period.order') });
  }
  if (!teamField.hidden && team.value) input.teamId = team.value;
  if (errors.length) {
    filterErrors.show(errors);
    return null;
  }
  filterErrors.clear();
  return input;
}

async function search(at = 0): Promise<void> {
  const input = request(at);
  if (!input) return;
  const mine = ++seq;
  status.textContent = t('lookup.searching');
  find.disabled = true;
  try {
    const r = await call('apiListRecords', input);
    if (mine !== seq) return;
    if (!r.ok) {
      filterErrors.show(r.errors);
      status.textContent = '';
      return;
    }
    offset = at;
    total = r.data.total;
    unreadable = r.data.unreadable ?? 0;
    rows = r.data.rows.map((x) => ({ ...x, id: String(x.id) }));
    render();
  } catch (err) {
    if (mine === seq) status.textContent = t('registry.loadFailed', { message: (err as Error).message });
  } finally {
    if (mine === seq) find.disabled = false;
  }
}

function render(): void {
  const type = current();
  status.textContent =
    (total ? t('lookup.found', { total, from: offset + 1, to: offset + rows.length }) : t('lookup.none')) +
    (unreadable ? ` ${t('lookup.unreadable', { n: unreadable })}` : '');
  results.replaceChildren(
    ...rows.map((r) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'result', 'data-id': r.id },
          h('strong', {}, r.id),
          h('span', {}, summaryOf(type, r, vnDay)),
        ),
      ),
    ),
  );
  prev.disabled = offset === 0;
  next.disabled = offset + rows.length >= total;
  pager.hidden = total <= PAGE_SIZE;
}

results.addEventListener('click', (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button.result');
  const row = rows.find((r) => r.id === button?.dataset.id);
  if (!row) return;
  filters.hidden = true;
  list.hidden = true;
  editor.open(current(), row);
});
filters.addEventListener('submit', (e) => {
  e.preventDefault();
  void search(0);
});
sheet.addEventListener('change', () => {
  showFilters();
  void search(0);
});
team.addEventListener('change', () => void search(0));
prev.addEventListener('click', () => void search(Math.max(0, offset - PAGE_SIZE)));
next.addEventListener('click', () => void search(offset + PAGE_SIZE));

$('#app').replaceChildren(
  ...[unreadableWarning(everyone), filters, list, editor.el].filter((x): x is HTMLElement => x !== null),
);
showFilters();
void search(0).then(() => {
  document.body.dataset.ready = 'true';
});
