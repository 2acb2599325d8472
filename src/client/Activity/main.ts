/**
 * "Ghi hoạt động": one tab per record type the registry places in this sidebar (a session
 * with the attending households and the head count, a mediation, a supervised person, a
 * camera, an event/tip…). Each tab is a form made from its sheet's columns, saved with
 * `apiSaveActivity({ kind, ... })`.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { bootData, unreadableWarning } from '../shared/bootstrap';
import { FormErrors } from '../shared/field';
import { RecordFields } from '../shared/recordFields';
import { EditSaved } from '../shared/editSaved';
import { tabs } from '../shared/tabs';
import { type Draft, onSave, type SaveInput } from '../shared/submit';
import { toast } from '../shared/toast';
import { check, inputContext } from '../shared/validate';
import { followSessionDay } from '../shared/sessionDay';
import { t } from '../../domain/i18n';
import { recordText } from '../../domain/recordStrings';
import { ACTIVITY_TYPES, activityInput } from '../../domain/inputs';
import { sheetDef } from '../../domain/sheets';

type ActivityType = (typeof ACTIVITY_TYPES)[number];
type ActivityDraft = Draft<SaveInput<'apiSaveActivity'>>;

const boot = bootData();
const schema = activityInput(inputContext(boot));
/** The session form counts the households ticked (its topics and partners offer their `Danh mục` entries). */
const SESSIONS = 'sessions';

function panel(type: ActivityType): HTMLElement {
  const title = recordText(type.key, 'title');
  const session = type.key === SESSIONS;
  const fields = new RecordFields(sheetDef(type.key), boot, {
    today: boot.today,
    hints: session
      ? {
          topics: t('activity.topicsHint'),
          partners: t('activity.partnersHint'),
          attendees: t('activity.attendeesAuto'),
        }
      : type.key === 'events'
        ? { festival: t('activity.festivalHint') }
        : {},
  });
  const save = h('button', { type: 'submit', class: 'primary' }, t('form.save'));
  const form = h(
    'form',
    { novalidate: true, id: `form-${type.kind}`, 'aria-label': title },
    ...fields.elements,
    h('div', { class: 'actions' }, save),
  );
  const errors = new FormErrors(form);
  const section = h('section', { 'data-kind': type.kind }, h('h2', {}, title), form);
  const edit = new EditSaved(boot, form);
  if (session) sessionExtras(fields);
  onSave({
    form,
    button: save,
    errors,
    fn: 'apiSaveActivity',
    // The fields are the type's columns, so this is the type's input as the form holds it.
    collect: () => ({ kind: type.kind, ...fields.values() }) as ActivityDraft,
    validate: (input) => check(schema, input),
    done(data) {
      toast(t('activity.saved', { what: title, id: data.id }), 'ok', save);
      edit.offer(type.key, [data.id]);
      fields.reset(type.keep ?? []);
      if (session) countAttendees(fields, true);
      form.querySelector<HTMLElement>('input, select, textarea')?.focus();
    },
  });
  return section;
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
  const households = fields.checklists.get('householdIds')!;
  households.el.addEventListener('input', () => countAttendees(fields));
  // Only households living in the village on the session's day can be ticked.
  followSessionDay(households, boot.households, fields.control$('date') as HTMLInputElement, () =>
    countAttendees(fields),
  );
}

const panels = ACTIVITY_TYPES.map(panel);
const bar = tabs(
  ACTIVITY_TYPES.map((type, i) => ({
    id: type.kind,
    label: recordText(type.key, 'tab'),
    title: recordText(type.key, 'title'),
    panel: panels[i],
  })),
  t('activity.tabs'),
);
$('#app').replaceChildren(...[unreadableWarning(boot), bar, ...panels].filter((x): x is HTMLElement => x !== null));
document.body.dataset.ready = 'true';
