/**
 * "Hộ, nhân khẩu, tổ, thành viên": add a household, resident, team or member, or pick an
 * existing one to edit. A resident is picked after its household (the household's
 * residents are fetched then). Saved with `apiSaveRecord({ sheet, id?, record })`.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { type BootData, bootData, teamLabel } from '../shared/bootstrap';
import { FormErrors, select } from '../shared/field';
import { RecordFields } from '../shared/recordFields';
import { fill, S } from '../shared/strings';
import { call } from '../shared/run';
import { type ApiReply, onSave } from '../shared/submit';
import { tabs } from '../shared/tabs';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { recordInput, type RecordSheet } from '../../domain/inputs';
import { SHEET, sheetDef } from '../../domain/sheets';
import type { FieldValue } from '../../domain/fields';
import type { Household, Member, Resident, Team } from '../../domain/records';

interface RegistryBoot extends BootData {
  /** Households that moved away and members who left (the bootstrap data has the active ones). */
  inactive: { households: Household[]; members: Member[] };
}
type AnyRecord = { id: string } & Record<string, FieldValue>;

const boot = bootData<RegistryBoot>();
/** The forms pick from everyone, moved-away households and former members included. */
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'vi', { numeric: true });
const d: BootData = {
  ...boot,
  households: [...boot.households, ...boot.inactive.households].sort(byId),
  members: [...boot.members, ...boot.inactive.members].sort(byId),
};
const schema = recordInput(inputContext(d));
const residentsOf = new Map<string, Resident[]>();

const records: Record<RecordSheet, AnyRecord[]> = {
  households: d.households as unknown as AnyRecord[],
  residents: [],
  teams: d.teams as unknown as AnyRecord[],
  members: d.members as unknown as AnyRecord[],
};

/** Each form keeps its team (or household) after a save, for the next one of the same team. */
const SHEETS: { sheet: RecordSheet; tab: string; keep: string[] }[] = [
  { sheet: 'households', tab: S.tabHouseholds, keep: ['teamId'] },
  { sheet: 'residents', tab: S.tabResidents, keep: ['householdId'] },
  { sheet: 'teams', tab: S.tabTeams, keep: [] },
  { sheet: 'members', tab: S.tabMembers, keep: ['teamId'] },
];

function label(sheet: RecordSheet, r: AnyRecord): string {
  switch (sheet) {
    case 'households': {
      const x = r as unknown as Household;
      return `${x.id} · ${x.head}${x.leftOn && x.leftOn <= d.today ? S.movedAway : ''}`;
    }
    case 'teams':
      return teamLabel(r as unknown as Team);
    case 'members': {
      const m = r as unknown as Member;
      return `${m.id} · ${m.name}${m.teamId ? ` (${m.teamId})` : ''}${m.leftOn && m.leftOn <= d.today ? S.memberLeft : ''}`;
    }
    default: {
      const p = r as unknown as Resident;
      return `${p.id} · ${p.name}${p.birthYear ? ` (${p.birthYear})` : ''}`;
    }
  }
}

const forms = new Map<RecordSheet, RecordFields>();

/** A new team or household becomes a choice in the other forms' dropdowns. */
function addChoice(refSheet: string, id: string, text: string): void {
  for (const f of forms.values()) {
    for (const col of f.def.columns) {
      if (col.type !== 'ref' || col.refSheet !== refSheet) continue;
      const c = f.controls.get(col.field);
      if (!(c instanceof HTMLSelectElement)) continue;
      const old = Array.from(c.options).find((o) => o.value === id);
      if (old) old.textContent = text;
      else c.append(h('option', { value: id }, text));
    }
  }
}

function panel(sheet: RecordSheet, keep: string[]): HTMLElement {
  const def = sheetDef(sheet);
  const fields = new RecordFields(def, d, { prefix: 'record.' });
  forms.set(sheet, fields);
  const pick = select([], S.registryNew);
  pick.setAttribute('data-role', 'pick');
  const adding = sheet === 'residents' ? `${S.registryAdding} ${S.registryPickHousehold}` : S.registryAdding;
  const status = h('p', { class: 'hint', role: 'status' }, adding);
  const save = h('button', { type: 'submit', class: 'primary' }, S.save);
  const form = h(
    'form',
    { novalidate: true, id: `form-${sheet}`, 'aria-label': def.name },
    ...fields.elements,
    h('div', { class: 'actions' }, save),
  );
  const errors = new FormErrors(form);
  let editing: string | null = null;

  const fillPick = (list: AnyRecord[]) => {
    const chosen = pick.value;
    pick.replaceChildren(
      h('option', { value: '' }, S.registryNew),
      ...list.map((r) => h('option', { value: r.id }, label(sheet, r))),
    );
    pick.value = list.some((r) => r.id === chosen) ? chosen : '';
  };
  const current = (): AnyRecord[] =>
    sheet === 'residents'
      ? ((residentsOf.get(fields.control$('householdId').value) ?? []) as unknown as AnyRecord[])
      : records[sheet];

  const startNew = (keepValues: boolean) => {
    editing = null;
    pick.value = '';
    errors.clear();
    if (!keepValues) fields.reset(keep);
    status.textContent = adding;
  };
  pick.addEventListener('change', () => {
    const r = current().find((x) => x.id === pick.value);
    if (!r) return startNew(false);
    editing = r.id;
    errors.clear();
    fields.set(r);
    status.textContent = fill('registryEditing', { id: r.id });
  });

  if (sheet === 'residents') {
    const household = fields.control$('householdId') as HTMLSelectElement;
    household.addEventListener('change', () => {
      if (editing) return; // moving the resident to another household
      void loadResidents(household.value).then(() => fillPick(current()));
    });
  }
  fillPick(current());

  onSave({
    form,
    button: save,
    errors,
    fn: 'apiSaveRecord',
    collect: () => ({ sheet, ...(editing ? { id: editing } : {}), record: fields.values() }),
    validate: (input) => check(schema, input),
    done(data: { id: string; created: boolean }, input) {
      const saved = { ...input.record, id: data.id } as AnyRecord;
      if (sheet === 'residents') {
        // Into the list of its household if that one was fetched (else it comes with it).
        for (const rs of residentsOf.values()) removeFrom(rs as unknown as AnyRecord[], data.id);
        (residentsOf.get(String(saved.householdId)) as unknown as AnyRecord[] | undefined)?.push(saved);
      } else {
        const list = records[sheet];
        const at = list.findIndex((r) => r.id === data.id);
        if (at >= 0) list[at] = saved;
        else list.push(saved);
      }
      if (sheet === 'teams') addChoice(SHEET.teams, data.id, label(sheet, saved));
      if (sheet === 'households') addChoice(SHEET.households, data.id, `${saved.head} (${data.id})`);
      toast(fill(data.created ? 'registryCreated' : 'registryUpdated', { id: data.id }), 'ok', save);
      startNew(false);
      fillPick(current());
      pick.focus();
    },
  });

  return h(
    'section',
    { 'data-sheet': sheet },
    h('h2', {}, def.name),
    h('div', { class: 'field' }, h('label', { for: `pick-${sheet}` }, S.registryPick), pick, status),
    form,
  );
}

function removeFrom(list: AnyRecord[], id: string): void {
  const i = list.findIndex((r) => r.id === id);
  if (i >= 0) list.splice(i, 1);
}

/** The residents of a household, fetched once per household. */
async function loadResidents(householdId: string): Promise<void> {
  if (!householdId) return;
  const status = $('section[data-sheet="residents"] [role=status]');
  const known = residentsOf.get(householdId);
  if (known) {
    status.textContent = fill('registryLoaded', { id: householdId, n: known.length });
    return;
  }
  status.textContent = S.registryLoading;
  try {
    const r = await call<ApiReply<Resident[]>>('apiListResidents', { householdId });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
    residentsOf.set(householdId, r.data);
    status.textContent = fill('registryLoaded', { id: householdId, n: r.data.length });
  } catch (err) {
    status.textContent = fill('loadFailed', { message: (err as Error).message });
  }
}

const panels = SHEETS.map((s) => panel(s.sheet, s.keep));
for (const [i, s] of SHEETS.entries()) panels[i].querySelector('[data-role=pick]')!.id = `pick-${s.sheet}`;
const bar = tabs(
  SHEETS.map((s, i) => ({ id: s.sheet, label: s.tab, title: sheetDef(s.sheet).name, panel: panels[i] })),
  S.registryKind,
);
$('#app').replaceChildren(bar, ...panels);
document.body.dataset.ready = 'true';
