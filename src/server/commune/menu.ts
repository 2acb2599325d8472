/** The commune's menu items (SPEC §9): set-up, update (asks the period), continue. */
import { parsePeriodInput } from '../../domain/commune/periodInput';
import { t } from '../../domain/i18n';
import type { ApiResult } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { setupCommune, villagesSheetName } from './sheets';
import { apiCommuneReport } from './report';
import { apiCommuneContinue, apiCommuneUpdate } from './update';

/** Whether this spreadsheet is a commune's (`Các thôn` exists); false when it cannot be read. */
export function isCommune(): boolean {
  try {
    return gas.spreadsheet().getSheetByName(villagesSheetName()) !== null;
  } catch (_err) {
    return false;
  }
}

/** The commune's menu (a commune spreadsheet has `Các thôn` and no `Cài đặt`). */
export function buildCommuneMenu(): void {
  gas
    .ui()
    .createMenu(t('menu.title'))
    .addItem(t('menu.communeUpdate'), 'menuCommuneUpdate')
    .addItem(t('menu.communeContinue'), 'menuCommuneContinue')
    .addItem(t('menu.communeReport'), 'menuCommuneReport')
    .addSeparator()
    .addItem(t('menu.communeSetup'), 'menuCommuneSetup')
    .addSeparator()
    .addItem(t('menu.help'), 'menuHelp')
    .addToUi();
}

export function menuCommuneSetup(): void {
  const r = setupCommune();
  gas.spreadsheet().toast(r.message, t('menu.communeSetup'), 15);
  buildCommuneMenu();
}

export function menuCommuneUpdate(): void {
  const ui = gas.ui();
  const answer = ui.prompt(t('menu.communeUpdate'), t('commune.prompt'), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const parsed = parsePeriodInput(answer.getResponseText(), sheetClock().today());
  if (!parsed.ok) {
    ui.alert(t('menu.communeUpdate'), parsed.message, ui.ButtonSet.OK);
    return;
  }
  report(apiCommuneUpdate(parsed.period));
}

export function menuCommuneReport(): void {
  const r = apiCommuneReport();
  const ui = gas.ui();
  if (r.ok) ui.alert(t('menu.communeReport'), t('commune.reportDone', r.data), ui.ButtonSet.OK);
  else report(r);
}

export function menuCommuneContinue(): void {
  report(apiCommuneContinue());
}

/** The run's toast is already shown; a refusal is said in an alert. */
function report(r: ApiResult<unknown>): void {
  if (r.ok) return;
  const ui = gas.ui();
  ui.alert(t('commune.title'), r.errors.map((e) => e.message).join('\n'), ui.ButtonSet.OK);
}
