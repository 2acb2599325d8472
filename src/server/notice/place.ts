/**
 * Placing the notice beside the spreadsheet in Drive, where the user's rights (and the
 * add-on's `drive.file` scope) permit; otherwise the Doc stays where it was created (the
 * user's Drive root) and the caller says so.
 */
import { t } from '../../domain/i18n';
import { gas } from '../gas';

type Folder = GoogleAppsScript.Drive.Folder;

/** The first folder holding the spreadsheet, or null when Drive does not tell (no right, no parent). */
export function spreadsheetFolder(ssId: string): Folder | null {
  try {
    const parents = gas.drive().getFileById(ssId).getParents();
    return parents.hasNext() ? parents.next() : null;
  } catch {
    return null;
  }
}

/** Moves the file into `folder`; false when that is not permitted. */
export function moveInto(fileId: string, folder: Folder | null): boolean {
  if (!folder) return false;
  try {
    gas.drive().getFileById(fileId).moveTo(folder);
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves a PDF of the Doc beside it: in `folder` when the Doc went there, else in the Drive root. Never throws: a
 * refusal comes back as its reason (the Doc is made; the PDF is a copy).
 */
export function savePdfBeside(docId: string, folder: Folder | null): { id: string; url: string } | { error: string } {
  try {
    const drive = gas.drive();
    const blob = drive.getFileById(docId).getAs('application/pdf');
    const file = folder ? folder.createFile(blob) : drive.createFile(blob);
    return { id: file.getId(), url: file.getUrl() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Sends a half-made notice to the bin (best effort: the error that led here is what the user sees). */
export function trash(id: string): void {
  try {
    gas.drive().getFileById(id).setTrashed(true);
  } catch {
    // nothing more can be done
  }
}

/**
 * A new Doc put beside the spreadsheet (`moveInto` its folder) with its PDF beside it (`savePdfBeside`): the report
 * and the TT 124 self-assessment both end so. `pdfError` is the Vietnamese line saying why no PDF was made.
 */
export function placeWithPdf(
  docId: string,
  spreadsheetId: string,
): { placed: boolean; pdf: { id: string; url: string } | null; pdfError?: string } {
  const folder = spreadsheetFolder(spreadsheetId);
  const placed = moveInto(docId, folder);
  const saved = savePdfBeside(docId, placed ? folder : null);
  if ('error' in saved) return { placed, pdf: null, pdfError: t('report.pdfFailed', { reason: saved.error }) };
  return { placed, pdf: saved };
}
