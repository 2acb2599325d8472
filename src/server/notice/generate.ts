/**
 * `apiGenerateNotice` (SPEC §4, §6): reads once the columns the notice uses (`READS.notice`),
 * computes the figures of the period, composes the notice and writes it as a Google Doc — in the built-in ND30
 * layout, or by copying and filling the custom template of the settings — beside the
 * spreadsheet where permitted. Toasts tell the progress. The document number is taken
 * under the document lock before the Doc is created, and given back if it cannot be made.
 * `apiPreviewNotice` gives the dialog the key figures and the text of section 3 for a
 * period, without creating anything. Both refuse a period that ends before the founding day; under
 * `từ 01/7/2025` the preview warns of `Cài đặt` rows naming a district body and generating is refused
 * (settingsCheck.ts).
 */
import { computeCompliance } from '../../domain/compliance';
import { t } from '../../domain/i18n';
import { composeNotice } from '../../domain/notice/compose';
import { noticeFacts } from '../../domain/notice/facts';
import { type NoticeRequest, validateNoticeInput } from '../../domain/notice/input';
import { layoutNotice } from '../../domain/notice/layout';
import { SECTION_HEADING, sectionLines } from '../../domain/notice/model';
import { placeholderValues } from '../../domain/notice/placeholders';
import { keyFigures } from '../../domain/notice/preview';
import { periodBeforeFounding, districtErrors, districtWarnings } from '../../domain/notice/settingsCheck';
import { text } from '../../domain/notice/sections';
import { validatePeriod } from '../../domain/periods';
import { unreadableRowCount } from '../../domain/workbook';
import type { ApiResult, NoticePreview, NoticeResult } from '../../domain/wire';
import { gas } from '../gas';
import { nextNumberOf, takeNumber } from './number';
import { moveInto, savePdfBeside, spreadsheetFolder } from './place';
import { renderNotice } from './render';
import { noticeFromTemplate } from './template';
import { trustedTemplate } from './trust';
import { READS } from '../../domain/reads';
import { readFor } from '../workbook';

export type { NoticeResult };

const TOAST_SECONDS = 10;

function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  ss.toast(message, t('menu.notice'), TOAST_SECONDS);
}

export function apiGenerateNotice(input?: unknown): ApiResult<NoticeResult> {
  const checked = validateNoticeInput(input);
  if (!checked.ok) return checked;
  const req: NoticeRequest = checked.value;
  const ss = gas.spreadsheet();
  toast(ss, t('notice.toastReading'));
  const { data } = readFor(READS.notice, ss);
  const settings = data.settings;

  // No notice for a period before the model existed, nor with two issuers (a district row under `từ 01/7/2025`).
  const founding = periodBeforeFounding(settings, req.period);
  const refused = [...(founding ? [founding] : []), ...districtErrors(settings, req)];
  if (refused.length) return { ok: false, errors: refused };

  // The template is checked (readable, a Doc, from a trusted place) before anything is created.
  let templateId: string | null = null;
  if (req.useTemplate) {
    const trusted = trustedTemplate(text(settings, 'mau_thong_bao'), ss);
    if (!trusted.ok) return trusted;
    templateId = trusted.data;
  }

  const report = computeCompliance(data, req.period);
  // The number is taken (under the document lock) before anything is created, and given
  // back if the Doc cannot be made.
  const taken = takeNumber(req.number, ss);
  const number = taken.number;
  const nextNumber = taken.next;
  let doc: { id: string; url: string; name: string };
  let placed: boolean;
  let unknown: string[] | undefined;
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  try {
    const facts = noticeFacts(data, req.period);
    const model = composeNotice(settings, report, {
      issuedOn: req.issuedOn,
      number,
      facts,
      signer: req.signer,
      authority: req.authority,
      recipients: req.recipients,
    });
    toast(ss, t('notice.toastWriting'));
    folder = spreadsheetFolder(ss.getId());
    if (templateId) {
      const values = placeholderValues({
        model,
        settings,
        report,
        number,
        issuedOn: req.issuedOn,
        withheld: facts.withheld,
      });
      const made = noticeFromTemplate(templateId, model.docName, values, folder);
      doc = made;
      placed = made.placed;
      unknown = made.unknown;
    } else {
      doc = renderNotice(layoutNotice(model));
      placed = moveInto(doc.id, folder);
    }
  } catch (e) {
    try {
      taken.release();
    } catch (_) {
      // The number stays taken (the lock was busy): a gap in the numbering, never a duplicate.
    }
    throw e;
  }
  // The PDF beside the Doc (issue 16): where the Doc went, else the Drive root.
  const saved = savePdfBeside(doc.id, placed ? folder : null);
  const pdfError = 'error' in saved ? t('report.pdfFailed', { reason: saved.error }) : undefined;
  const done = [t('notice.toastDone', { title: doc.name })];
  if (pdfError) done.push(pdfError);
  if (unknown?.length)
    done.push(t('notice.toastUnknown', { n: unknown.length, keys: unknown.map((k) => `{{${k}}}`).join(', ') }));
  if (!placed) done.push(t('notice.notPlaced'));
  toast(ss, done.join(' '));
  const result: NoticeResult = {
    docId: doc.id,
    url: doc.url,
    title: doc.name,
    number,
    nextNumber,
    usedTemplate: !!templateId,
    placedBesideSpreadsheet: placed,
    unreadableRows: unreadableRowCount(report.issues),
    pdfId: 'id' in saved ? saved.id : null,
    pdfUrl: 'id' in saved ? saved.url : null,
  };
  if (pdfError) result.pdfError = pdfError;
  if (unknown) result.unknownPlaceholders = unknown;
  return { ok: true, data: result };
}

export function apiPreviewNotice(input?: unknown): ApiResult<NoticePreview> {
  const checked = validatePeriod(input);
  if (!checked.ok) return checked;
  const { data } = readFor(READS.notice);
  const founding = periodBeforeFounding(data.settings, checked.period);
  if (founding) return { ok: false, errors: [founding] };
  const report = computeCompliance(data, checked.period);
  const model = composeNotice(data.settings, report, {
    issuedOn: checked.period.to,
    number: nextNumberOf(data.settings),
    facts: noticeFacts(data, checked.period),
  });
  const results = model.sections.find((s) => s.heading.endsWith(SECTION_HEADING.results));
  return {
    ok: true,
    data: {
      figures: keyFigures(report, data.settings),
      results: results ? sectionLines(results) : [],
      unreadableRows: unreadableRowCount(report.issues),
      warnings: districtWarnings(data.settings),
    },
  };
}
