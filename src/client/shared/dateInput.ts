/**
 * Days and times typed as people write them in Vietnam, whatever the browser's locale:
 * text boxes showing `dd/mm/yyyy` and 24-hour `HH:mm` (an `<input type=date>` follows the
 * browser, `12/07/2026` for 7 December under en-US, and `type=time` shows `08:00 PM`).
 * What is typed is read with the domain's parsers (`parseVietnameseDay`, `parseTime`), so
 * the values sent stay ISO `YYYY-MM-DD` and `HH:mm`; a box that cannot be read is named by
 * `typedErrors` before anything is sent.
 */
import { parseTime, parseVietnameseDay } from '../../domain/clock';
import { t } from '../../domain/i18n';
import { h } from './dom';
import type { FieldError } from './field';

export type TypedKind = 'day' | 'time';

const FORMAT: Record<TypedKind, string> = { day: 'dd/mm/yyyy', time: 'HH:mm' };

/** `dd/mm/yyyy` of an ISO day ('' for blank or not a day). */
export function vnDay(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** A text box for a day (`dd/mm/yyyy`), showing `iso` when given. */
export function dayInput(iso = '', attrs: Record<string, string | boolean> = {}): HTMLInputElement {
  return typedInput('day', vnDay(iso), attrs);
}

/** A text box for a 24-hour time (`HH:mm`). */
export function timeInput(value = '', attrs: Record<string, string | boolean> = {}): HTMLInputElement {
  return typedInput('time', value, attrs);
}

function typedInput(kind: TypedKind, value: string, attrs: Record<string, string | boolean>): HTMLInputElement {
  const el = h('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: FORMAT[kind],
    pattern: kind === 'day' ? '\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}' : '\\d{1,2}[:h]\\d{2}',
    'data-kind': kind,
    value,
    ...attrs,
  });
  // Once typed, a readable value is shown in full (7/12/2026 → 07/12/2026, 19h30 → 19:30).
  el.addEventListener('blur', () => {
    const v = read(el);
    if (v) el.value = kind === 'day' ? vnDay(v) : v;
  });
  return el;
}

function kindOf(el: HTMLInputElement): TypedKind | null {
  const k = el.getAttribute('data-kind');
  return k === 'day' || k === 'time' ? k : null;
}

/** The ISO value of a day or time box: '' when blank, null when it cannot be read. */
function read(el: HTMLInputElement): string | null {
  const s = el.value.trim();
  if (s === '') return '';
  return kindOf(el) === 'time' ? parseTime(s) : parseVietnameseDay(s);
}

/** The box's value as sent: ISO (`YYYY-MM-DD`, `HH:mm`), '' when blank, the text as typed when unreadable. */
export function typedValue(el: HTMLInputElement): string {
  return read(el) ?? el.value.trim();
}

/** Shows an ISO day or time in its box (`YYYY-MM-DD` → `dd/mm/yyyy`). */
export function setTyped(el: HTMLInputElement, value: string | null | undefined): void {
  el.value = kindOf(el) === 'day' ? vnDay(value) : (value ?? '');
}

/** The label text of a control (without the required mark). */
function labelOf(el: HTMLInputElement): string {
  const label = el.id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
  const own = label?.firstChild?.textContent ?? el.getAttribute('aria-label') ?? '';
  return own.trim();
}

/** An error for each day or time box of `root` whose text is not a day or time (Vietnamese, naming the field). */
export function typedErrors(root: ParentNode): FieldError[] {
  const out: FieldError[] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('input[data-kind]'))) {
    if (el.disabled || el.closest('[hidden]')) continue;
    const kind = kindOf(el);
    if (!kind || read(el) !== null) continue;
    const name = labelOf(el);
    const value = el.value.trim();
    out.push({
      field: el.getAttribute('data-field') ?? el.id,
      message: kind === 'day' ? t('form.badDay', { name, value }) : t('form.badTime', { name, value }),
    });
  }
  return out;
}
