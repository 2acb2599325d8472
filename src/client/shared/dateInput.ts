/**
 * Days and times typed as people write them in Vietnam, whatever the browser's locale:
 * text boxes showing `dd/mm/yyyy` and 24-hour `HH:mm` (an `<input type=date>` follows the
 * browser, `12/07/2026` for 7 December under en-US, and `type=time` shows `08:00 PM`).
 * What is typed is read with the domain's parsers (`parseVietnameseDay`, `parseTime`), so
 * the values sent stay ISO `YYYY-MM-DD` and `HH:mm`; a box that cannot be read is named by
 * `typedErrors` before anything is sent.
 */
import { isIsoDay, parseTime, parseVietnameseDay, tidyTyped } from '../../domain/clock';
import { hiddenNote } from '../../domain/fieldChecks';
import { t } from '../../domain/i18n';
import { cleanLine } from '../../domain/text';
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
  const s = el.value;
  if (cleanLine(s).text === '') return '';
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

/** Today as `dd/mm/yyyy` on the browser's clock (only when the page has no today from the server). */
function browserToday(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/**
 * What is wrong with the text of the day box `name` (null when it holds a day, or is blank and not required):
 * read as `parseVietnameseDay` reads it (invisible characters and spaces round the separators do not count); a
 * text in the `dd/mm/yyyy` form that is no calendar day says which part is impossible (29/02/2023: February 2023
 * has 28 days); else the format, with `today` (ISO, the server's) as the example. Invisible characters removed
 * are counted at the end, as for text fields.
 */
export function dayProblem(name: string, typed: string, o: { required?: boolean; today?: string } = {}): string | null {
  const { text, hidden } = cleanLine(typed);
  if (text === '') return o.required ? t('input.empty', { name }) : null;
  if (parseVietnameseDay(typed) !== null) return null;
  const value = tidyTyped(typed);
  const note = hiddenNote(hidden);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) {
    const [month, year] = [Number(m[2]), m[3]];
    if (month < 1 || month > 12) return t('form.noSuchMonth', { name, value, month: String(month) }) + note;
    const mm = String(month).padStart(2, '0');
    const days = [31, 30, 29, 28].find((d) => isIsoDay(`${year}-${mm}-${d}`)) ?? 28;
    return t('form.noSuchDay', { name, value, month: String(month), year, days: String(days) }) + note;
  }
  const example = o.today && isIsoDay(o.today) ? vnDay(o.today) : browserToday();
  return t('form.badDay', { name, value, example }) + note;
}

/** The server's today from the page's boot data (`apiBootstrap`), when the page has it. */
function bootToday(): string | undefined {
  const data = typeof window === 'undefined' ? undefined : (window.__BOOT__ as { today?: unknown } | undefined);
  return typeof data?.today === 'string' ? data.today : undefined;
}

/**
 * An error for each day or time box of `root` whose text is not a day or time, and each required day box left
 * blank (Vietnamese, naming the field).
 */
export function typedErrors(root: ParentNode): FieldError[] {
  const out: FieldError[] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('input[data-kind]'))) {
    if (el.disabled || el.closest('[hidden]')) continue;
    const kind = kindOf(el);
    if (!kind) continue;
    const field = el.getAttribute('data-field') ?? el.id;
    const name = labelOf(el);
    if (kind === 'day') {
      const required = el.required || el.getAttribute('aria-required') === 'true';
      const message = dayProblem(name, el.value, { required, today: bootToday() });
      if (message) out.push({ field, message });
      continue;
    }
    if (read(el) !== null) continue;
    const { text, hidden } = cleanLine(el.value);
    out.push({ field, message: t('form.badTime', { name, value: text }) + hiddenNote(hidden) });
  }
  return out;
}
