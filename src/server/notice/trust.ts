/**
 * The custom template of `Cài đặt › Mẫu thông báo`, inspected before it is used (SPEC §4):
 * the setting must name a Google Doc that is readable, not in the bin, and from a trusted
 * place — owned by the spreadsheet's owner, or in one of the spreadsheet's folders
 * (`domain/notice/templateTrust.ts`). `apiGenerateNotice` refuses anything else before it
 * takes a number or creates a Doc; `apiTemplateInfo` gives the dialog the template's title,
 * owner, first lines and the verdict.
 *
 * Drive calls: the template's file (trashed, type, name, owner, parents), the spreadsheet's
 * file (owner, parents) and the root folder (a user's *My Drive* is nobody's shared folder).
 * When Drive will not show the spreadsheet's file, its owner comes from SpreadsheetApp and
 * only the owner rule can apply; when it will not show the template (the `drive.file` scope
 * reaches only files the add-on created or was given), its owner and folders are unknown and
 * it is refused, with the reason; a setting that names no readable Doc is an error.
 */
import { t } from '../../domain/i18n';
import type { FieldError } from '../../domain/inputs';
import { findPlaceholders, templateIdOf, unknownPlaceholders } from '../../domain/notice/placeholders';
import { firstLines, templateTrust } from '../../domain/notice/templateTrust';
import { text } from '../../domain/notice/sections';
import type { ApiResult, NoticeTemplateInfo } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { readSettings } from '../settingsRepo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type File = GoogleAppsScript.Drive.File;

const DOCS_MIME = 'application/vnd.google-apps.document';

export interface InspectedTemplate {
  id: string;
  info: NoticeTemplateInfo;
}

const refuse = (message: string): { ok: false; errors: FieldError[] } => ({
  ok: false,
  errors: [{ field: 'useTemplate', message }],
});

/** The folders holding a file: id → name. */
function parentsOf(file: File): Map<string, string> {
  const out = new Map<string, string>();
  const it = file.getParents();
  while (it.hasNext()) {
    const folder = it.next();
    out.set(folder.getId(), folder.getName());
  }
  return out;
}

const emailOf = (user: { getEmail(): string } | null | undefined): string => {
  try {
    return user?.getEmail() ?? '';
  } catch {
    return '';
  }
};

/** The spreadsheet's owner and folders (its *My Drive* left out); what Drive does not tell stays empty. */
function spreadsheetPlace(ss: Spreadsheet): { owner: string; folders: Map<string, string> } {
  const drive = gas.drive();
  try {
    const file = drive.getFileById(ss.getId());
    const folders = parentsOf(file);
    try {
      folders.delete(drive.getRootFolder().getId());
    } catch {
      // no root to leave out
    }
    return { owner: emailOf(file.getOwner()) || emailOf(ss.getOwner()), folders };
  } catch {
    return { owner: emailOf(ss.getOwner()), folders: new Map() };
  }
}

/**
 * The template of `setting`, with what the dialog shows and whether it may be used; a Vietnamese
 * field error (`useTemplate`) when the setting is blank or not a Docs address, the file cannot be
 * read, is in the bin or is not a Google Doc.
 */
export function inspectTemplate(setting: string, ss: Spreadsheet = gas.spreadsheet()): ApiResult<InspectedTemplate> {
  if (!setting.trim()) return refuse(t('notice.noTemplate'));
  const id = templateIdOf(setting);
  if (!id) return refuse(t('notice.badTemplate', { url: setting }));
  let file: File | null = null;
  try {
    file = gas.drive().getFileById(id);
  } catch {
    // Drive does not show it: DocumentApp may still open it, but its owner and folders are unknown
  }
  let title = '';
  let owner = '';
  let verdict: { trusted: boolean; reason: string } = { trusted: false, reason: t('notice.templateHidden') };
  if (file) {
    let folders = new Map<string, string>();
    try {
      title = file.getName();
      if (file.isTrashed()) return refuse(t('notice.templateTrashed', { title }));
      if (file.getMimeType() !== DOCS_MIME) return refuse(t('notice.templateNotDoc', { title }));
      owner = emailOf(file.getOwner());
      folders = parentsOf(file);
    } catch {
      // Drive tells nothing more: only what is known is judged
    }
    const place = spreadsheetPlace(ss);
    const shared = [...folders.keys()].find((f) => place.folders.has(f));
    verdict = templateTrust({
      owner,
      spreadsheetOwner: place.owner,
      sharedFolder: shared === undefined ? null : (place.folders.get(shared) ?? ''),
    });
  }
  let paragraphs: string[];
  let found: string[];
  try {
    const doc = gas.documents().openById(id);
    if (!title) title = doc.getName();
    // One getText per section (paragraphs, table cells too, end with a line break): no call per paragraph.
    const bodyText = doc.getBody().getText();
    paragraphs = bodyText.split(/\r?\n|\r/);
    const header = doc.getHeader();
    const footer = doc.getFooter();
    found = findPlaceholders([bodyText, header ? header.getText() : '', footer ? footer.getText() : ''].join('\n'));
  } catch {
    return refuse(t('notice.templateUnreadable'));
  }
  return {
    ok: true,
    data: {
      id,
      info: {
        title,
        owner,
        lines: firstLines(paragraphs),
        trusted: verdict.trusted,
        reason: verdict.reason,
        unknown: unknownPlaceholders(found),
      },
    },
  };
}

/** The template a notice may be made from: its id, or the reason it may not (nothing is created). */
export function trustedTemplate(setting: string, ss: Spreadsheet): ApiResult<string> {
  const inspected = inspectTemplate(setting, ss);
  if (!inspected.ok) return inspected;
  if (!inspected.data.info.trusted) return refuse(t('notice.templateRefused', { reason: inspected.data.info.reason }));
  return { ok: true, data: inspected.data.id };
}

/** The notice dialog asks this before the custom template is used. Reads `Cài đặt`, Drive and the Doc. */
export function apiTemplateInfo(): ApiResult<NoticeTemplateInfo> {
  const ss = gas.spreadsheet();
  const settings = readSettings(sheetClock(ss), ss).settings;
  const inspected = inspectTemplate(text(settings, 'mau_thong_bao'), ss);
  return inspected.ok ? { ok: true, data: inspected.data.info } : inspected;
}
