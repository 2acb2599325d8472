/**
 * The flow of a dialog that previews what it will make and then makes a Doc (the report, the notice, the TT 124
 * self-assessment): the field errors under their fields, a preview that follows the form (only the newest answer is
 * shown), and "Tạo …" (the button disabled while the server works, a busy line, the result or the Vietnamese error).
 * The page keeps `#status`, `#generate`, `#result` and an `#err-<field>` line per field.
 */
import type { FieldError } from '../../domain/inputs';
import { t } from '../../domain/i18n';
import type { ApiResult } from '../../domain/wire';
import { $, h } from './dom';
import { status } from './period';

/**
 * Each field's messages in its `#err-<field>` line, and its `aria-invalid`; with any error, the status line asks to
 * fix them and the first named field gets the focus.
 */
export function showFieldErrors(fields: readonly string[], errors: FieldError[]): void {
  for (const f of fields) {
    const msg = errors
      .filter((e) => e.field === f)
      .map((e) => e.message)
      .join(' ');
    $(`#err-${f}`).textContent = msg;
    document.getElementById(f)?.setAttribute('aria-invalid', msg ? 'true' : 'false');
  }
  if (errors.length) {
    status(t('ui.fixErrors'));
    document.getElementById(errors[0].field)?.focus();
  }
}

/** "N rows could not be read" for a preview (an alert) or a made Doc; nothing when every row was read. */
export function unreadableLine(rows: number, alert = true): HTMLElement | null {
  return rows > 0
    ? h('p', { class: 'warning', role: alert ? 'alert' : undefined }, t('ui.unreadable', { rows }))
    : null;
}

/** A field of the dialog: its label, the control, a hint, and its error line; `#field-<id>` hides it as a whole. */
export function dialogField(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'field', id: `field-${id}` },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint muted' }, hint) : null,
    h('p', { class: 'error', id: `err-${id}` }),
  );
}

/** The "Tạo …" button (`#generate`) and, under it, where the made Doc is shown (`#result`). */
export function generateActions(label: string): HTMLElement[] {
  return [
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'generate', class: 'primary' }, label)),
    h('div', { id: 'result', 'aria-live': 'polite' }),
  ];
}

const failure = (err: unknown) => t('ui.failed', { message: (err as Error).message });

export interface PreviewOptions<R, T> {
  fields: readonly string[];
  /** The preview's box (`#preview`). */
  box: string;
  /** What the form asks for, read once per preview. */
  request: () => R;
  load: (req: R) => Promise<ApiResult<T>>;
  /** The box's new content for an answer (it may set the status line first). */
  show: (data: T, req: R) => (Node | null)[];
  /** While the server works; by default the box says "Đang tải…". */
  loading?: () => void;
  /** A call that failed; by default the box shows the message. */
  failed?: (message: string) => void;
}

/**
 * A preview that follows the form: each call of the returned function asks the server again, and only the newest
 * answer (or failure) is shown. Field errors empty the box.
 */
export function previewer<R, T>(o: PreviewOptions<R, T>): () => Promise<void> {
  let seq = 0;
  return async () => {
    const mine = ++seq;
    const box = $(o.box);
    if (o.loading) o.loading();
    else box.replaceChildren(h('p', { class: 'muted' }, t('ui.loading')));
    try {
      const req = o.request();
      const r = await o.load(req);
      if (mine !== seq) return;
      showFieldErrors(o.fields, r.ok ? [] : r.errors);
      box.replaceChildren(...(r.ok ? o.show(r.data, req).filter((n): n is Node => n !== null) : []));
    } catch (err) {
      if (mine !== seq) return;
      if (o.failed) o.failed(failure(err));
      else box.replaceChildren(h('p', { class: 'error' }, failure(err)));
    }
  };
}

export interface GenerateOptions<T> {
  fields: readonly string[];
  /** The status line while the server makes the Doc ("Đang tạo …"). */
  busy: string;
  /** The server call, made once the button is disabled and the last result cleared. */
  send: () => Promise<ApiResult<T>>;
  /** Shows what was made. */
  done: (data: T) => void;
  /** Runs last, once the button is enabled again. */
  after?: () => void;
}

/** "Tạo …": `#generate` disabled while the server works, then the result, the field errors or the failure. */
export async function generateDoc<T>(o: GenerateOptions<T>): Promise<void> {
  const button = $('#generate') as HTMLButtonElement;
  button.disabled = true;
  status(o.busy);
  $('#result').replaceChildren();
  try {
    const r = await o.send();
    showFieldErrors(o.fields, r.ok ? [] : r.errors);
    if (r.ok) o.done(r.data);
  } catch (err) {
    status(failure(err));
  } finally {
    button.disabled = false;
    o.after?.();
  }
}
