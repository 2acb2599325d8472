/**
 * Saving a form: the same schema checks the input before it is sent; the button is disabled
 * (with a spinner) synchronously, so a double click or Enter pressed twice saves once; each
 * submission attempt carries one request id (`crypto.randomUUID()`, with a fallback), and
 * a retry of the same input after a lost connection reuses it, so the server writes once.
 * Field errors from the server are shown like local ones; the form stays filled on failure.
 * Day and time boxes that cannot be read are named before the schema runs. A reply asking to
 * confirm a likely duplicate (`needsConfirm`) shows its warnings with "Vẫn lưu", which sends
 * the same input again with the same request id and `confirm: true`.
 */
import type { ApiArg, ApiData, ApiName } from '../../domain/api';
import type { ApiResult } from '../../domain/wire';
import { call } from './run';
import type { FieldError, FormErrors } from './field';
import { t } from '../../domain/i18n';
import { hideToast, toast } from './toast';
import { typedErrors } from './dateInput';
import { h } from './dom';

/** Server functions that save a form (`src/domain/api.ts`): their argument carries the request id. */
export type SaveName = { [K in ApiName]: ApiArg<K> extends { requestId: string } ? K : never }[ApiName];
/** What a valid form sends to `K`, without the request id `onSave` adds (kind by kind for a union). */
export type SaveInput<K extends SaveName> =
  ApiArg<K> extends infer T ? (T extends unknown ? Omit<T, 'requestId'> : never) : never;
/**
 * What a form collects before it is checked: the shape of the input, where any value may
 * still be blank (`null`, an empty number box) — the schema names it before anything is sent.
 */
export type Draft<T> = T extends readonly (infer E)[]
  ? Draft<E>[]
  : T extends object
    ? { [P in keyof T]: Draft<T[P]> }
    : T | null;

/** A random v4 UUID: `crypto.randomUUID` when the page has it, else `getRandomValues`, else Math.random. */
export function newRequestId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = Array.from(b, (v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export interface SaveOptions<K extends SaveName> {
  form: HTMLFormElement;
  button: HTMLButtonElement;
  errors: FormErrors;
  /** Server function (`apiSavePatrol`). */
  fn: K;
  /** The input from the form, without the request id. */
  collect: () => Draft<SaveInput<K>>;
  /** The shared schema's errors for the input with its request id (empty when valid). */
  validate: (input: Draft<SaveInput<K>> & { requestId: string }) => FieldError[];
  /**
   * After a successful save: show the result, reset the form. `input` is what was sent (it
   * passed `validate`), `requestId` the id it was sent with.
   */
  done: (data: ApiData<K>, input: SaveInput<K>, requestId: string) => void;
}

/** `call` for a save: `K` is generic here, where TypeScript cannot resolve the map's entry for it. */
const callSave = call as <K extends SaveName>(
  fn: K,
  arg: SaveInput<K> & { requestId: string; confirm?: boolean },
) => Promise<ApiResult<ApiData<K>>>;

/** Local errors: the day and time boxes that cannot be read first, then the schema's (one message per field). */
function localErrors(typed: FieldError[], schema: FieldError[]): FieldError[] {
  const named = new Set(typed.map((e) => e.field));
  return [...typed, ...schema.filter((e) => !named.has(e.field))];
}

/** Wires the form's submit to the server call. Returns `save()` for callers that submit by code. */
export function onSave<K extends SaveName>(o: SaveOptions<K>): () => void {
  let busy = false;
  /** The last attempt that failed without an answer: same input → same request id. */
  let unanswered: { json: string; requestId: string } | null = null;
  const label = o.button.textContent ?? t('form.save');
  const warning = new DuplicateWarning(o.form, o.button);

  const setBusy = (on: boolean) => {
    busy = on;
    o.button.disabled = on;
    o.button.classList.toggle('busy', on);
    o.button.setAttribute('aria-busy', String(on));
    o.button.textContent = on ? t('form.saving') : label;
    o.form.setAttribute('aria-busy', String(on));
    warning.setBusy(on);
  };

  const send = (valid: SaveInput<K>, json: string, requestId: string, confirm: boolean) => {
    setBusy(true); // before anything async: a second click finds the button disabled
    o.errors.clear();
    hideToast();
    callSave(o.fn, { ...valid, requestId, ...(confirm ? { confirm: true as const } : {}) })
      .then((reply) => {
        unanswered = null;
        setBusy(false);
        warning.hide();
        if (reply?.ok) o.done(reply.data, valid, requestId);
        else if (reply?.needsConfirm && reply.warnings?.length)
          // A likely duplicate: nothing was written; "Vẫn lưu" sends the same input with `confirm`.
          warning.show(reply.warnings, () => send(valid, json, requestId, true));
        else o.errors.show(reply?.errors ?? []);
      })
      .catch((err: unknown) => {
        unanswered = { json, requestId };
        setBusy(false);
        const message = t('form.failed', { message: (err as Error)?.message ?? String(err) });
        o.errors.showMessage(message);
        toast(message, 'bad', o.button);
      });
  };

  const save = () => {
    if (busy) return;
    const input = o.collect();
    const json = JSON.stringify(input);
    const requestId = unanswered?.json === json ? unanswered.requestId : newRequestId();
    const local = localErrors(typedErrors(o.form), o.validate({ ...input, requestId }));
    if (local.length) {
      warning.hide();
      o.errors.show(local);
      return;
    }
    // The input passed the schema of `validate`: it is the argument the map asks for.
    send(input as SaveInput<K>, json, requestId, false);
  };

  o.form.addEventListener('submit', (e) => {
    e.preventDefault();
    save();
  });
  // Ctrl+Enter saves from anywhere in the form, including a multi-line box.
  o.form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  });
  // The warning is about what was sent: once the form is changed it no longer applies.
  o.form.addEventListener('input', (e) => {
    if (!warning.contains(e.target as Node)) warning.hide();
  });
  return save;
}

/** The warnings of a likely duplicate, above the form's buttons, with "Vẫn lưu". */
class DuplicateWarning {
  private readonly box: HTMLElement;
  private readonly list: HTMLElement;
  private readonly confirm: HTMLButtonElement;
  private onConfirm: (() => void) | null = null;

  constructor(form: HTMLFormElement, button: HTMLButtonElement) {
    this.list = h('ul', {});
    this.confirm = h('button', { type: 'button', class: 'confirm-save', 'data-role': 'confirm' }, t('form.saveAnyway'));
    this.box = h(
      'div',
      { class: 'duplicate-warning warning', role: 'alert', 'data-role': 'duplicate' },
      h('p', {}, t('form.duplicateTitle')),
      this.list,
      h('p', { class: 'hint' }, t('form.duplicateHint')),
      this.confirm,
    );
    this.box.hidden = true;
    const actions = button.closest('.actions');
    if (actions && actions.parentElement === form) actions.before(this.box);
    else form.append(this.box);
    this.confirm.addEventListener('click', () => {
      const go = this.onConfirm;
      if (go) go();
    });
  }

  show(warnings: FieldError[], onConfirm: () => void): void {
    this.onConfirm = onConfirm;
    this.list.replaceChildren(...warnings.map((w) => h('li', {}, w.message)));
    this.box.hidden = false;
    this.confirm.focus();
    this.box.scrollIntoView?.({ block: 'nearest' });
  }

  hide(): void {
    this.onConfirm = null;
    this.box.hidden = true;
  }

  setBusy(on: boolean): void {
    this.confirm.disabled = on;
  }

  contains(node: Node): boolean {
    return this.box.contains(node);
  }
}
