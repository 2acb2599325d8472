/** The `ANTT tự quản` menu and its handlers (menu handlers take no argument). */
import { t } from '../domain/i18n';
import { gas } from './gas';
import { openPage } from './pages';
import { loadSampleVillage } from './sample';
import { setupWorkbook } from './setup';
import { SHEET, SHEETS } from '../domain/sheets';
import { APP_VERSION } from './version';
import { buildCommuneMenu, isCommune } from './commune/menu';
import { currentRelease } from './releaseNotes';

/**
 * Builds the menu. In `AuthMode.NONE` (an add-on not yet used in this document) nothing
 * of the document may be read, so the full menu is shown with "Thiết lập bảng tính"
 * first. Otherwise one cheap look (`getSheetByName('Cài đặt')`) tells whether set-up
 * has run; before it has, a short menu offers set-up, the sample village and the help.
 * `createMenu` (a top-level menu) because the add-on is deployed as a script bound to
 * the spreadsheet; a published Editor add-on would use `createAddonMenu` (README).
 */
export function onOpen(e?: { authMode?: unknown }): void {
  buildMenu(authModeOf(e) === 'NONE' || isSetUp());
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

/** `ScriptApp.AuthMode.*` as its name ('NONE', 'LIMITED', 'FULL'); no event (a call from a handler) counts as FULL. */
function authModeOf(e?: { authMode?: unknown }): string {
  return e && e.authMode !== undefined && e.authMode !== null ? String(e.authMode) : 'FULL';
}

/**
 * Whether "Thiết lập bảng tính" has run here: the settings sheet exists. When the document cannot be read, assume
 * it has.
 */
function isSetUp(): boolean {
  try {
    return gas.spreadsheet().getSheetByName(SHEET.settings) !== null;
  } catch (_err) {
    return true;
  }
}

function buildMenu(full: boolean): void {
  // Not a village's workbook but a commune's (SPEC §9): the commune's menu.
  if (!full && isCommune()) {
    buildCommuneMenu();
    return;
  }
  const menu = gas.ui().createMenu(t('menu.title')).addItem(t('menu.setup'), 'menuSetup');
  if (!full) {
    menu
      .addItem(t('menu.sample'), 'menuLoadSample')
      .addItem(t('menu.communeSetup'), 'menuCommuneSetup')
      .addSeparator()
      .addItem(t('menu.help'), 'menuHelp')
      .addToUi();
    return;
  }
  menu
    .addSeparator()
    .addItem(t('menu.patrol'), 'menuPatrol')
    .addItem(t('menu.commitments'), 'menuCommitments')
    .addItem(t('menu.activity'), 'menuActivity')
    .addItem(t('menu.registry'), 'menuRegistry')
    .addItem(t('menu.lookup'), 'menuLookup')
    .addSeparator()
    .addItem(t('menu.compliance'), 'menuCompliance')
    .addItem(t('menu.validate'), 'menuValidate')
    .addItem(t('menu.notice'), 'menuNotice')
    .addItem(t('menu.report'), 'menuReport')
    .addItem(t('menu.tt124'), 'menuTt124')
    .addItem(t('menu.phoneLink'), 'menuPhoneLink')
    .addSeparator()
    .addItem(t('menu.sample'), 'menuLoadSample')
    .addItem(t('menu.help'), 'menuHelp')
    .addToUi();
}

/**
 * After a first set-up (the sheets were just inserted, and Sheets makes the last one
 * inserted active), the user lands on `Cài đặt`, the sheet to fill first. A sheet of the
 * user's own (such as the blank `Trang tính1` of a new spreadsheet) is left as it is.
 */
function landOnSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const settings = ss.getSheetByName(SHEET.settings);
  if (settings) ss.setActiveSheet(settings);
}

export function menuSetup(): void {
  const r = setupWorkbook();
  const ss = gas.spreadsheet();
  const done = t('setup.done', { created: r.created.length, repaired: r.repaired.length });
  if (r.created.includes(SHEET.settings)) {
    // First set-up: what to do next matters more than the list of the new sheets.
    landOnSettings(ss);
    ss.toast(`${done}\n${t('setup.next')}`, t('setup.title'), 15);
  } else {
    const msg =
      r.created.length + r.repaired.length === 0
        ? t('setup.nothing')
        : done +
          (r.created.length ? `\n${t('setup.created', { sheets: r.created.join(', ') })}` : '') +
          (r.repaired.length ? `\n${t('setup.repaired', { sheets: r.repaired.join(', ') })}` : '');
    ss.toast(msg, t('setup.title'), 8);
  }
  // Protections left alone, sheets not repaired, emails not given access: shown until the user closes it.
  if (r.notes.length) {
    const ui = gas.ui();
    ui.alert(t('setup.title'), r.notes.join('\n\n'), ui.ButtonSet.OK);
  }
  onOpen();
}

export function menuLoadSample(): void {
  const ui = gas.ui();
  const answer = ui.alert(t('menu.sample'), t('sample.confirm'), ui.ButtonSet.OK_CANCEL);
  if (answer !== ui.Button.OK) return;
  const ss = gas.spreadsheet();
  const wasSetUp = ss.getSheetByName(SHEET.settings) !== null;
  try {
    const r = loadSampleVillage();
    if (!wasSetUp) landOnSettings(ss);
    ss.toast(t('sample.loaded', { rows: r.rows }), t('menu.title'), 8);
    if (r.notes.length) ui.alert(t('menu.sample'), r.notes.join('\n\n'), ui.ButtonSet.OK);
  } catch (err) {
    ui.alert(t('menu.sample'), (err as Error).message, ui.ButtonSet.OK);
  }
  onOpen();
}

export function menuHelp(): void {
  openPage('Help', {
    kind: 'dialog',
    title: t('menu.help'),
    width: 680,
    height: 560,
    data: {
      version: APP_VERSION,
      release: currentRelease(),
      sheets: SHEETS.map((s) => ({ name: s.name, kind: s.kind, columns: s.columns.map((c) => c.header) })),
    },
  });
}
