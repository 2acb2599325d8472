/**
 * The TT 124/2021/TT-BCA self-assessment (issue 17, SPEC §6, §10): `apiAssessTt124` reads the columns it uses once
 * (`READS.tt124`, issue 15) and judges the five criteria (nothing written); `apiGenerateTt124` writes the same
 * assessment as the Doc "Bản tự đánh giá" in the Nghị định 30 layout with the notice's renderer, beside the
 * spreadsheet, and its PDF beside the Doc; `menuTt124` opens the sidebar.
 */
import { t } from '../../domain/i18n';
import { layoutNotice } from '../../domain/notice/layout';
import { text } from '../../domain/notice/sections';
import { assessTt124, type Tt124Assessment } from '../../domain/tt124/assess';
import { composeTt124 } from '../../domain/tt124/document';
import { type Tt124Boot, type Tt124DocResult, validateTt124Input } from '../../domain/tt124/input';
import { READS } from '../../domain/reads';
import { unreadableRowCount } from '../../domain/workbook';
import type { ApiResult } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { placeWithPdf } from '../notice/place';
import { renderNotice } from '../notice/render';
import { openPage } from '../pages';
import { readSettings } from '../settingsRepo';
import { readFor } from '../workbook';

const TOAST_SECONDS = 10;

export function apiAssessTt124(input?: unknown): ApiResult<Tt124Assessment> {
  const checked = validateTt124Input(input);
  if (!checked.ok) return checked;
  const { data } = readFor(READS.tt124);
  return { ok: true, data: assessTt124(data, checked.value, unreadableRowCount(data.issues)) };
}

export function apiGenerateTt124(input?: unknown): ApiResult<Tt124DocResult> {
  const checked = validateTt124Input(input, true);
  if (!checked.ok) return checked;
  const req = checked.value;
  const ss = gas.spreadsheet();
  ss.toast(t('tt124.toastWriting'), t('menu.tt124'), TOAST_SECONDS);
  const { data } = readFor(READS.tt124, ss);
  const assessment = assessTt124(data, req, unreadableRowCount(data.issues));
  const model = composeTt124(data.settings, assessment, { issuedOn: req.issuedOn, signer: req.signer });
  const doc = renderNotice(layoutNotice(model));
  const { placed, pdf, pdfError } = placeWithPdf(doc.id, ss.getId());
  const done = [t('tt124.toastDone', { title: doc.name })];
  if (pdfError) done.push(pdfError);
  if (!placed) done.push(t('notice.notPlaced'));
  ss.toast(done.join(' '), t('menu.tt124'), TOAST_SECONDS);
  const result: Tt124DocResult = {
    docId: doc.id,
    url: doc.url,
    title: doc.name,
    pdfId: pdf?.id ?? null,
    pdfUrl: pdf?.url ?? null,
    placedBesideSpreadsheet: placed,
    overall: assessment.overall,
    unreadableRows: assessment.unreadableRows,
  };
  if (pdfError) result.pdfError = pdfError;
  return { ok: true, data: result };
}

export function menuTt124(): void {
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const settings = readSettings(clock, ss).settings;
  const boot: Tt124Boot = { today: clock.today(), signer: text(settings, 'nguoi_ky_bao_cao') };
  openPage('Tt124', { kind: 'sidebar', title: t('menu.tt124'), data: boot });
}
