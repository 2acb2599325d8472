/**
 * Form fields with their error line, and the error display of a form: messages beside the
 * field (`aria-invalid`, `aria-describedby`), focus on the first error, a form-level box for
 * messages that name no field on the page. Fields are found by `data-field` = the API path
 * (`date`, `reminders.0.cases`), errors by `data-error-for` = the same path.
 */
import { h } from './dom';
import { t } from '../../domain/i18n';

export interface FieldError {
  field: string;
  message: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

let seq = 0;
/** A unique element id for a field path (paths hold dots, ids need not). */
export function uid(path: string): string {
  return `f${++seq}-${path.replace(/[^\w-]/g, '_')}`;
}

export interface FieldOptions {
  /** API path of the value. */
  path: string;
  label: string;
  control: Control | HTMLElement;
  required?: boolean;
  hint?: string;
  /** Extra class of the wrapper (e.g. `half` for two fields on one line). */
  class?: string;
}

/** `<div class="field">` with the label, the control, an optional hint and the error line. */
export function field(o: FieldOptions): HTMLDivElement {
  const control = o.control as HTMLElement;
  const errId = uid(`err-${o.path}`);
  const hintId = o.hint ? uid(`hint-${o.path}`) : undefined;
  if (!control.id) control.id = uid(o.path);
  control.setAttribute('data-field', o.path);
  control.setAttribute('aria-describedby', [hintId, errId].filter(Boolean).join(' '));
  if (o.required) control.setAttribute('aria-required', 'true');
  const isBox = control instanceof HTMLInputElement && control.type === 'checkbox';
  const label = h(
    'label',
    { for: control.id },
    o.label,
    o.required ? h('span', { class: 'req', title: t('form.required') }, ' *') : null,
  );
  const err = h('p', { class: 'error', id: errId, 'data-error-for': o.path });
  const hint = o.hint ? h('p', { class: 'hint', id: hintId }, o.hint) : null;
  return isBox
    ? h(
        'div',
        { class: `field check ${o.class ?? ''}`.trim() },
        h('div', { class: 'inline' }, control, label),
        hint,
        err,
      )
    : h('div', { class: `field ${o.class ?? ''}`.trim() }, label, control, hint, err);
}

/** Shows and clears the errors of one form. */
export class FormErrors {
  private readonly box: HTMLElement;

  constructor(private readonly form: HTMLElement) {
    this.box = h('div', { class: 'form-error', role: 'alert' });
    this.box.hidden = true;
    form.prepend(this.box);
    // An edited field loses its error mark.
    const clear = (e: Event) => {
      const el = (e.target as HTMLElement).closest('[data-field]');
      if (el) this.clearField(el.getAttribute('data-field')!);
    };
    form.addEventListener('input', clear);
    form.addEventListener('change', clear);
  }

  clear(): void {
    for (const el of Array.from(this.form.querySelectorAll('[aria-invalid="true"]')))
      el.setAttribute('aria-invalid', 'false');
    for (const el of Array.from(this.form.querySelectorAll<HTMLElement>('[data-error-for]'))) el.textContent = '';
    this.box.textContent = '';
    this.box.hidden = true;
  }

  private clearField(path: string): void {
    this.controlOf(path)?.setAttribute('aria-invalid', 'false');
    const err = this.errorOf(path);
    if (err) err.textContent = '';
  }

  private controlOf(path: string): HTMLElement | null {
    return this.form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`);
  }

  private errorOf(path: string): HTMLElement | null {
    return this.form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`);
  }

  /** The longest prefix of `path` that names a field of the form (`memberIds.3` → `memberIds`). */
  resolve(path: string): string | null {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const p = parts.slice(0, n).join('.');
      if (this.controlOf(p)) return p;
    }
    return null;
  }

  /** Shows the errors (replacing earlier ones) and moves focus to the first field in error. */
  show(errors: FieldError[], summary: string = t('form.fixErrors')): void {
    this.clear();
    if (errors.length === 0) return;
    const loose: string[] = [];
    const marked: HTMLElement[] = [];
    const byPath = new Map<string, string[]>();
    for (const e of errors) {
      const p = this.resolve(e.field);
      if (p === null) loose.push(e.message);
      else byPath.set(p, [...(byPath.get(p) ?? []), e.message]);
    }
    for (const [p, messages] of byPath) {
      const control = this.controlOf(p)!;
      control.setAttribute('aria-invalid', 'true');
      marked.push(control);
      const err = this.errorOf(p);
      const text = [...new Set(messages)].join(' ');
      if (err) err.textContent = text;
      else loose.push(text);
    }
    this.box.textContent = [summary, ...loose].join(' ');
    this.box.hidden = false;
    const first = marked.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
    focusControl(first ?? this.box);
  }

  /**
   * A message for the whole form (e.g. the server could not be reached, a delete refused): the box at the top of
   * the form is scrolled into view and focused, so it is seen (and read) however far down the user was.
   */
  showMessage(message: string): void {
    this.clear();
    this.box.textContent = message;
    this.box.hidden = false;
    focusControl(this.box);
  }
}

/** Focuses a control, or the first focusable element inside a group (a checklist). */
export function focusControl(el: HTMLElement): void {
  const target = el.matches('input, select, textarea, button')
    ? el
    : (el.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button') ?? el);
  if (!target.matches('input, select, textarea, button, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}

/** `<select>` of (value, label) pairs, with an optional empty first option. */
export function select(options: readonly (string | [string, string])[], empty?: string): HTMLSelectElement {
  const el = h('select', {});
  if (empty !== undefined) el.append(h('option', { value: '' }, empty));
  for (const o of options) {
    const [value, label] = typeof o === 'string' ? [o, o] : o;
    el.append(h('option', { value }, label));
  }
  return el;
}

/** Trimmed text of a control. */
export const text = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string => el.value.trim();

/** A number input's value: null when blank, NaN kept (the schema names it). */
export function numberOf(el: HTMLInputElement): number | null {
  const v = el.value.trim();
  if (v === '') return el.validity?.badInput ? NaN : null;
  return Number(v.replace(',', '.'));
}
