/**
 * The Docs renderer: copies a `NoticeLayout` onto a new Google Doc with DocumentApp.
 * Batched: each paragraph is one `appendParagraph` and one `setAttributes` carrying every
 * paragraph and character attribute (font, size, bold, italic, alignment, indents,
 * spacing) — no call per word or per character run. Page size and margins are set on the
 * body; the header and signature blocks are borderless two-column tables.
 *
 * Page numbers: DocumentApp has no page-number field (nor "different first page"), so
 * none is inserted; the dialog tells the user how to add them in Docs (Chèn › Số trang).
 */
import {
  type LayoutParagraph,
  type LayoutTable,
  type NoticeLayout,
  type ParaStyle,
  STYLES,
} from '../../domain/notice/layout';
import { gas } from '../gas';
import { trash } from './place';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type DocumentApp = GoogleAppsScript.Document.DocumentApp;
type Attrs = Record<string, unknown>;

/** Every attribute of a paragraph style, keyed as DocumentApp.Attribute names them. */
export function paragraphAttributes(style: ParaStyle, font: string, app: DocumentApp): Attrs {
  const A = app.Attribute;
  const align = app.HorizontalAlignment[style.align];
  return {
    [String(A.FONT_FAMILY)]: font,
    [String(A.FONT_SIZE)]: style.size,
    [String(A.BOLD)]: style.bold,
    [String(A.ITALIC)]: style.italic,
    [String(A.UNDERLINE)]: false,
    [String(A.FOREGROUND_COLOR)]: '#000000',
    [String(A.HORIZONTAL_ALIGNMENT)]: align,
    [String(A.INDENT_FIRST_LINE)]: style.indentFirstLine + style.indentStart,
    [String(A.INDENT_START)]: style.indentStart,
    [String(A.INDENT_END)]: 0,
    [String(A.SPACING_BEFORE)]: style.spaceBefore,
    [String(A.SPACING_AFTER)]: style.spaceAfter,
    [String(A.LINE_SPACING)]: style.lineSpacing,
  };
}

function styled(p: Paragraph, block: LayoutParagraph, font: string, app: DocumentApp): void {
  // One call: paragraph and character attributes together.
  p.setAttributes(paragraphAttributes(block.style, font, app));
}

/** Fills an existing one-row table: widths, no borders, cells without padding, then each cell's paragraphs. */
function fillTable(table: GoogleAppsScript.Document.Table, spec: LayoutTable, font: string, app: DocumentApp): void {
  const A = app.Attribute;
  table.setBorderWidth(0);
  spec.widths.forEach((w, i) => table.setColumnWidth(i, w));
  const cellAttrs = {
    [String(A.PADDING_TOP)]: 0,
    [String(A.PADDING_BOTTOM)]: 0,
    [String(A.PADDING_LEFT)]: 0,
    [String(A.PADDING_RIGHT)]: 0,
    [String(A.VERTICAL_ALIGNMENT)]: app.VerticalAlignment.TOP,
  };
  spec.cells.forEach((paragraphs, c) => {
    const cell = table.getCell(0, c);
    cell.setAttributes(cellAttrs);
    // The cell was created holding its first line (appendTable/insertTable with text).
    styled(cell.getChild(0).asParagraph(), paragraphs[0], font, app);
    for (const p of paragraphs.slice(1)) styled(cell.appendParagraph(p.text), p, font, app);
  });
}

function firstLines(spec: LayoutTable): string[][] {
  return [spec.cells.map((c) => c[0]?.text ?? '')];
}

function pageSetup(body: Body, layout: NoticeLayout): void {
  const p = layout.page;
  body
    .setPageWidth(p.width)
    .setPageHeight(p.height)
    .setMarginTop(p.marginTop)
    .setMarginBottom(p.marginBottom)
    .setMarginLeft(p.marginLeft)
    .setMarginRight(p.marginRight);
}

export interface RenderedDoc {
  id: string;
  url: string;
  name: string;
}

/** A new Google Doc named `layout.name` in the user's Drive (saved and closed). */
export function renderNotice(layout: NoticeLayout, app: DocumentApp = gas.documents()): RenderedDoc {
  const doc = app.create(layout.name);
  try {
    return fill(doc, layout, app);
  } catch (e) {
    trash(doc.getId());
    throw e;
  }
}

function fill(doc: GoogleAppsScript.Document.Document, layout: NoticeLayout, app: DocumentApp): RenderedDoc {
  const body = doc.getBody();
  pageSetup(body, layout);
  // A new document holds one empty paragraph: it stays, as the gap under the header table.
  const gap = body.getChild(0).asParagraph();
  const [head, ...rest] = layout.blocks;
  if (head && head.kind === 'table') {
    fillTable(body.insertTable(0, firstLines(head)), head, layout.font, app);
    gap.setAttributes(paragraphAttributes(STYLES.gap, layout.font, app));
  }
  for (const block of head && head.kind === 'table' ? rest : layout.blocks) {
    if (block.kind === 'paragraph') styled(body.appendParagraph(block.text), block, layout.font, app);
    else fillTable(body.appendTable(firstLines(block)), block, layout.font, app);
  }
  if (layout.blocks[layout.blocks.length - 1]?.kind === 'table') {
    // Docs keeps a paragraph after a table that ends the body: give it the body font too.
    body
      .getChild(body.getNumChildren() - 1)
      .asParagraph()
      .setAttributes(paragraphAttributes(STYLES.gap, layout.font, app));
  }
  doc.setLanguage('vi');
  const out = { id: doc.getId(), url: doc.getUrl(), name: layout.name };
  doc.saveAndClose();
  return out;
}
