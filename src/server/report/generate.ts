/**
 * `apiGenerateReport` (SPEC §4.1, §6): reads once the columns its figures use (`READS.report`), computes the
 * figures of the period and of the same period one year earlier, composes the BÁO CÁO and writes it with the
 * notice's renderer as a Google Doc beside the spreadsheet, then saves a PDF of it beside the Doc
 * (`getAs('application/pdf')`). `apiPreviewReport` gives the dialog the report's paragraphs without creating
 * anything. `menuReport` opens the dialog.
 */
import { t } from '../../domain/i18n';
import { layoutNotice } from '../../domain/notice/layout';
import { noticeTexts } from '../../domain/notice/model';
import { composeReport, reportFigures } from '../../domain/notice/report';
import {
  type ReportBoot,
  type ReportPreview,
  type ReportResult,
  validateReportInput,
} from '../../domain/notice/reportInput';
import { text } from '../../domain/notice/sections';
import { unreadableRowCount } from '../../domain/workbook';
import type { ApiResult } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { placeWithPdf } from '../notice/place';
import { renderNotice } from '../notice/render';
import { openPage } from '../pages';
import { readSettings } from '../settingsRepo';
import { READS } from '../../domain/reads';
import { readFor } from '../workbook';

const TOAST_SECONDS = 10;

export function apiGenerateReport(input?: unknown): ApiResult<ReportResult> {
  const checked = validateReportInput(input);
  if (!checked.ok) return checked;
  const req = checked.value;
  const ss = gas.spreadsheet();
  ss.toast(t('report.toastWriting'), t('menu.report'), TOAST_SECONDS);
  const { data } = readFor(READS.report, ss);
  const figures = reportFigures(data, req);
  const model = composeReport(data.settings, req, figures);
  const doc = renderNotice(layoutNotice(model));
  const { placed, pdf, pdfError } = placeWithPdf(doc.id, ss.getId());
  const done = [pdf ? t('report.toastDone', { title: doc.name }) : t('notice.toastDone', { title: doc.name })];
  if (pdfError) done.push(pdfError);
  if (!placed) done.push(t('notice.notPlaced'));
  ss.toast(done.join(' '), t('menu.report'), TOAST_SECONDS);
  const result: ReportResult = {
    docId: doc.id,
    url: doc.url,
    title: doc.name,
    pdfId: pdf?.id ?? null,
    pdfUrl: pdf?.url ?? null,
    placedBesideSpreadsheet: placed,
    unreadableRows: unreadableRowCount(figures.current.issues),
  };
  if (pdfError) result.pdfError = pdfError;
  return { ok: true, data: result };
}

export function apiPreviewReport(input?: unknown): ApiResult<ReportPreview> {
  const checked = validateReportInput(input, false);
  if (!checked.ok) return checked;
  const { data } = readFor(READS.report);
  const figures = reportFigures(data, checked.value);
  const req = { ...checked.value, issuedOn: checked.value.issuedOn || figures.current.period.to };
  const model = composeReport(data.settings, req, figures);
  return {
    ok: true,
    data: {
      title: model.docName,
      lines: noticeTexts(model),
      unreadableRows: unreadableRowCount(figures.current.issues),
    },
  };
}

export function menuReport(): void {
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const settings = readSettings(clock, ss).settings;
  const boot: ReportBoot = { today: clock.today(), signer: text(settings, 'nguoi_ky_bao_cao') };
  openPage('Report', { kind: 'dialog', title: t('menu.report'), width: 900, height: 680, data: boot });
}
