/** The `ANTT tự quản` menu and its handlers (menu handlers take no argument). */
import { t } from '../domain/i18n';
import { gas } from './gas';
import { openPage } from './pages';
import { loadSampleVillage } from './sample';
import { setupWorkbook } from './setup';
import { SHEETS } from '../domain/sheets';
import { APP_VERSION } from './version';

/** Builds the menu. Works in every auth mode: it reads nothing from the document. */
export function onOpen(_e?: unknown): void {
  gas
    .ui()
    .createMenu(t('menu.title'))
    .addItem(t('menu.setup'), 'menuSetup')
    .addSeparator()
    .addItem(t('menu.patrol'), 'menuPatrol')
    .addItem(t('menu.commitments'), 'menuCommitments')
    .addItem(t('menu.activity'), 'menuActivity')
    .addItem(t('menu.registry'), 'menuRegistry')
    .addSeparator()
    .addItem(t('menu.compliance'), 'menuCompliance')
    .addItem(t('menu.validate'), 'menuValidate')
    .addItem(t('menu.notice'), 'menuNotice')
    .addItem(t('menu.sample'), 'menuLoadSample')
    .addItem(t('menu.help'), 'menuHelp')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function menuSetup(): void {
  const r = setupWorkbook();
  const ss = gas.spreadsheet();
  const msg =
    r.created.length + r.repaired.length === 0
      ? t('setup.nothing')
      : t('setup.done', { created: r.created.length, repaired: r.repaired.length }) +
        (r.created.length ? `\nTạo mới: ${r.created.join(', ')}.` : '') +
        (r.repaired.length ? `\nĐã sửa: ${r.repaired.join(', ')}.` : '');
  ss.toast(msg, t('setup.title'), 8);
}

export function menuLoadSample(): void {
  const ui = gas.ui();
  const answer = ui.alert(t('menu.sample'), 'Nạp dữ liệu mẫu của thôn Pác Khuông vào bảng tính trống này?', ui.ButtonSet.OK_CANCEL);
  if (answer !== ui.Button.OK) return;
  try {
    const r = loadSampleVillage();
    gas.spreadsheet().toast(t('sample.loaded', { rows: r.rows }), t('menu.title'), 8);
  } catch (err) {
    ui.alert(t('menu.sample'), (err as Error).message, ui.ButtonSet.OK);
  }
}

export function menuHelp(): void {
  openPage('Help', {
    kind: 'dialog',
    title: t('menu.help'),
    width: 680,
    height: 560,
    data: {
      version: APP_VERSION,
      sheets: SHEETS.map((s) => ({ name: s.name, kind: s.kind, columns: s.columns.map((c) => c.header) })),
    },
  });
}
