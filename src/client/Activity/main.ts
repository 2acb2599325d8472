/**
 * "Ghi hoạt động": one tab per kind of activity — session (with the attending households
 * and the head count), mediation, supervised person, camera, event/tip. Each tab is a form
 * made from its sheet's columns, saved with `apiSaveActivity({ kind, ... })`.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { bootData, unreadableWarning } from '../shared/bootstrap';
import { FormErrors } from '../shared/field';
import { RecordFields } from '../shared/recordFields';
import { tabs } from '../shared/tabs';
import { fill, S, type StringKey } from '../shared/strings';
import { onSave } from '../shared/submit';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { sheetDef, type SheetKey } from '../../domain/sheets';
import { activityInput } from '../../domain/inputs';
import { topicChips } from './topics';

type Kind = 'session' | 'mediation' | 'supervised' | 'camera' | 'event';
const KINDS: { kind: Kind; sheet: SheetKey; tab: StringKey; title: StringKey }[] = [
  { kind: 'session', sheet: 'sessions', tab: 'session', title: 'sessionLong' },
  { kind: 'mediation', sheet: 'mediations', tab: 'mediation', title: 'mediationLong' },
  { kind: 'supervised', sheet: 'supervised', tab: 'supervised', title: 'supervisedLong' },
  { kind: 'camera', sheet: 'cameras', tab: 'camera', title: 'cameraLong' },
  { kind: 'event', sheet: 'events', tab: 'event', title: 'eventLong' },
];

const d = bootData();
const schema = activityInput(inputContext(d));

function panel(k: (typeof KINDS)[number]): HTMLElement {
  const fields = new RecordFields(sheetDef(k.sheet), d, {
    today: d.today,
    hints: { topics: S.topicsHint, attendees: k.kind === 'session' ? S.attendeesAuto : '' },
  });
  const save = h('button', { type: 'submit', class: 'primary' }, S.save);
  const form = h(
    'form',
    { novalidate: true, id: `form-${k.kind}`, 'aria-label': S[k.title] },
    ...fields.elements,
    h('div', { class: 'actions' }, save),
  );
  const errors = new FormErrors(form);
  if (k.kind === 'session') sessionExtras(fields);
  onSave({
    form,
    button: save,
    errors,
    fn: 'apiSaveActivity',
    collect: () => ({ kind: k.kind, ...fields.values() }),
    validate: (input) => check(schema, input),
    done(data: { id: string }) {
      toast(fill('activitySaved', { what: S[k.title], id: data.id }), 'ok', save);
      fields.reset(['date']);
      if (k.kind === 'session') countAttendees(fields, true);
      (form.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
    },
  });
  return h('section', { 'data-kind': k.kind }, h('h2', {}, S[k.title]), form);
}

/** Head count: follows the number of households ticked until the user types a number. */
const autoAttendees = new WeakMap<RecordFields, boolean>();
function countAttendees(fields: RecordFields, restart = false): void {
  if (restart) autoAttendees.set(fields, true);
  if (autoAttendees.get(fields) === false) return;
  const n = fields.checklists.get('householdIds')!.selected().length;
  (fields.control$('attendees') as HTMLInputElement).value = n ? String(n) : '';
}

function sessionExtras(fields: RecordFields): void {
  const attendees = fields.control$('attendees') as HTMLInputElement;
  autoAttendees.set(fields, true);
  attendees.addEventListener('input', () => {
    autoAttendees.set(fields, attendees.value.trim() === '');
    countAttendees(fields);
  });
  fields.checklists.get('householdIds')!.el.addEventListener('input', () => countAttendees(fields));
  const topics = fields.control$('topics') as HTMLInputElement;
  topics.after(topicChips(topics, d.lists.values['Chủ đề tuyên truyền']));
}

const panels = KINDS.map(panel);
const bar = tabs(
  KINDS.map((k, i) => ({ id: k.kind, label: S[k.tab], title: S[k.title], panel: panels[i] })),
  S.tabs,
);
$('#app').replaceChildren(...[unreadableWarning(d), bar, ...panels].filter((x): x is HTMLElement => x !== null));
document.body.dataset.ready = 'true';
