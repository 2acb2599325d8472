/**
 * A custom notice template: a Google Doc with `{{placeholders}}` (the documented list of
 * `domain/notice/placeholders.ts`), copied and filled. The template is opened first, so
 * a template that cannot be read gives a message and nothing is created. Unknown
 * placeholders are left in the copy as they are and reported to the user. Which template may
 * be used at all (readable, a Doc, owned by the spreadsheet's owner or in its folder) is
 * decided before, by `trust.ts`.
 *
 * Copy: Drive's `makeCopy` (into the spreadsheet's folder when permitted); when Drive
 * refuses (the `drive.file` scope only reaches files the add-on created or was given),
 * a new Doc is built with DocumentApp from copies of the template's elements.
 */
import { findPlaceholders, PLACEHOLDER_KEYS, type PlaceholderValue } from '../../domain/notice/placeholders';
import { gas } from '../gas';
import type { RenderedDoc } from './render';
import { moveInto, trash } from './place';

type DocumentApp = GoogleAppsScript.Document.DocumentApp;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;
type Folder = GoogleAppsScript.Drive.Folder;
type Paragraph = GoogleAppsScript.Document.Paragraph;

function sections(doc: GoogleAppsScript.Document.Document): Section[] {
  return [doc.getBody(), doc.getHeader(), doc.getFooter()].filter((s): s is Section => !!s);
}

const pattern = (key: string) => `\\{\\{\\s*${key}\\s*\\}\\}`;
/** A literal replacement for `replaceText` (Java replacement syntax: `$` and `\` are special). */
export const literal = (s: string) => s.replace(/[\\$]/g, (c) => `\\${c}`);

/** Copies the template's body, header and footer, element by element, into a new Doc. */
function copyWithDocumentApp(id: string, name: string, app: DocumentApp): string {
  const source = app.openById(id);
  const doc = app.create(name);
  const E = app.ElementType;
  const copyInto = (from: Section, to: Section) => {
    const n = from.getNumChildren();
    const start = to.getNumChildren();
    for (let i = 0; i < n; i++) {
      const el = from.getChild(i).copy();
      const type = String(el.getType());
      if (type === String(E.PARAGRAPH)) to.appendParagraph(el.asParagraph());
      else if (type === String(E.LIST_ITEM)) to.appendListItem(el.asListItem());
      else if (type === String(E.TABLE)) to.appendTable(el.asTable());
    }
    // The empty paragraph(s) a new section starts with go, once content follows them.
    for (let i = start - 1; i >= 0 && to.getNumChildren() > 1; i--) to.getChild(i).removeFromParent();
  };
  const sb = source.getBody();
  const body = doc.getBody();
  body
    .setPageWidth(sb.getPageWidth())
    .setPageHeight(sb.getPageHeight())
    .setMarginTop(sb.getMarginTop())
    .setMarginBottom(sb.getMarginBottom())
    .setMarginLeft(sb.getMarginLeft())
    .setMarginRight(sb.getMarginRight());
  copyInto(sb, body);
  const header = source.getHeader();
  if (header) copyInto(header, doc.addHeader());
  const footer = source.getFooter();
  if (footer) copyInto(footer, doc.addFooter());
  doc.saveAndClose();
  return doc.getId();
}

/** The copy's id and whether it sits in `folder`. */
export function copyTemplate(
  id: string,
  name: string,
  folder: Folder | null,
  app: DocumentApp = gas.documents(),
): { id: string; placed: boolean } {
  let file: GoogleAppsScript.Drive.File | null = null;
  try {
    file = gas.drive().getFileById(id);
  } catch {
    file = null;
  }
  if (file && folder) {
    try {
      return { id: file.makeCopy(name, folder).getId(), placed: true };
    } catch {
      // no right on the folder: copy elsewhere below
    }
  }
  if (file) {
    try {
      const copy = file.makeCopy(name).getId();
      return { id: copy, placed: moveInto(copy, folder) };
    } catch {
      // Drive refused the copy: build it with DocumentApp
    }
  }
  const copy = copyWithDocumentApp(id, name, app);
  return { id: copy, placed: moveInto(copy, folder) };
}

/** What holds paragraphs and list items: the body, a header or footer, a table cell. */
interface ParagraphHost {
  getChildIndex(child: GoogleAppsScript.Document.Element): number;
  insertParagraph(index: number, paragraph: Paragraph): Paragraph;
  insertListItem(index: number, item: GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem;
}

function isParagraphHost(x: object): x is ParagraphHost {
  const host = x as Partial<ParagraphHost>;
  return typeof host.insertParagraph === 'function' && typeof host.insertListItem === 'function';
}

/** Replaces a block placeholder standing alone in its paragraph by one paragraph per line (same style). */
function expandBlock(section: Section, key: string, lines: string[], app: DocumentApp): void {
  const alone = new RegExp(`^\\s*\\{\\{\\s*${key}\\s*\\}\\}\\s*$`);
  let range = section.findText(pattern(key));
  while (range) {
    const para = range.getElement().getParent() as Paragraph;
    if (!alone.test(para.getText())) {
      range = section.findText(pattern(key), range);
      continue;
    }
    const parent = para.getParent();
    if (!isParagraphHost(parent)) break;
    const index = parent.getChildIndex(para);
    const isItem = String(para.getType()) === String(app.ElementType.LIST_ITEM);
    for (let i = lines.length - 1; i >= 1; i--) {
      const copy = para.copy();
      copy.setText(lines[i]);
      if (isItem) parent.insertListItem(index + 1, copy.asListItem());
      else parent.insertParagraph(index + 1, copy);
    }
    para.setText(lines[0] ?? '');
    range = section.findText(pattern(key));
  }
}

/** Fills every documented placeholder of the copy; returns the unknown ones (left as they are) and its address. */
export function fillTemplate(
  docId: string,
  values: Record<string, PlaceholderValue>,
  app: DocumentApp = gas.documents(),
): { unknown: string[]; url: string } {
  const doc = app.openById(docId);
  const unknown: string[] = [];
  for (const section of sections(doc)) {
    const found = findPlaceholders(section.getText());
    for (const key of found) {
      if (!PLACEHOLDER_KEYS.has(key)) {
        if (!unknown.includes(key)) unknown.push(key);
        continue;
      }
      const v = values[key] ?? '';
      if (Array.isArray(v)) expandBlock(section, key, v, app);
      section.replaceText(pattern(key), literal(Array.isArray(v) ? v.join(' ') : v));
    }
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  return { unknown, url };
}

/** Copy + fill; the copy is trashed when filling fails, so no half-filled notice is left behind. */
export function noticeFromTemplate(
  templateId: string,
  name: string,
  values: Record<string, PlaceholderValue>,
  folder: Folder | null,
): RenderedDoc & { placed: boolean; unknown: string[] } {
  const copy = copyTemplate(templateId, name, folder);
  try {
    const { unknown, url } = fillTemplate(copy.id, values);
    return { id: copy.id, url, name, placed: copy.placed, unknown };
  } catch (e) {
    trash(copy.id);
    throw e;
  }
}
