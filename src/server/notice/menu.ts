/** Menu "Tạo thông báo": the dialog, with what it needs inlined (one read of `Cài đặt`). */
import { t } from '../../domain/i18n';
import { PLACEHOLDERS } from '../../domain/notice/placeholders';
import { administration } from '../../domain/notice/administration';
import { text } from '../../domain/notice/sections';
import { PERIOD_PRESETS } from '../../domain/periods';
import type { NoticeBoot } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { openPage } from '../pages';
import { readSettings } from '../settingsRepo';
import { nextNumberOf } from './number';

export function menuNotice(): void {
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const settings = readSettings(clock, ss).settings;
  const founded = text(settings, 'ngay_thanh_lap');
  // What the notice writes when the dialog leaves these as they are: the settings, else the administration preset.
  const admin = administration(settings);
  const boot: NoticeBoot = {
    today: clock.today(),
    foundedOn: founded || null,
    presets: PERIOD_PRESETS,
    preset: founded ? 'founding' : 'year',
    nextNumber: nextNumberOf(settings),
    symbol: admin.symbol || 'TB',
    signer: text(settings, 'nguoi_ky'),
    authority: admin.authority,
    recipients: admin.recipients,
    template: text(settings, 'mau_thong_bao'),
    placeholders: PLACEHOLDERS,
  };
  openPage('Notice', { kind: 'dialog', title: t('menu.notice'), width: 900, height: 680, data: boot });
}
