/**
 * "Ghi tuần tra": one patrol and the reminders given on it. Choosing the team preselects
 * its members and fills its area; the participant count follows the members ticked until
 * it is edited by hand. Saved with `apiSavePatrol`.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { bootData, memberItems, teamGroups, teamLabel, unreadableWarning } from '../shared/bootstrap';
import { Checklist } from '../shared/checklist';
import { field, FormErrors, numberOf, select, text } from '../shared/field';
import { fill, S } from '../shared/strings';
import { onSave } from '../shared/submit';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { patrolInput } from '../../domain/inputs';
import { ReminderRows } from './reminders';

interface PatrolSaved {
  id: string;
  reminderIds: string[];
  overnight: boolean;
}

const d = bootData();
const ctx = inputContext(d);
const schema = patrolInput(ctx);

const date = h('input', { type: 'date', required: true, value: d.today });
const start = h('input', { type: 'time', step: 60 });
const end = h('input', { type: 'time', step: 60 });
const team = select(
  d.teams.map((t) => [t.id, teamLabel(t)] as [string, string]),
  S.choose,
);
const area = h('input', { type: 'text', maxlength: 200, autocomplete: 'off' });
const participants = h('input', { type: 'number', min: 0, step: 1, inputmode: 'numeric', required: true });
const participantsHint = h('span', {}, S.participantsAuto);
const withPolice = h('input', { type: 'checkbox' });
const result = h('textarea', { rows: 3, maxlength: 5000 });
const members = new Checklist({
  path: 'memberIds',
  legend: S.members,
  items: memberItems(d),
  groups: teamGroups(d),
  maxHeight: 230,
  onChange: () => countParticipants(),
});
const reminders = new ReminderRows(d.lists);
const saveButton = h('button', { type: 'submit', class: 'primary' }, S.save);
const form = h(
  'form',
  { id: 'patrol', novalidate: true, 'aria-label': S.patrolTitle },
  unreadableWarning(d),
  field({ path: 'date', label: S.date, control: date, required: true }),
  field({ path: 'start', label: S.start, control: start, required: true, class: 'half' }),
  field({ path: 'end', label: S.end, control: end, required: true, class: 'half' }),
  field({ path: 'teamId', label: S.team, control: team, class: 'half' }),
  field({ path: 'area', label: S.area, control: area, class: 'half' }),
  members.el,
  field({ path: 'participants', label: S.participants, control: participants, required: true }),
  field({ path: 'withPolice', label: S.withPolice, control: withPolice }),
  field({ path: 'result', label: S.result, control: result }),
  reminders.el,
  h('div', { class: 'actions' }, saveButton),
);
participants.parentElement!.querySelector('.error')!.before(h('p', { class: 'hint' }, participantsHint));
const errors = new FormErrors(form);

/** The participant count follows the ticked members until the user types another number. */
let autoCount = true;
function countParticipants(): void {
  if (autoCount) participants.value = String(members.selected().length);
}
participants.addEventListener('input', () => {
  autoCount = participants.value.trim() === '';
  participantsHint.textContent = autoCount ? S.participantsAuto : S.participantsEdited;
  if (autoCount) countParticipants();
});

/** Team → its active members ticked, its area filled (unless the user typed another one). */
let teamArea = '';
function applyTeam(): void {
  const t = d.teams.find((x) => x.id === team.value);
  members.set(d.members.filter((m) => t && m.teamId === t.id).map((m) => m.id));
  if (t) members.showGroup(t.id);
  if (area.value.trim() === '' || area.value === teamArea) area.value = t?.area ?? '';
  teamArea = t?.area ?? '';
  countParticipants();
}
team.addEventListener('change', applyTeam);

function collect() {
  return {
    date: date.value,
    start: start.value,
    end: end.value,
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
  participantsHint.textContent = S.participantsAuto;
  applyTeam();
}

onSave({
  form,
  button: saveButton,
  errors,
  fn: 'apiSavePatrol',
  collect,
  validate: (input) => check(schema, input),
  done(data: PatrolSaved) {
    let msg = fill('patrolSaved', { id: data.id });
    if (data.reminderIds.length)
      msg += fill('remindersSaved', { n: data.reminderIds.length, ids: data.reminderIds.join(', ') });
    if (data.overnight) msg += S.overnight;
    toast(`${msg}.`, 'ok', saveButton);
    reset();
    date.focus();
  },
});

$('#app').replaceChildren(form);
countParticipants();
document.body.dataset.ready = 'true';
