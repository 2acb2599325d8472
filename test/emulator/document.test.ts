import { createContext } from '../../local/emulator/context';
import {
  CLOSED_MESSAGE,
  createDocumentApp,
  documentToJson,
  LAST_PARAGRAPH_MESSAGE,
} from '../../local/emulator/document';
import { createDrive } from '../../local/emulator/drive';

function setup() {
  const ctx = createContext({ userEmail: 'thuky@example.com' });
  const drive = createDrive(ctx);
  return { ctx, ...drive, ...createDocumentApp(ctx, drive.drive) };
}

const mm = (x: number) => (x * 72) / 25.4;

describe('DocumentApp documents', () => {
  test('creating a doc and appending 3 paragraphs counts 5 DocumentApp calls', () => {
    const { DocumentApp, ctx } = setup();
    const doc = DocumentApp.create('Thông báo');
    const body = doc.getBody();
    body.appendParagraph('1');
    body.appendParagraph('2');
    body.appendParagraph('3');
    expect(ctx.counter.count({ service: 'DocumentApp' })).toBe(5);
    expect(ctx.counter.byMethod('DocumentApp')).toEqual({
      'DocumentApp.create': 1,
      'Document.getBody': 1,
      'Body.appendParagraph': 3,
    });
  });

  test('a new document is a Drive file in the root folder with one empty paragraph, Letter page', () => {
    const { DocumentApp, DriveApp, drive, docs } = setup();
    const doc = DocumentApp.create('Thông báo kết quả');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(drive.parentNames(doc.getId())).toEqual(['My Drive']);
    expect(docs.has(doc.getId())).toBe(true);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([
      72, 72, 72, 72,
    ]);
    doc.setName('Đổi tên');
    expect(file.getName()).toBe('Đổi tên');
    file.setName('Tên mới');
    expect(doc.getName()).toBe('Tên mới');
  });

  test('page size and margins read back exactly (A4, Nghị định 30 margins)', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A4').getBody();
    body.setPageWidth(595.28).setPageHeight(841.89);
    body.setMarginTop(mm(20)).setMarginBottom(mm(20)).setMarginLeft(mm(30)).setMarginRight(mm(15));
    expect(body.getPageWidth()).toBe(595.28);
    expect(body.getPageHeight()).toBe(841.89);
    expect(body.getMarginTop()).toBe(mm(20));
    expect(body.getMarginLeft()).toBe(mm(30));
    expect(body.getMarginRight()).toBe(mm(15));
    const attrs = body.getAttributes();
    expect(attrs[DocumentApp.Attribute.MARGIN_BOTTOM]).toBe(mm(20));
    body.setAttributes({ [DocumentApp.Attribute.MARGIN_TOP]: 50 });
    expect(body.getMarginTop()).toBe(50);
  });

  test('openById / openByUrl; unknown ids throw', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('X');
    expect(DocumentApp.openById(doc.getId()).getId()).toBe(doc.getId());
    expect(DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
    expect(DocumentApp.openByUrl(`https://docs.google.com/document/d/${doc.getId()}/edit`).getId()).toBe(doc.getId());
    expect(() => DocumentApp.openById('nope')).toThrow('Document is missing');
    expect(() => DocumentApp.getUi()).toThrow('Cannot call DocumentApp.getUi() from this context.');
  });

  test('saveAndClose: later calls throw until reopened; id and url still readable', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('X');
    const body = doc.getBody();
    const p = body.appendParagraph('a');
    doc.saveAndClose();
    expect(() => body.appendParagraph('b')).toThrow(CLOSED_MESSAGE);
    expect(() => p.setText('b')).toThrow(CLOSED_MESSAGE);
    expect(() => p.getText()).toThrow(CLOSED_MESSAGE);
    expect(() => doc.getBody()).toThrow(CLOSED_MESSAGE);
    expect(doc.getId()).toMatch(/^doc-/);
    expect(doc.getUrl()).toContain(doc.getId());
    const again = DocumentApp.openById(doc.getId());
    expect(again.getBody().getText()).toBe('\na');
  });

  test('header and footer sections', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('X');
    expect(doc.getHeader()).toBeNull();
    const header = doc.addHeader();
    expect(header.getType()).toBe(DocumentApp.ElementType.HEADER_SECTION);
    expect(header.getNumChildren()).toBe(1);
    header.getParagraphs()[0].setText('- 2 -');
    header.getParagraphs()[0].setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(doc.getHeader().getText()).toBe('- 2 -');
    expect(doc.addHeader()).toBe(header);
    expect(doc.addFooter().getType()).toBe(DocumentApp.ElementType.FOOTER_SECTION);
  });
});

describe('Body structure', () => {
  test('append/insert/remove children, indices, parents', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const a = body.appendParagraph('A');
    const c = body.appendParagraph('C');
    const b = body.insertParagraph(2, 'B');
    expect(body.getText()).toBe('\nA\nB\nC');
    expect(body.getChildIndex(b)).toBe(2);
    expect(a.getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
    expect(a.getNextSibling().asParagraph().getText()).toBe('B');
    expect(b.getPreviousSibling().asParagraph().getText()).toBe('A');
    body.removeChild(body.getChild(0));
    b.removeFromParent();
    expect(body.getText()).toBe('A\nC');
    expect(() => c.removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
    expect(() => body.getChild(5)).toThrow('Child index (5) must be less than the number of child elements (2).');
    expect(c.isAtDocumentEnd()).toBe(true);
  });

  test('elements must be detached to be appended; copy() detaches', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const p = body.appendParagraph('mẫu');
    p.editAsText().setItalic(true);
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
    const copy = p.copy();
    expect(copy.getParent()).toBeNull();
    body.appendParagraph(copy);
    copy.setText('bản sao');
    expect(body.getText()).toBe('\nmẫu\nbản sao');
    expect(copy.editAsText().isItalic(0)).toBe(true);
  });

  test('list items: glyphs, nesting, consecutive items share a list', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const one = body.appendListItem('- Như trên;').setGlyphType(DocumentApp.GlyphType.HOLLOW_BULLET);
    const two = body.appendListItem('- Lưu: VT.').setNestingLevel(1);
    body.appendParagraph('gap');
    const three = body.appendListItem('other list');
    expect(one.getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
    expect(one.getGlyphType()).toBe(DocumentApp.GlyphType.HOLLOW_BULLET);
    expect(two.getNestingLevel()).toBe(1);
    expect(one.getNestingLevel()).toBe(0);
    expect(one.getListId()).toBe(two.getListId());
    expect(three.getListId()).not.toBe(one.getListId());
    expect(body.getListItems()).toHaveLength(3);
    expect(body.getParagraphs()).toHaveLength(5); // first empty paragraph + 3 items + gap
  });

  test('tables: cells, rows, borders, widths, padding; a trailing paragraph follows a table at the end', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const table = body.appendTable([
      ['UBND XÃ A', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BAN CHỈ ĐẠO', 'Độc lập - Tự do - Hạnh phúc'],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(() => body.getChild(2).removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(0).getNumCells()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('Độc lập - Tự do - Hạnh phúc');
    table.setBorderWidth(0).setBorderColor('#ffffff');
    table.setColumnWidth(0, 200).setColumnWidth(1, 260);
    expect([table.getBorderWidth(), table.getBorderColor()]).toEqual([0, '#ffffff']);
    expect([table.getColumnWidth(0), table.getColumnWidth(1)]).toEqual([200, 260]);
    const cell = table.getCell(0, 0);
    cell.setPaddingTop(0).setPaddingBottom(1).setPaddingLeft(2).setPaddingRight(3).setWidth(200);
    cell.setVerticalAlignment(DocumentApp.VerticalAlignment.TOP);
    expect([
      cell.getPaddingTop(),
      cell.getPaddingBottom(),
      cell.getPaddingLeft(),
      cell.getPaddingRight(),
      cell.getWidth(),
    ]).toEqual([0, 1, 2, 3, 200]);
    expect(cell.getVerticalAlignment()).toBe(DocumentApp.VerticalAlignment.TOP);
    const p = cell.appendParagraph('Số: 05/TB-BCĐ');
    expect(cell.getText()).toBe('UBND XÃ A\nSố: 05/TB-BCĐ');
    expect(p.getParent().getType()).toBe(DocumentApp.ElementType.TABLE_CELL);
    expect(cell.getParentRow().getParentTable().getNumRows()).toBe(2);
    const row = table.appendTableRow();
    row.appendTableCell('x');
    expect(table.getNumRows()).toBe(3);
    expect(body.getTables()).toHaveLength(1);
    expect(table.getText()).toBe(
      'UBND XÃ A\nSố: 05/TB-BCĐ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO\tĐộc lập - Tự do - Hạnh phúc\nx',
    );
    // cell paragraphs are part of body.getParagraphs()
    expect(body.getParagraphs().map((q) => q.getText())).toContain('Số: 05/TB-BCĐ');
  });

  test('page breaks and horizontal rules go in new paragraphs', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const br = body.appendPageBreak();
    expect(br.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(br.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    const hr = body.appendHorizontalRule();
    expect(hr.getParent().getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
    expect(body.getNumChildren()).toBe(3);
  });

  test('clear leaves one empty paragraph', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    body.appendParagraph('a');
    body.appendTable([['b']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });
});

describe('Paragraph and text attributes', () => {
  test('paragraph attributes read back exactly as set (setters and setAttributes)', () => {
    const { DocumentApp } = setup();
    const A = DocumentApp.Attribute;
    const body = DocumentApp.create('X').getBody();
    const p = body.appendParagraph('Thực hiện Kế hoạch số 12/KH-UBND ...');
    p.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
      .setIndentFirstLine(36)
      .setIndentStart(0)
      .setIndentEnd(0)
      .setSpacingBefore(0)
      .setSpacingAfter(6)
      .setLineSpacing(1.15);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.JUSTIFY);
    expect([p.getIndentFirstLine(), p.getIndentStart(), p.getIndentEnd()]).toEqual([36, 0, 0]);
    expect([p.getSpacingBefore(), p.getSpacingAfter(), p.getLineSpacing()]).toEqual([0, 6, 1.15]);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);

    const title = body.appendParagraph('THÔNG BÁO');
    title.setAttributes({
      [A.FONT_FAMILY]: 'Times New Roman',
      [A.FONT_SIZE]: 14,
      [A.BOLD]: true,
      [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
      [A.SPACING_AFTER]: 6,
    });
    expect(title.getAttributes()).toMatchObject({
      FONT_FAMILY: 'Times New Roman',
      FONT_SIZE: 14,
      BOLD: true,
      ITALIC: null,
      HORIZONTAL_ALIGNMENT: 'CENTER',
      SPACING_AFTER: 6,
      INDENT_FIRST_LINE: null,
    });
    expect(title.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    const t = title.editAsText();
    expect([t.getFontFamily(), t.getFontSize(), t.isBold()]).toEqual(['Times New Roman', 14, true]);
    expect(t.getFontSize(8)).toBe(14);
    // unset with null
    title.setAttributes({ [A.BOLD]: null });
    expect(title.editAsText().isBold()).toBeNull();
  });

  test('ranged text styles are stored per character', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const p = body.appendParagraph('Nơi nhận: - Như trên;');
    const text = p.editAsText();
    text.setFontSize(14).setFontFamily('Times New Roman');
    text.setBold(0, 8, true).setItalic(0, 8, true).setFontSize(0, 8, 12).setFontSize(10, 20, 11);
    text.setForegroundColor(10, 12, '#ff0000').setUnderline(10, 10, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(8)).toBe(true);
    expect(text.isBold(9)).toBeNull();
    expect(text.isItalic(3)).toBe(true);
    expect(text.getFontSize(0)).toBe(12);
    expect(text.getFontSize(9)).toBe(14);
    expect(text.getFontSize(15)).toBe(11);
    expect(text.getFontSize()).toBeNull(); // mixed
    expect(text.getFontFamily()).toBe('Times New Roman'); // uniform
    expect(text.getForegroundColor(11)).toBe('#ff0000');
    expect(text.isUnderline(10)).toBe(true);
    expect(text.isUnderline(11)).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 9, 10, 11, 13]);
    expect(text.getAttributes(0)).toMatchObject({
      BOLD: true,
      ITALIC: true,
      FONT_SIZE: 12,
      FONT_FAMILY: 'Times New Roman',
    });
    expect(() => text.setBold(0, 99, true)).toThrow('Index (99) must be less than the content length (21).');
    text.setAttributes(9, 9, { [DocumentApp.Attribute.BOLD]: false });
    expect(text.isBold(9)).toBe(false);
  });

  test('appendText adds a run that can be styled alone and inherits the style before it', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const p = body.appendParagraph('Người ký: ');
    p.editAsText().setFontSize(14);
    const name = p.appendText('Nguyễn Văn A');
    name.setBold(true);
    expect(p.getText()).toBe('Người ký: Nguyễn Văn A');
    expect(p.getNumChildren()).toBe(2);
    const all = p.editAsText();
    expect(all.isBold(0)).toBeNull();
    expect(all.isBold(10)).toBe(true);
    expect(all.getFontSize(12)).toBe(14); // inherited
    expect(all.getTextAttributeIndices()).toEqual([0, 10]);
  });

  test('character attributes set on an empty paragraph apply to text added later', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const p = body.appendParagraph('');
    p.setAttributes({ FONT_SIZE: 13, BOLD: true });
    expect(p.getAttributes()).toMatchObject({ FONT_SIZE: 13, BOLD: true });
    p.appendText('UBND XÃ');
    expect(p.editAsText().getFontSize(0)).toBe(13);
    expect(p.editAsText().isBold()).toBe(true);
  });

  test('Text editing: insert, delete, setText keep styles sensibly', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const t = body.appendParagraph('ngày 5 tháng 6').editAsText();
    t.setBold(5, 5, true);
    t.insertText(5, '0');
    expect(t.getText()).toBe('ngày 05 tháng 6');
    expect(t.isBold(6)).toBe(true);
    t.deleteText(0, 4);
    expect(t.getText()).toBe('05 tháng 6');
    t.appendText(' năm 2023');
    expect(t.getText()).toBe('05 tháng 6 năm 2023');
    t.setText('mới');
    expect(body.getParagraphs()[1].getText()).toBe('mới');
  });

  test('body.editAsText spans paragraphs with \\n between them', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    body.getParagraphs()[0].setText('ab');
    body.appendParagraph('cd');
    const t = body.editAsText();
    expect(t.getText()).toBe('ab\ncd');
    t.setBold(1, 3, true); // b, \n, c
    const [p1, p2] = body.getParagraphs();
    expect(p1.editAsText().isBold(1)).toBe(true);
    expect(p1.editAsText().isBold(0)).toBeNull();
    expect(p2.editAsText().isBold(0)).toBe(true);
    expect(p2.editAsText().isBold(1)).toBeNull();
  });
});

describe('find and replace', () => {
  test('findText returns RangeElements and continues from a previous result', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    body.appendParagraph('{{a}} và {{b}}');
    body.appendTable([['{{c}}']]);
    const r1 = body.findText('\\{\\{\\w+\\}\\}');
    expect(r1.getElement().getType()).toBe(DocumentApp.ElementType.TEXT);
    expect([r1.getStartOffset(), r1.getEndOffsetInclusive()]).toEqual([0, 4]);
    const r2 = body.findText('\\{\\{\\w+\\}\\}', r1);
    expect([r2.getStartOffset(), r2.getEndOffsetInclusive()]).toEqual([9, 13]);
    const r3 = body.findText('\\{\\{\\w+\\}\\}', r2);
    expect(r3.getElement().asText().getText()).toBe('{{c}}');
    expect(body.findText('\\{\\{\\w+\\}\\}', r3)).toBeNull();
    expect(body.findText('không có')).toBeNull();
    const el = body.findElement(DocumentApp.ElementType.TABLE);
    expect(el.getElement().getType()).toBe(DocumentApp.ElementType.TABLE);
  });

  test('replaceText: regex, everywhere, replacement keeps the style of the placeholder', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('X');
    const body = doc.getBody();
    const p = body.appendParagraph('Có {{so_ho}} hộ, {{so_ho}} cam kết.');
    p.editAsText().setBold(3, 11, true);
    body.appendTable([['Tỷ lệ: {{ty_le}}']]);
    body.replaceText('\\{\\{so_ho\\}\\}', '120');
    body.replaceText('{{ty_le}}', '97,5%');
    expect(p.getText()).toBe('Có 120 hộ, 120 cam kết.');
    expect(p.editAsText().isBold(3)).toBe(true);
    expect(p.editAsText().isBold(5)).toBe(true);
    expect(p.editAsText().isBold(11)).toBeNull();
    expect(body.getTables()[0].getCell(0, 0).getText()).toBe('Tỷ lệ: 97,5%');
  });

  test('replacement uses Java group syntax: $1 refers to a group, \\$ is a dollar, a lone $ is an error', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('X').getBody();
    const p = body.appendParagraph('ngày 05/06/2023');
    body.replaceText('(\\d+)/(\\d+)/(\\d+)', '$3-$2-$1');
    expect(p.getText()).toBe('ngày 2023-06-05');
    body.replaceText('ngày', '\\$');
    expect(p.getText()).toBe('$ 2023-06-05');
    expect(() => body.replaceText('2023', '$ USD')).toThrow('Illegal group reference');
  });
});

describe('documentToJson', () => {
  test('a plain tree of elements with attributes and character runs, readable after close', () => {
    const { DocumentApp, docs } = setup();
    const doc = DocumentApp.create('Thông báo');
    const body = doc.getBody();
    body.setMarginLeft(85.04);
    const p = body.appendParagraph('THÔNG BÁO kết quả');
    p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    p.editAsText().setFontSize(14).setBold(0, 8, true);
    const table = body.appendTable([['a', 'b']]);
    table.setBorderWidth(0).setColumnWidth(1, 250);
    doc.saveAndClose();
    const json = documentToJson(docs.get(doc.getId())!);
    expect(json.name).toBe('Thông báo');
    expect(json.page).toEqual({
      width: 612,
      height: 792,
      marginTop: 72,
      marginBottom: 72,
      marginLeft: 85.04,
      marginRight: 72,
    });
    expect(json.body.children!.map((c) => c.type)).toEqual(['PARAGRAPH', 'PARAGRAPH', 'TABLE', 'PARAGRAPH']);
    const para = json.body.children![1];
    expect(para.attributes).toEqual({ HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(para.text).toBe('THÔNG BÁO kết quả');
    expect(para.children![0].runs).toEqual([
      { start: 0, end: 9, text: 'THÔNG BÁO', attributes: { FONT_SIZE: 14, BOLD: true } },
      { start: 9, end: 17, text: ' kết quả', attributes: { FONT_SIZE: 14 } },
    ]);
    const t = json.body.children![2];
    expect(t.attributes).toEqual({ BORDER_WIDTH: 0 });
    expect(t.columnWidths).toEqual({ 1: 250 });
    expect(t.children![0].children!.map((c) => c.type)).toEqual(['TABLE_CELL', 'TABLE_CELL']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.header).toBeNull();
  });

  test('accepts the counted document handed to scripts without counting calls', () => {
    const { DocumentApp, ctx } = setup();
    const doc = DocumentApp.create('X');
    doc.addHeader().appendParagraph('đầu trang');
    const before = ctx.counter.count();
    const json = documentToJson(doc as unknown as Parameters<typeof documentToJson>[0]);
    expect(ctx.counter.count()).toBe(before);
    expect(json.header!.text).toBe('\nđầu trang');
  });
});
