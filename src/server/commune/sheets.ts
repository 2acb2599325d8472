/**
 * The commune's own sheets (SPEC §9.2): `Các thôn` (typed addresses; the update's status, time, note, period and
 * aggregate record per village) and `Tổng hợp xã`. "Thiết lập bảng tính xã" creates what is missing and never
 * touches rows typed.
 */
import { COMMUNE_INFO_KEYS, type CommuneInfo } from '../../domain/commune/report';
import { t } from '../../domain/i18n';
import { gas } from '../gas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const VILLAGE_COLUMNS = 7;
/** 1-based columns of `Các thôn`. */
export const COL = { address: 1, name: 2, status: 3, readAt: 4, note: 5, period: 6, figures: 7 } as const;

export const villagesSheetName = (): string => t('commune.sheetVillages');
export const summarySheetName = (): string => t('commune.sheetSummary');
export const infoSheetName = (): string => t('commune.sheetInfo');

/** `Thông tin xã` read (one read): each label of column A matched to its key; a missing sheet gives blanks. */
export function readCommuneInfo(ss: Spreadsheet): CommuneInfo {
  const info: CommuneInfo = {
    xa: '',
    tinh: '',
    coQuanChuQuan: '',
    coQuan: '',
    kyHieu: '',
    diaDanh: '',
    chucVu: '',
    nguoiKy: '',
    noiNhan: [],
  };
  const sheet = ss.getSheetByName(infoSheetName());
  if (!sheet) return info;
  const byLabel = new Map(COMMUNE_INFO_KEYS.map((k) => [t(`commune.info.${k}`).toLowerCase(), k]));
  for (const [label, value] of sheet.getDataRange().getValues()) {
    const key = byLabel.get(
      String(label ?? '')
        .trim()
        .toLowerCase(),
    );
    const text = String(value ?? '').trim();
    if (!key) continue;
    if (key === 'noiNhan')
      info.noiNhan = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    else info[key] = text;
  }
  return info;
}

export interface SetupCommuneResult {
  created: string[];
  message: string;
}

export function setupCommune(ss: Spreadsheet = gas.spreadsheet()): SetupCommuneResult {
  const created: string[] = [];
  let villages = ss.getSheetByName(villagesSheetName());
  if (!villages) {
    villages = ss.insertSheet(villagesSheetName(), 0);
    created.push(villagesSheetName());
    const header = t('commune.villagesHeader').split('|');
    const head = villages.getRange(1, 1, 1, VILLAGE_COLUMNS);
    head.setValues([header]);
    head.setFontWeight('bold');
    head.setBackground('#dbe8f7');
    villages.setFrozenRows(1);
    [360, 180, 130, 140, 360, 200, 120].forEach((w, i) => villages?.setColumnWidth(i + 1, w));
    villages.getRange(2, COL.readAt, villages.getMaxRows() - 1, 1).setNumberFormat('dd/MM/yyyy HH:mm');
    villages.getRange(2, COL.note, villages.getMaxRows() - 1, 3).setNumberFormat('@');
  }
  if (!ss.getSheetByName(infoSheetName())) {
    const info = ss.insertSheet(infoSheetName(), 1);
    created.push(infoSheetName());
    const rows = [t('commune.infoHeader').split('|'), ...COMMUNE_INFO_KEYS.map((k) => [t(`commune.info.${k}`), ''])];
    const block = info.getRange(1, 1, rows.length, 2);
    block.setNumberFormat('@');
    block.setValues(rows);
    info.getRange(1, 1, 1, 2).setFontWeight('bold');
    info.setColumnWidth(1, 220);
    info.setColumnWidth(2, 420);
  }
  if (!ss.getSheetByName(summarySheetName())) {
    ss.insertSheet(summarySheetName(), ss.getSheets().length);
    created.push(summarySheetName());
  }
  return {
    created,
    message: t('commune.setup.done', {
      villages: villagesSheetName(),
      summary: summarySheetName(),
      update: t('menu.communeUpdate'),
    }),
  };
}

/** The message when this spreadsheet is not a commune's (no `Các thôn`): the commune set-up first. */
export function notCommuneMessage(): string {
  return t('commune.notSetUp', { sheet: villagesSheetName(), setup: t('menu.communeSetup') });
}
