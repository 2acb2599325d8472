/**
 * "Tạo báo cáo xã" (SPEC §9.5): the commune's report of the last update's period as a Google Doc, composed by
 * `src/domain/commune/report.ts` into the notice's document model and written by the notice's layout and renderer.
 */
import { composeCommuneReport } from '../../domain/commune/report';
import { t } from '../../domain/i18n';
import { layoutNotice } from '../../domain/notice/layout';
import type { ApiResult } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { renderNotice } from '../notice/render';
import { notCommuneMessage, readCommuneInfo, villagesSheetName } from './sheets';
import { dataRows, storedOf, villagesOf } from './update';

export interface CommuneReportResult {
  docId: string;
  url: string;
  name: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function apiCommuneReport(input?: unknown): ApiResult<CommuneReportResult> {
  const o = (input && typeof input === 'object' ? input : {}) as { issuedOn?: unknown };
  const ss = gas.spreadsheet();
  const issuedOn = typeof o.issuedOn === 'string' && ISO_DAY.test(o.issuedOn) ? o.issuedOn : sheetClock(ss).today();
  const villages = ss.getSheetByName(villagesSheetName());
  if (!villages) return { ok: false, errors: [{ field: '', message: notCommuneMessage() }] };
  const rows = dataRows(villages);
  // The period of the last update: that of the figures read by it (`Đã cập nhật`).
  const ok = t('commune.status.ok');
  const latest = rows
    .filter((r) => r[2] === ok)
    .map(storedOf)
    .find((s) => s !== null);
  if (!latest)
    return { ok: false, errors: [{ field: '', message: t('commune.noFigures', { update: t('menu.communeUpdate') }) }] };
  const model = composeCommuneReport({
    info: readCommuneInfo(ss),
    period: latest.period,
    issuedOn,
    villages: villagesOf(rows, latest.period),
  });
  const doc = renderNotice(layoutNotice(model));
  return { ok: true, data: { docId: doc.id, url: doc.url, name: doc.name } };
}
