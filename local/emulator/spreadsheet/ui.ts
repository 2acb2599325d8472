/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts, prompts — all recorded so tests and the
 * playground can see (and replay) what the add-on showed. Toasts (Spreadsheet.toast) land here too.
 */
import { FAKE } from '../counter';
import { SELF, asGas, gasClassName, signatureError, unwrap } from './errors';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  /** true for createAddonMenu() (shown under Extensions › add-on name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedDialog {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface RecordedAlert {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  buttons: ButtonSetName;
  /** The button the scripted user pressed. */
  response: ButtonName;
  /** For prompts: the text the scripted user typed. */
  text?: string;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeout: number | null;
}

/** A scripted answer for the next alert/prompt: a button, or a button plus typed text. */
export type ScriptedResponse = ButtonName | { button: ButtonName; text?: string };

/** The part of HtmlOutput the Ui reads (HtmlService is emulated elsewhere). */
export type HtmlOutputLike = Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  'getContent' | 'getTitle' | 'getWidth' | 'getHeight'
>;

function firstButton(set: ButtonSetName): ButtonName {
  return set === 'YES_NO' || set === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

export class FakeMenu implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): GasMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError(`${typeof caption},${typeof functionName}`, 'Ui.Menu.addItem');
    }
    this.items.push({ type: 'item', caption, functionName });
    return asGas(this);
  }

  addSeparator(): GasMenu {
    this.items.push({ type: 'separator' });
    return asGas(this);
  }

  addSubMenu(menu: GasMenu): GasMenu {
    const sub = unwrap(menu) as unknown as FakeMenu;
    this.items.push({ type: 'submenu', caption: sub.caption, items: cloneEntries(sub.items) });
    return asGas(this);
  }

  addToUi(): void {
    const rec: RecordedMenu = { caption: this.caption, addon: this.addon, items: cloneEntries(this.items) };
    const i = this.ui.menus.findIndex((m) => m.caption === rec.caption && m.addon === rec.addon);
    if (i >= 0) this.ui.menus[i] = rec;
    else this.ui.menus.push(rec);
  }
}
gasClassName(FakeMenu, 'Menu');

function cloneEntries(items: MenuEntry[]): MenuEntry[] {
  return items.map((e) => (e.type === 'submenu' ? { ...e, items: cloneEntries(e.items) } : { ...e }));
}

export class FakePromptResponse
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  readonly [FAKE] = true;
  readonly [SELF] = this;
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return asGas(this.button);
  }
}
gasClassName(FakePromptResponse, 'PromptResponse');

export class FakeUi
  implements
    Pick<
      GasUi,
      'alert' | 'prompt' | 'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
    >
{
  readonly [FAKE] = true;
  readonly [SELF] = this;
  readonly Button = asGas<typeof GoogleAppsScript.Base.Button>(Button);
  readonly ButtonSet = asGas<typeof GoogleAppsScript.Base.ButtonSet>(ButtonSet);

  /** Menus added with addToUi, in order; a later addToUi of the same caption replaces the earlier one. */
  menus: RecordedMenu[] = [];
  sidebars: RecordedDialog[] = [];
  /** Modal and modeless dialogs. */
  dialogs: RecordedDialog[] = [];
  alerts: RecordedAlert[] = [];
  toasts: RecordedToast[] = [];
  /** Answers for the next alerts/prompts, consumed first-in first-out. Default: the first button of the set. */
  nextResponses: ScriptedResponse[] = [];
  /** false emulates a context without a UI (triggers, web apps): getUi() then throws as in Apps Script. */
  available = true;

  constructor(public addonMenuCaption = 'ANTT tự quản') {}

  createMenu(caption: string): GasMenu {
    return asGas(new FakeMenu(this, String(caption), false));
  }

  createAddonMenu(): GasMenu {
    return asGas(new FakeMenu(this, this.addonMenuCaption, true));
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this.sidebars.push(this.record('sidebar', userInterface, null));
  }

  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this.dialogs.push(this.record('modal', userInterface, title));
  }

  showModelessDialog(userInterface: HtmlOutputLike, title: string): void {
    this.dialogs.push(this.record('modeless', userInterface, title));
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const { title, message, buttons } = dialogArgs(a, b, c);
    const { button } = this.take(buttons);
    this.alerts.push({ kind: 'alert', title, message, buttons, response: button });
    return asGas(button);
  }

  prompt(prompt: string): GoogleAppsScript.Base.PromptResponse;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const { title, message, buttons } = dialogArgs(a, b, c);
    const { button, text } = this.take(buttons);
    this.alerts.push({ kind: 'prompt', title, message, buttons, response: button, text });
    return asGas(new FakePromptResponse(text, button));
  }

  /** Records a toast (called by Spreadsheet.toast). */
  toast(message: string, title: string, timeout: number | null): void {
    this.toasts.push({ message, title, timeout });
  }

  /** Forgets everything recorded (menus, dialogs, alerts, toasts) and the scripted responses. */
  reset(): void {
    this.menus = [];
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.toasts = [];
    this.nextResponses = [];
  }

  private take(buttons: ButtonSetName): { button: ButtonName; text: string } {
    const next = this.nextResponses.shift();
    if (next === undefined) return { button: firstButton(buttons), text: '' };
    if (typeof next === 'string') return { button: next, text: '' };
    return { button: next.button, text: next.text ?? '' };
  }

  private record(kind: RecordedDialog['kind'], out: HtmlOutputLike, title: string | null): RecordedDialog {
    const o = unwrap(out);
    if (!o || typeof o.getContent !== 'function') {
      throw signatureError(typeof out, `Ui.show${kind}`);
    }
    const num = (f: (() => number) | undefined) => {
      if (typeof f !== 'function') return null;
      const v = f.call(o);
      return typeof v === 'number' ? v : null;
    };
    return {
      kind,
      title: title ?? (typeof o.getTitle === 'function' ? o.getTitle() : ''),
      html: o.getContent(),
      width: num(o.getWidth),
      height: num(o.getHeight),
    };
  }
}
gasClassName(FakeUi, 'Ui');

function dialogArgs(a: string, b: unknown, c: unknown): { title: string; message: string; buttons: ButtonSetName } {
  if (c !== undefined) return { title: String(a), message: String(b), buttons: String(c) as ButtonSetName };
  if (b !== undefined && typeof b === 'string' && b in ButtonSet)
    return { title: '', message: String(a), buttons: b as ButtonSetName };
  return { title: '', message: String(a), buttons: 'OK' };
}
