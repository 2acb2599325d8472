/**
 * The repeatable reminders of a patrol: category, cases, action, note per row, rows added
 * and removed by button. Field paths are `reminders.<i>.<field>`, renumbered on removal so
 * server errors land beside the right row.
 */
import { h } from '../shared/dom';
import { field, focusControl, numberOf, select, text, uid } from '../shared/field';
import { t } from '../../domain/i18n';
import { DEFAULT_REMINDER_ACTION, LIST, type Lists } from '../../domain/lists';

export interface ReminderValue {
  category: string;
  cases: number | null;
  action: string;
  note: string;
}

interface Row {
  el: HTMLElement;
  title: HTMLElement;
  remove: HTMLButtonElement;
  category: HTMLSelectElement;
  cases: HTMLInputElement;
  action: HTMLSelectElement;
  note: HTMLInputElement;
}

export class ReminderRows {
  readonly el: HTMLFieldSetElement;
  private readonly list: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly add: HTMLButtonElement;
  private rows: Row[] = [];

  constructor(private readonly lists: Lists) {
    this.list = h('div', { class: 'reminder-list' });
    this.empty = h('p', { class: 'muted hint' }, t('patrol.noReminders'));
    this.add = h('button', { type: 'button', class: 'link add-reminder' }, t('patrol.addReminder'));
    const errId = uid('err-reminders');
    this.el = h(
      'fieldset',
      { class: 'reminders', 'data-field': 'reminders', tabindex: '-1', 'aria-describedby': errId },
      h('legend', {}, t('patrol.reminders')),
      h('p', { class: 'error', id: errId, 'data-error-for': 'reminders' }),
      this.empty,
      this.list,
      this.add,
    );
    this.add.addEventListener('click', () => {
      const row = this.append();
      row.category.focus();
    });
  }

  private append(): Row {
    const i = this.rows.length;
    const category = select(this.lists.values[LIST.reminderCategories], t('form.choose'));
    const cases = h('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric', value: '1' });
    const action = select(this.lists.values[LIST.actions], t('form.none'));
    if (this.lists.values[LIST.actions].includes(DEFAULT_REMINDER_ACTION)) action.value = DEFAULT_REMINDER_ACTION;
    const note = h('input', { type: 'text', maxlength: 5000, autocomplete: 'off' });
    const title = h('span', {});
    const remove = h('button', { type: 'button', class: 'link remove-reminder' }, t('patrol.removeReminder'));
    const p = (f: string) => `reminders.${i}.${f}`;
    const el = h(
      'div',
      { class: 'reminder' },
      h('div', { class: 'reminder-head' }, title, remove),
      field({ path: p('category'), label: t('patrol.category'), control: category, required: true }),
      field({ path: p('cases'), label: t('patrol.cases'), control: cases, required: true, class: 'cases' }),
      field({ path: p('action'), label: t('patrol.action'), control: action, class: 'action' }),
      field({ path: p('note'), label: t('patrol.reminderNote'), control: note }),
    );
    const row: Row = { el, title, remove, category, cases, action, note };
    remove.addEventListener('click', () => this.removeRow(row));
    this.rows.push(row);
    this.list.append(el);
    this.renumber();
    return row;
  }

  private removeRow(row: Row): void {
    const i = this.rows.indexOf(row);
    this.rows.splice(i, 1);
    row.el.remove();
    this.renumber();
    const next = this.rows[i] ?? this.rows[i - 1];
    focusControl(next ? next.category : this.add);
  }

  /** Row i's controls carry the paths `reminders.i.*` (and their error lines too). */
  private renumber(): void {
    this.rows.forEach((r, i) => {
      r.title.textContent = t('patrol.reminder', { n: i + 1 });
      r.remove.setAttribute('aria-label', t('patrol.removeReminderLabel', { n: i + 1 }));
      for (const el of Array.from(r.el.querySelectorAll('[data-field], [data-error-for]'))) {
        for (const attr of ['data-field', 'data-error-for']) {
          const v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(/^reminders\.\d+\./, `reminders.${i}.`));
        }
      }
    });
    this.empty.hidden = this.rows.length > 0;
  }

  values(): ReminderValue[] {
    return this.rows.map((r) => ({
      category: r.category.value,
      cases: numberOf(r.cases),
      action: r.action.value,
      note: text(r.note),
    }));
  }

  /** Rows for these values (after `clear`): a saved input brought back into the form. */
  set(values: readonly Partial<ReminderValue>[]): void {
    this.clear();
    for (const v of values) {
      const row = this.append();
      row.category.value = v.category ?? '';
      row.cases.value = v.cases === null || v.cases === undefined ? '' : String(v.cases);
      row.action.value = v.action ?? '';
      row.note.value = v.note ?? '';
    }
  }

  clear(): void {
    for (const r of this.rows) r.el.remove();
    this.rows = [];
    this.renumber();
  }
}
