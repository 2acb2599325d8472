/**
 * "Nhập trên điện thoại" (SPEC §7.1): the phone web app's page, one column from 360 px. Four tabs: a patrol (the
 * member's team preselected, its members ticked, head count, result, reminders), a tip or event ("Chuyển Công an xã
 * ngay"), attendance at a session (households ticked, searchable) and the team's own figures this month with its
 * last patrols, the last one correctable. Every save goes through the outbox (outbox.ts): kept on the phone with
 * its request id, sent at once when online, sent again when the connection returns; nothing is saved twice.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { type BootData, teamLabel, unreadableWarning } from '../shared/bootstrap';
import { FormErrors } from '../shared/field';
import { RecordFields } from '../shared/recordFields';
import { tabs } from '../shared/tabs';
import { newRequestId } from '../shared/submit';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { boot as boot0, call } from '../shared/run';
import { typedErrors, typedValue, vnDay } from '../shared/dateInput';
import { ReminderRows, type ReminderValue } from '../Patrol/reminders';
import { followSessionDay } from '../shared/sessionDay';
import { Roster } from '../Patrol/roster';
import { t } from '../../domain/i18n';
import { activityInput, type FieldError, patrolInput, recordInput } from '../../domain/inputs';
import { sheetDef } from '../../domain/sheets';
import type { NormalRecord } from '../../domain/fields';
import type { PhoneBoot } from '../../domain/wire';
import { type FormKind, Outbox, type PhoneSaveName, type Queued, type SendResult } from './outbox';

const phoneBoot = boot0<PhoneBoot>();
/**
 * The forms' view of it: the shared form parts read of a household only what the phone gets of it (id, head,
 * team, dates: `PhoneHousehold`), so the trimmed households serve them as whole ones.
 */
const boot = phoneBoot as unknown as BootData;
const ctx = inputContext(boot);
const user = phoneBoot.user;
const outbox = new Outbox(`antt-phone-outbox:${user.email}`);
const send = call as unknown as (fn: PhoneSaveName, arg: Record<string, unknown>) => Promise<SendResult>;

/** The team a member records for; an editor picks any. */
const ownTeam = user.kind === 'member' ? user.teamId || '' : '';
const teams = ownTeam ? boot.teams.filter((x) => x.id === ownTeam) : boot.teams;

// ------------------------------------------------------------------ one form
interface PhoneForm {
  kind: FormKind;
  form: HTMLFormElement;
  button: HTMLButtonElement;
  errors: FormErrors;
  /** The "Vẫn lưu" box of a likely duplicate. */
  confirmBox: HTMLElement;
  collect(): { fn: PhoneSaveName; input: Record<string, unknown>; label: string; errors: FieldError[] };
  fill(q: Queued): void;
  reset(): void;
}

function formShell(kind: FormKind, title: string, ...children: (HTMLElement | null)[]) {
  const button = h('button', { type: 'submit', class: 'primary big' }, t('form.save'));
  const confirmList = h('ul', {});
  const confirmButton = h('button', { type: 'button', class: 'big', 'data-role': 'confirm' }, t('form.saveAnyway'));
  const confirmBox = h(
    'div',
    { class: 'warning', role: 'alert', 'data-role': 'duplicate' },
    h('p', {}, t('form.duplicateTitle')),
    confirmList,
    confirmButton,
  );
  confirmBox.hidden = true;
  const form = h(
    'form',
    { novalidate: true, id: `phone-${kind}`, 'aria-label': title },
    ...children,
    confirmBox,
    h('div', { class: 'actions' }, button),
  );
  return { form, button, confirmBox, errors: new FormErrors(form) };
}

// ------------------------------------------------------------------ patrol
const patrolSchema = patrolInput(ctx);
const correctionSchema = recordInput(ctx);
const patrolFields = new RecordFields(sheetDef('patrols'), boot, {
  skip: ['recordedBy', 'recordedAt'],
  today: boot.today,
  labels: { teamId: t('patrol.team'), withPolice: t('patrol.withPolice') },
  hints: { participants: t('patrol.participantsAuto') },
});
const reminders = new ReminderRows(boot.lists);
const teamSelect = patrolFields.control$('teamId') as HTMLSelectElement;
if (ownTeam) {
  for (const o of Array.from(teamSelect.options)) if (o.value !== ownTeam) o.remove();
  teamSelect.value = ownTeam;
}
const membersList = patrolFields.checklists.get('memberIds')!;
const patrolDate = patrolFields.control$('date') as HTMLInputElement;
// Start and end are required by the patrol's rules (not by the sheet's columns): marked as the sidebar does.
for (const key of ['start', 'end']) {
  const control = patrolFields.control$(key) as HTMLInputElement;
  control.setAttribute('aria-required', 'true');
  const label = control.closest('.field')?.querySelector('label');
  if (label && !label.querySelector('.req')) label.append(h('span', { class: 'req', title: t('form.required') }, ' *'));
}
const roster = new Roster(boot.members, membersList, boot.today, () => countParticipants());
const onPatrolDay = () => roster.setDay(typedValue(patrolDate));
patrolDate.addEventListener('input', onPatrolDay);
patrolDate.addEventListener('change', onPatrolDay);
/** With a team chosen, its members are listed; the others are found by typing. */
const otherTeams = h('p', { class: 'hint' }, t('patrol.otherTeams'));
membersList.el.querySelector('.toolbar')!.after(otherTeams);
const participants = patrolFields.control$('participants') as HTMLInputElement;
const area = patrolFields.control$('area') as HTMLInputElement;
const editingNote = h('p', { class: 'editing', role: 'status' });
const cancelEdit = h('button', { type: 'button', class: 'link' }, t('phone.cancelEdit'));
const editingBox = h('div', { class: 'warning editing-box' }, editingNote, cancelEdit);
editingBox.hidden = true;
let editingId: string | null = null;
let autoCount = true;

function countParticipants(): void {
  if (autoCount) participants.value = String(membersList.selected().length || '');
}
participants.addEventListener('input', (e) => {
  if (!e.isTrusted) return;
  autoCount = participants.value.trim() === '';
  countParticipants();
});
membersList.el.addEventListener('input', () => countParticipants());
membersList.el.addEventListener('change', () => countParticipants());

let teamArea = '';
function applyTeam(): void {
  const chosen = boot.teams.find((x) => x.id === teamSelect.value);
  roster.team(chosen?.id ?? '');
  membersList.focusGroup(chosen ? chosen.id : null);
  otherTeams.hidden = !chosen;
  if (area.value.trim() === '' || area.value === teamArea) area.value = chosen?.area ?? '';
  teamArea = chosen?.area ?? '';
  countParticipants();
}
teamSelect.addEventListener('change', applyTeam);

const patrolShell = formShell('patrol', t('patrol.title'), editingBox, ...patrolFields.elements, reminders.el);
const patrolForm: PhoneForm = {
  kind: 'patrol',
  ...patrolShell,
  collect() {
    const values = patrolFields.values();
    if (editingId) {
      const input = { sheet: 'patrols', id: editingId, record: values };
      const errors = check(correctionSchema, { ...input, requestId: newRequestId() });
      return {
        fn: 'apiPhoneSaveRecord',
        input,
        label: t('phone.labelCorrection', { id: editingId }),
        errors: prefixed(errors),
      };
    }
    const input = { ...values, reminders: reminders.values() };
    return {
      fn: 'apiPhoneSavePatrol',
      input,
      label: t('phone.labelPatrol', {
        date: vnDay(String(values.date ?? '')),
        start: String(values.start ?? ''),
        end: String(values.end ?? ''),
      }),
      errors: check(patrolSchema, { ...input, requestId: newRequestId() }),
    };
  },
  fill(q) {
    if (q.kind === 'correction') {
      startEditing(String(q.input.id), q.input.record as NormalRecord);
      return;
    }
    stopEditing(false);
    autoCount = false;
    roster.load(String(q.input.date ?? ''));
    patrolFields.set(q.input as NormalRecord);
    reminders.set((q.input.reminders as ReminderValue[]) ?? []);
  },
  reset() {
    stopEditing(false);
    patrolFields.reset(['date', 'teamId']);
    reminders.clear();
    autoCount = true;
    applyTeam();
  },
};

/** The correction's errors are on `record.<field>`: the form's fields are the record's. */
function prefixed(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field.replace(/^record\./, '') }));
}

function startEditing(id: string, record: NormalRecord): void {
  editingId = id;
  editingNote.textContent = t('phone.editing', { id });
  editingBox.hidden = false;
  reminders.el.hidden = true;
  autoCount = false;
  roster.load(String(record.date ?? ''));
  patrolFields.set(record);
  patrolForm.kind = 'correction';
  showTab('patrol');
  patrolShell.form.scrollIntoView?.({ block: 'start' });
}

function stopEditing(resetFields = true): void {
  editingId = null;
  editingBox.hidden = true;
  reminders.el.hidden = false;
  patrolForm.kind = 'patrol';
  if (resetFields) patrolForm.reset();
}
cancelEdit.addEventListener('click', () => stopEditing());

// ------------------------------------------------------------------ event and session
const activitySchema = activityInput(ctx);

function activityForm(kind: 'event' | 'session', key: 'events' | 'sessions', label: 'event' | 'session'): PhoneForm {
  const fields = new RecordFields(sheetDef(key), boot, {
    today: boot.today,
    labels: kind === 'event' ? { toPolice: t('phone.toPoliceNow') } : {},
    hints: kind === 'session' ? { attendees: t('activity.attendeesAuto') } : {},
  });
  const shell = formShell(kind, sheetDef(key).name, ...fields.elements);
  let auto = true;
  /** Sessions: the households listed follow the day (`value`, else the date box). */
  let syncDay: (value?: string) => void = () => {};
  if (kind === 'session') {
    const attendees = fields.control$('attendees') as HTMLInputElement;
    const households = fields.checklists.get('householdIds')!;
    const recount = () => {
      if (auto) attendees.value = households.selected().length ? String(households.selected().length) : '';
    };
    attendees.addEventListener('input', (e) => {
      if (!e.isTrusted) return;
      auto = attendees.value.trim() === '';
      recount();
    });
    households.el.addEventListener('input', recount);
    households.el.addEventListener('change', recount);
    // Only households living in the village on the session's day can be ticked.
    syncDay = followSessionDay(households, boot.households, fields.control$('date') as HTMLInputElement, recount);
  }
  const keep = kind === 'event' ? ['date'] : ['date', 'form'];
  return {
    kind,
    ...shell,
    collect() {
      const values = fields.values();
      const input = { kind, ...values };
      const date = vnDay(String(values.date ?? ''));
      return {
        fn: 'apiPhoneSaveActivity',
        input,
        label: label === 'event' ? t('phone.labelEvent', { date }) : t('phone.labelSession', { date }),
        errors: check(activitySchema, { ...input, requestId: newRequestId() }),
      };
    },
    fill(q) {
      auto = false;
      syncDay(String(q.input.date ?? ''));
      fields.set(q.input as NormalRecord);
    },
    reset() {
      fields.reset(keep);
      auto = true;
    },
  };
}
const eventForm = activityForm('event', 'events', 'event');
const sessionForm = activityForm('session', 'sessions', 'session');
const forms = [patrolForm, eventForm, sessionForm];
const formOf = (kind: FormKind): PhoneForm =>
  kind === 'correction' ? patrolForm : forms.find((f) => f.kind === kind)!;

// ------------------------------------------------------------------ saving through the outbox
/** The request id the last refusal of each form was for: "Vẫn lưu" sends that request again, confirmed. */
const pendingConfirm = new Map<PhoneForm, Queued>();

function submit(f: PhoneForm, confirmOf?: Queued): void {
  if (f.button.disabled) return;
  f.errors.clear();
  f.confirmBox.hidden = true;
  const c = f.collect();
  const local = [...typedErrors(f.form), ...c.errors];
  if (local.length && !confirmOf) {
    f.errors.show(local);
    return;
  }
  const item: Queued = confirmOf
    ? { ...confirmOf, confirm: true, errors: undefined, needsConfirm: undefined }
    : {
        requestId: newRequestId(),
        kind: f.kind,
        fn: c.fn,
        input: c.input,
        label: c.label,
        at: new Date().toISOString(),
      };
  pendingConfirm.delete(f);
  outbox.add(item);
  f.reset();
  render();
  if (!navigator.onLine) {
    toast(t('phone.queuedOffline'), 'ok', f.button);
    return;
  }
  f.button.disabled = true;
  f.button.textContent = t('form.saving');
  flush(item.requestId).finally(() => {
    f.button.disabled = false;
    f.button.textContent = t('form.save');
    const still = outbox.get(item.requestId);
    if (still && !still.errors) toast(t('phone.queuedFailed', { message: still.lastError ?? '' }), 'bad', f.button);
  });
}

/** Sends what waits. A refusal of the save just made (`fresh`) goes straight back into its form. */
function flush(fresh?: string): Promise<void> {
  render();
  return outbox
    .flush((q) => send(q.fn, { ...q.input, requestId: q.requestId, ...(q.confirm ? { confirm: true } : {}) }), {
      sent(q, id) {
        toast(t('phone.sent', { label: q.label, id }), 'ok');
        if (q.kind === 'patrol' || q.kind === 'correction') teamView.stale = true;
      },
      refused(q) {
        if (q.requestId === fresh) edit(q);
      },
    })
    .finally(render);
}

/** A refused save back into its form, with its messages; it leaves the outbox (saving again makes a new request). */
function edit(q: Queued): void {
  const f = formOf(q.kind);
  outbox.remove(q.requestId);
  showTab(q.kind === 'correction' ? 'patrol' : q.kind);
  f.fill(q);
  const errors = q.errors ?? [];
  if (q.needsConfirm) {
    pendingConfirm.set(f, q);
    const list = f.confirmBox.querySelector('ul')!;
    list.replaceChildren(...errors.map((e) => h('li', {}, e.message)));
    f.confirmBox.hidden = false;
  } else f.errors.show(q.kind === 'correction' ? prefixed(errors) : errors);
  render();
}

for (const f of forms) {
  f.form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(f);
  });
  f.confirmBox.querySelector('button')!.addEventListener('click', () => {
    const q = pendingConfirm.get(f);
    if (q) submit(f, q);
  });
}

// ------------------------------------------------------------------ what waits
const outboxTitle = h('h2', {});
const outboxList = h('ul', { class: 'outbox-list' });
const resend = h('button', { type: 'button', class: 'big', 'data-role': 'resend' }, t('phone.resend'));
const offlineNote = h('p', { class: 'muted', role: 'status' }, t('phone.offline'));
const outboxBox = h(
  'section',
  { class: 'outbox', 'aria-live': 'polite', 'data-role': 'outbox' },
  outboxTitle,
  offlineNote,
  outboxList,
  resend,
);
resend.addEventListener('click', () => void flush());

const timeText = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}`;
};

function render(): void {
  const items = outbox.list();
  offlineNote.hidden = navigator.onLine;
  outboxBox.hidden = items.length === 0 && navigator.onLine;
  outboxTitle.textContent = t('phone.outboxTitle', { n: items.length });
  resend.hidden = outbox.waiting().length === 0;
  outboxList.replaceChildren(
    ...items.map((q) => {
      const li = h(
        'li',
        { 'data-request': q.requestId, class: q.errors ? 'refused' : 'waiting' },
        h('span', {}, t('phone.waitingItem', { label: q.label, time: timeText(q.at) })),
      );
      if (q.errors) {
        li.append(
          h('p', { class: 'error' }, t('phone.refusedItem')),
          h('ul', {}, ...q.errors.map((e) => h('li', {}, e.message))),
        );
        const fix = h('button', { type: 'button', class: 'big' }, t('phone.edit'));
        const drop = h('button', { type: 'button', class: 'link' }, t('phone.discard'));
        fix.addEventListener('click', () => edit(q));
        drop.addEventListener('click', () => {
          outbox.remove(q.requestId);
          render();
        });
        const row = h('div', { class: 'row' }, fix, drop);
        if (q.needsConfirm) {
          // A likely duplicate: "Vẫn lưu" sends the same request again, confirmed.
          const anyway = h('button', { type: 'button', class: 'big', 'data-role': 'confirm' }, t('form.saveAnyway'));
          anyway.addEventListener('click', () => {
            outbox.update(q.requestId, { errors: undefined, needsConfirm: undefined, confirm: true });
            void flush();
          });
          row.prepend(anyway);
        }
        li.append(row);
      } else if (q.lastError) li.append(h('p', { class: 'muted' }, q.lastError));
      return li;
    }),
  );
}

window.addEventListener('online', () => void flush());
window.addEventListener('offline', render);
setInterval(() => {
  if (navigator.onLine && outbox.waiting().length) void flush();
}, 30_000);

// ------------------------------------------------------------------ the team's own figures and last patrols
const teamView = {
  stale: true,
  el: h('section', { 'data-role': 'team' }),
  pick: null as HTMLSelectElement | null,
};

function monthStart(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

async function loadTeam(): Promise<void> {
  const teamId = ownTeam || teamView.pick?.value || '';
  const body = h('div', { class: 'team-body' }, h('p', { class: 'muted' }, t('phone.loading')));
  teamView.el.replaceChildren(...[teamView.pick ? teamView.pick.parentElement : null, body].filter((x) => x !== null));
  if (!teamId) {
    body.replaceChildren(h('p', { class: 'muted' }, t('phone.pickTeam')));
    return;
  }
  if (!navigator.onLine) {
    body.replaceChildren(h('p', { class: 'muted' }, t('phone.needOnline')));
    return;
  }
  teamView.stale = false;
  const from = monthStart(boot.today);
  try {
    const [month, last, rem] = await Promise.all([
      call('apiListRecords', { sheet: 'patrols', teamId, from, to: boot.today, limit: 500 }),
      call('apiListRecords', { sheet: 'patrols', teamId, limit: 5 }),
      call('apiListRecords', { sheet: 'reminders', from, to: boot.today, limit: 500 }),
    ]);
    if (!month.ok || !last.ok || !rem.ok) {
      const errors = [month, last, rem].flatMap((r) => (r.ok ? [] : r.errors));
      body.replaceChildren(h('p', { class: 'error' }, errors.map((e) => e.message).join(' ')));
      return;
    }
    const ids = new Set(month.data.rows.map((r) => String(r.id)));
    const people = month.data.rows.reduce((n, r) => n + (typeof r.participants === 'number' ? r.participants : 0), 0);
    const cases = rem.data.rows
      .filter((r) => ids.has(String(r.patrolId)))
      .reduce((n, r) => n + (typeof r.cases === 'number' ? r.cases : 0), 0);
    const rows = last.data.rows;
    body.replaceChildren(
      h(
        'p',
        { class: 'figures', 'data-role': 'figures' },
        t('phone.monthFigures', {
          month: boot.today.slice(5, 7),
          year: boot.today.slice(0, 4),
          patrols: month.data.total,
          people,
          cases,
        }),
      ),
      h('h2', {}, t('phone.lastRecords')),
      rows.length
        ? h(
            'ul',
            { class: 'last-records' },
            ...rows.map((r, i) => {
              const li = h(
                'li',
                { 'data-id': String(r.id) },
                h(
                  'span',
                  {},
                  t('phone.patrolLine', {
                    id: String(r.id),
                    date: vnDay(String(r.date ?? '')),
                    start: String(r.start ?? ''),
                    end: String(r.end ?? ''),
                    people: String(r.participants ?? ''),
                  }),
                ),
              );
              if (i === 0) {
                const fix = h('button', { type: 'button', class: 'big', 'data-role': 'correct' }, t('phone.correct'));
                fix.addEventListener('click', () => startEditing(String(r.id), r));
                li.append(fix);
              }
              return li;
            }),
          )
        : h('p', { class: 'muted' }, t('phone.noRecords')),
    );
  } catch (e) {
    teamView.stale = true;
    body.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
  }
}

if (!ownTeam) {
  const pick = h('select', { id: 'team-pick' }, h('option', { value: '' }, t('form.choose')));
  for (const x of boot.teams) pick.append(h('option', { value: x.id }, teamLabel(x)));
  pick.addEventListener('change', () => void loadTeam());
  h('label', { class: 'field' }, t('phone.teamPick'), pick);
  teamView.pick = pick;
}

// ------------------------------------------------------------------ the page
const panels: Record<'patrol' | 'event' | 'session' | 'team', HTMLElement> = {
  patrol: h('section', {}, patrolShell.form),
  event: h('section', {}, eventForm.form),
  session: h('section', {}, sessionForm.form),
  team: teamView.el,
};
const bar = tabs(
  [
    { id: 'patrol', label: t('phone.tabPatrol'), panel: panels.patrol },
    { id: 'event', label: t('phone.tabEvent'), panel: panels.event },
    { id: 'session', label: t('phone.tabSession'), panel: panels.session },
    { id: 'team', label: t('phone.tabTeam'), panel: panels.team },
  ],
  t('phone.tabs'),
  (id) => {
    if (id === 'team' && teamView.stale) void loadTeam();
  },
);

function showTab(id: string): void {
  document.getElementById(`tab-${id}`)?.click();
}

const team = boot.teams.find((x) => x.id === ownTeam);
const hello =
  user.kind === 'member'
    ? t('phone.hello', { name: user.name ?? user.email, team: team ? teamLabel(team) : t('phone.noTeam') })
    : t('phone.editor', { email: user.email });
$('#app').replaceChildren(
  ...[
    h('header', { class: 'phone-head' }, h('h1', {}, t('phone.title')), h('p', { class: 'muted' }, hello)),
    unreadableWarning(boot),
    outboxBox,
    bar,
    ...Object.values(panels),
  ].filter((x): x is HTMLElement => x !== null),
);
if (teams.length === 1) teamSelect.value = teams[0].id;
applyTeam();
render();
if (navigator.onLine && outbox.waiting().length) void flush();
document.body.dataset.ready = 'true';
