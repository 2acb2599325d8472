/**
 * "Ghi tuần tra": one patrol and the reminders given on it. Choosing the team preselects
 * its members active on the patrol's day and fills its area; the members listed are those active on that day
 * (roster.ts); the participant count follows the members ticked until it is edited by hand. Saved with
 * `apiSavePatrol`.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { bootData, memberItems, teamGroups, teamLabel, unreadableWarning } from '../shared/bootstrap';
import { Checklist } from '../shared/checklist';
import { field, FormErrors, numberOf, select, text } from '../shared/field';
import { t } from '../../domain/i18n';
import { onSave } from '../shared/submit';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { patrolInput } from '../../domain/inputs';
import { ReminderRows } from './reminders';
import { EditSaved } from '../shared/editSaved';
import { dayInput, timeInput, typedValue } from '../shared/dateInput';
import { Roster } from './roster';

const boot = bootData();
const ctx = inputContext(boot);
const schema = patrolInput(ctx);

const date = dayInput(boot.today, { required: true });
const start = timeInput();
const end = timeInput();
const team = select(
  boot.teams.map((t) => [t.id, teamLabel(t)] as [string, string]),
  t('form.choose'),
);
const area = h('input', { type: 'text', maxlength: 200, autocomplete: 'off' });
const participants = h('input', { type: 'number', min: 0, step: 1, inputmode: 'numeric', required: true });
const participantsHint = h('span', {}, t('patrol.participantsAuto'));
const withPolice = h('input', { type: 'checkbox' });
const result = h('textarea', { rows: 3, maxlength: 5000 });
const members = new Checklist({
  path: 'memberIds',
  legend: t('patrol.members'),
  items: memberItems(boot),
  groups: teamGroups(boot),
  maxHeight: 230,
  onChange: () => countParticipants(),
});
const roster = new Roster(boot.members, members, boot.today, () => countParticipants());
const onDay = () => roster.setDay(typedValue(date));
date.addEventListener('input', onDay);
date.addEventListener('change', onDay);
const reminders = new ReminderRows(boot.lists);
const saveButton = h('button', { type: 'submit', class: 'primary' }, t('form.save'));
const form = h(
  'form',
  { id: 'patrol', novalidate: true, 'aria-label': t('patrol.title') },
  unreadableWarning(boot),
  field({ path: 'date', label: t('patrol.date'), control: date, required: true }),
  field({ path: 'start', label: t('patrol.start'), control: start, required: true, class: 'half' }),
  field({ path: 'end', label: t('patrol.end'), control: end, required: true, class: 'half' }),
  field({ path: 'teamId', label: t('patrol.team'), control: team, class: 'half' }),
  field({ path: 'area', label: t('patrol.area'), control: area, class: 'half' }),
  members.el,
  field({ path: 'participants', label: t('patrol.participants'), control: participants, required: true }),
  field({ path: 'withPolice', label: t('patrol.withPolice'), control: withPolice }),
  field({ path: 'result', label: t('patrol.result'), control: result }),
  reminders.el,
  h('div', { class: 'actions' }, saveButton),
);
participants.parentElement!.querySelector('.error')!.before(h('p', { class: 'hint' }, participantsHint));
const errors = new FormErrors(form);
$('#app').replaceChildren(form);
const edit = new EditSaved(boot, form);

/** The participant count follows the ticked members until the user types another number. */
let autoCount = true;
function countParticipants(): void {
  if (autoCount) participants.value = String(members.selected().length);
}
participants.addEventListener('input', () => {
  autoCount = participants.value.trim() === '';
  participantsHint.textContent = autoCount ? t('patrol.participantsAuto') : t('patrol.participantsEdited');
  if (autoCount) countParticipants();
});

/** Team → its members active on the patrol's day ticked, its area filled (unless the user typed another one). */
let teamArea = '';
function applyTeam(): void {
  const chosen = boot.teams.find((x) => x.id === team.value);
  roster.team(chosen?.id ?? '');
  if (chosen) members.showGroup(chosen.id);
  if (area.value.trim() === '' || area.value === teamArea) area.value = chosen?.area ?? '';
  teamArea = chosen?.area ?? '';
  countParticipants();
}
team.addEventListener('change', applyTeam);

function collect() {
  return {
    date: typedValue(date),
    start: typedValue(start),
    end: typedValue(end),
    teamId: team.value,
    area: text(area),
    memberIds: members.selected(),
    participants: numberOf(participants),
    withPolice: withPolice.checked,
    result: text(result),
    reminders: reminders.values(),
  };
}

function reset(): void {
  start.value = '';
  end.value = '';
  area.value = '';
  withPolice.checked = false;
  result.value = '';
  reminders.clear();
  members.clearSearch();
  autoCount = true;
  participantsHint.textContent = t('patrol.participantsAuto');
  applyTeam();
}

onSave({
  form,
  button: saveButton,
  errors,
  fn: 'apiSavePatrol',
  collect,
  validate: (input) => check(schema, input),
  done(data) {
    let msg = t('patrol.saved', { id: data.id });
    if (data.reminderIds.length)
      msg += t('patrol.remindersSaved', { n: data.reminderIds.length, ids: data.reminderIds.join(', ') });
    if (data.overnight) msg += t('patrol.overnight');
    toast(`${msg}.`, 'ok', saveButton);
    edit.offer('patrols', [data.id]);
    reset();
    date.focus();
  },
});

countParticipants();
document.body.dataset.ready = 'true';
