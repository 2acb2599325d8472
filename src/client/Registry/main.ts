/**
 * "Hộ, nhân khẩu, tổ, thành viên": one tab per record type the registry places in this
 * sidebar. Add a record, or pick an existing one to edit it in the same form. Records the
 * page has from the bootstrap data (teams, households, members — those who left included)
 * are listed at once; the others are fetched with `apiListRecords`: after their parent is
 * chosen when they belong to one (a resident after its household), else when the page opens.
 * Saved with `apiSaveRecord({ sheet, id?, record })`. Beyond the households the server inlines
 * (`householdSearch`), the household to edit is found by what the user types (`apiFindHouseholds`), and a
 * resident's household is typed as its id.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { type BootData, bootData } from '../shared/bootstrap';
import { FIND_DELAY } from '../shared/checklist';
import { FormErrors, select } from '../shared/field';
import { bootRecords, choiceLabel, RecordFields } from '../shared/recordFields';
import { call } from '../shared/run';
import { type Draft, onSave, type SaveInput } from '../shared/submit';
import { tabs } from '../shared/tabs';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import type { FieldValue, NormalRecord } from '../../domain/fields';
import { t } from '../../domain/i18n';
import { endedText, recordText } from '../../domain/recordStrings';
import { recordInput } from '../../domain/inputs';
import type { RecordType } from '../../domain/registry/define';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';
import type { Household, Member } from '../../domain/records';
import { type RecordKey, sheetDef } from '../../domain/sheets';

interface RegistryBoot extends BootData {
  /** Households that moved away and members who left (the bootstrap data has the active ones). */
  inactive: { households: Household[]; members: Member[] };
}
type Row = { id: string } & Record<string, FieldValue>;
type RecordDraft = Draft<SaveInput<'apiSaveRecord'>>;

const REGISTRY_TYPES = RECORD_TYPES.filter((r) => r.form === 'registry');

const boot = bootData<RegistryBoot>();
/** The forms pick from everyone, moved-away households and former members included. */
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'vi', { numeric: true });
const everyone: BootData = {
  ...boot,
  households: [...boot.households, ...boot.inactive.households].sort(byId),
  members: [...boot.members, ...boot.inactive.members].sort(byId),
};
const schema = recordInput(inputContext(everyone));

/** The field of a record type that points to the record it belongs to (a resident's household), if any. */
function parentOf(type: RecordType) {
  const known = (refKey?: string) =>
    bootRecords(everyone, refKey) !== null || (refKey === 'households' && everyone.householdSearch);
  return type.list.find((c) => c.type === 'ref' && c.required && known(c.refKey));
}

/** Records fetched by type, then by parent id ('' for all). */
const fetched = new Map<string, Map<string, Row[]>>();

/**
 * The records of a type: the bootstrap data's own lists (so a saved household is at once
 * known to the checks of the other forms, which read the same lists), or those fetched.
 */
function recordsOf(type: RecordType, parentId = ''): Row[] | undefined {
  return bootRecords(everyone, type.key) ?? fetched.get(type.key)?.get(parentId);
}

function label(type: RecordType, r: Row): string {
  const name = type.label ? String(r[type.label] ?? '') : '';
  const ended =
    type.active && typeof r[type.active.until] === 'string' && String(r[type.active.until]) <= everyone.today;
  const suffix = ended ? endedText(type) : '';
  return `${name && name !== r.id ? `${r.id} · ${name}` : r.id}${suffix}`;
}

const forms = new Map<string, RecordFields>();

/** A saved record becomes (or stays) a choice in the other forms' dropdowns that point to its type. */
function addChoice(key: string, r: Row): void {
  for (const f of forms.values()) {
    for (const col of f.def.columns) {
      if (col.type !== 'ref' || col.refKey !== key) continue;
      const c = f.controls.get(col.field);
      if (!(c instanceof HTMLSelectElement)) continue;
      const text = choiceLabel(key, r as NormalRecord);
      const old = Array.from(c.options).find((o) => o.value === r.id);
      if (old) old.textContent = text;
      else c.append(h('option', { value: r.id }, text));
    }
  }
}

function panel(type: RecordType): HTMLElement {
  const key = type.key as RecordKey;
  const def = sheetDef(key);
  const fields = new RecordFields(def, everyone, { prefix: 'record.', inactive: true });
  forms.set(key, fields);
  const parent = parentOf(type);
  const what = recordText(key, 'tab').toLocaleLowerCase('vi');
  const pick = select([], t('registry.new'));
  pick.setAttribute('data-role', 'pick');
  pick.id = `pick-${key}`;
  const adding = parent
    ? `${t('registry.adding')} ${t('registry.pickParent', {
        parent: parentTab(parent.refKey).toLocaleLowerCase('vi'),
        header: parent.header,
        what,
      })}`
    : t('registry.adding');
  const status = h('p', { class: 'hint', role: 'status' }, adding);
  const save = h('button', { type: 'submit', class: 'primary' }, t('form.save'));
  const form = h(
    'form',
    { novalidate: true, id: `form-${key}`, 'aria-label': def.name },
    ...fields.elements,
    h('div', { class: 'actions' }, save),
  );
  const errors = new FormErrors(form);
  // "Sửa bản ghi vừa lưu": the record just saved, picked to edit in this same form.
  const editSaved = h('button', { type: 'button', class: 'link', 'data-role': 'edit-saved' }, t('lookup.editSaved'));
  editSaved.hidden = true;
  form.querySelector('.actions')!.append(editSaved);
  let lastSaved = '';
  let editing: string | null = null;
  const parentId = () => (parent ? fields.control$(parent.field).value.trim() : '');
  const current = () => recordsOf(type, parentId()) ?? [];

  const fillPick = () => {
    const chosen = pick.value;
    const list = [...current()].sort(byId);
    pick.replaceChildren(
      h('option', { value: '' }, t('registry.new')),
      ...list.map((r) => h('option', { value: r.id }, label(type, r))),
    );
    pick.value = list.some((r) => r.id === chosen) ? chosen : '';
  };
  const startNew = () => {
    editing = null;
    pick.value = '';
    errors.clear();
    fields.reset(type.keep ?? []);
    status.textContent = adding;
  };
  pick.addEventListener('change', () => {
    const r = current().find((x) => x.id === pick.value);
    if (!r) return startNew();
    editing = r.id;
    errors.clear();
    fields.set(r);
    status.textContent = t('registry.editing', { id: r.id });
  });

  const loaded = (n: number) => {
    if (parent)
      status.textContent = t('registry.loadedOf', { parent: parentTab(parent.refKey), id: parentId(), n, what });
  };
  const load = async () => {
    const have = recordsOf(type, parentId());
    if (have || (parent && !parentId())) {
      fillPick();
      if (have) loaded(have.length);
      return;
    }
    status.textContent = t('registry.loadingOf', { what });
    try {
      const where = parent ? { [parent.field]: parentId() } : undefined;
      const r = await call('apiListRecords', { sheet: key, ...(where ? { where } : {}) });
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
      const byParent = fetched.get(key) ?? new Map<string, Row[]>();
      byParent.set(
        parentId(),
        r.data.rows.map((x) => ({ ...x, id: String(x.id) })),
      );
      fetched.set(key, byParent);
      fillPick();
      if (parent) loaded(r.data.total);
      else status.textContent = adding;
    } catch (err) {
      status.textContent = t('registry.loadFailed', { message: (err as Error).message });
    }
  };
  editSaved.addEventListener('click', () => {
    const r = current().find((x) => x.id === lastSaved);
    if (!r) return;
    pick.value = r.id;
    pick.dispatchEvent(new Event('change'));
    fields.elements[0]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  if (parent) {
    fields.control$(parent.field).addEventListener('change', () => {
      if (!editing) void load(); // while editing, a change of parent moves the record
    });
  }
  const find = key === 'households' && everyone.householdSearch ? householdFinder(fillPick) : null;
  void load();

  onSave({
    form,
    button: save,
    errors,
    fn: 'apiSaveRecord',
    // The fields are the sheet's columns: the record as the form holds it.
    collect: () => ({ sheet: key, ...(editing ? { id: editing } : {}), record: fields.values() }) as RecordDraft,
    validate: (input) => check(schema, input),
    done(data, input) {
      const saved: Row = { ...input.record, id: data.id };
      // Into its list (its parent's, when that was fetched), out of any other.
      for (const lists of [...(fetched.get(key)?.values() ?? []), bootRecords(everyone, key) ?? []])
        removeFrom(lists, data.id);
      (parent ? fetched.get(key)?.get(String(saved[parent.field])) : recordsOf(type))?.push(saved);
      addChoice(key, saved);
      toast(t(data.created ? 'registry.created' : 'registry.updated', { id: data.id }), 'ok', save);
      startNew();
      fillPick();
      lastSaved = data.id;
      editSaved.hidden = false;
      pick.focus();
    },
  });

  return h(
    'section',
    { 'data-sheet': key },
    h('h2', {}, def.name),
    find,
    h('div', { class: 'field' }, h('label', { for: pick.id }, t('registry.pick')), pick, status),
    form,
  );
}

/**
 * Too many households to send with the page: the choices of "Chọn để sửa" are those found for what is typed
 * (moved-away ones too), asked `FIND_DELAY` ms after the last key.
 */
function householdFinder(fillPick: () => void): HTMLElement {
  const found = new Map<string, Row[]>([['', []]]);
  fetched.set('households', found);
  const box = h('input', {
    type: 'search',
    id: 'find-households',
    autocomplete: 'off',
    placeholder: t('checklist.search'),
    title: t('checklist.findHint'),
  });
  const status = h('p', { class: 'hint', role: 'status' }, t('checklist.findFirst', { n: everyone.householdCount }));
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    const q = box.value.trim();
    const ask = ++asked;
    if (q === '') {
      status.textContent = t('checklist.findFirst', { n: everyone.householdCount });
      return;
    }
    status.textContent = t('checklist.finding');
    timer = setTimeout(async () => {
      try {
        const r = await call('apiFindHouseholds', { query: q, limit: 50, inactive: true });
        if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
        if (ask !== asked) return;
        found.set(
          '',
          r.data.households.map((x) => ({ ...x }) as Row),
        );
        fillPick();
        const n = r.data.households.length;
        status.textContent =
          r.data.total === 0
            ? t('checklist.notFound')
            : r.data.total > n
              ? t('checklist.findMore', { shown: n, total: r.data.total })
              : '';
      } catch (err) {
        if (ask === asked) status.textContent = t('checklist.findFailed', { message: (err as Error).message });
      }
    }, FIND_DELAY);
  });
  return h('div', { class: 'field' }, h('label', { for: box.id }, t('registry.findHousehold')), box, status);
}

/** The tab name of the type a parent field points to ("Hộ"). */
function parentTab(refKey: string | undefined): string {
  const parent = REGISTRY_TYPES.find((r) => r.key === refKey);
  return parent ? recordText(parent.key, 'tab') : '';
}

function removeFrom(list: Row[], id: string): void {
  const i = list.findIndex((r) => r.id === id);
  if (i >= 0) list.splice(i, 1);
}

const panels = REGISTRY_TYPES.map(panel);
const bar = tabs(
  REGISTRY_TYPES.map((type, i) => ({
    id: type.key,
    label: recordText(type.key, 'tab'),
    title: type.name,
    panel: panels[i],
  })),
  t('registry.kind'),
);
$('#app').replaceChildren(bar, ...panels);
document.body.dataset.ready = 'true';
