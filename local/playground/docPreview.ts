/**
 * A Google Doc of the emulator as a printable A4 page in HTML/CSS, drawn from the same
 * attributes the add-on set (`documentToJson`): page size and margins, fonts, sizes,
 * bold/italic/underline, alignment, indents, spacing, tables with their column widths,
 * borders and cell padding. Every text is escaped. `preview.js` splits the content into
 * pages on screen (between paragraphs); printing uses `@page` with the document's size
 * and margins, so the browser paginates as it prints.
 */
import type { DocumentJson, ElementJson, RunJson } from '../emulator/document';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;
/** Google Docs' "single" line spacing is about 1.15 times the font size for Times New Roman. */
const SINGLE_LINE = 1.15;
/** Default cell padding of Google Docs (points). */
const CELL_PADDING = 5;
/** Single quotes: the list goes into `style="…"` attributes. */
const SERIF = "'Times New Roman', Tinos, 'Liberation Serif', 'Times metric fallback', Times, serif";
/**
 * Without Times New Roman or a font of its metrics (Tinos, Liberation Serif), DejaVu Serif is what is left, and it
 * sets a line about 1,17–1,29 times as wide (the national name wrapped at 292,72 pt, issue 16): scaled to 80 % it
 * takes about the room Times New Roman takes, so lines break as they do in Docs.
 */
const FALLBACK_FACES = ['', ' Bold', ' Italic', ' Bold Italic']
  .map((style) => {
    const weight = style.includes('Bold') ? 'bold' : 'normal';
    const italic = style.includes('Italic') ? 'italic' : 'normal';
    const ps = `DejaVuSerif${style ? `-${style.trim().replace(' ', '')}` : ''}`;
    return (
      `@font-face { font-family: 'Times metric fallback'; src: local('DejaVu Serif${style}'), local('${ps}'); ` +
      `font-weight: ${weight}; font-style: ${italic}; size-adjust: 80%; }`
    );
  })
  .join('\n');

function fontFamily(name: unknown): string | null {
  if (typeof name !== 'string' || !name) return null;
  return /times/i.test(name) ? SERIF : `'${name.replace(/['"\\<>&]/g, '')}', sans-serif`;
}

function charCss(a: Record<string, unknown>): string {
  const css: string[] = [];
  const family = fontFamily(a.FONT_FAMILY);
  if (family) css.push(`font-family:${family}`);
  if (typeof a.FONT_SIZE === 'number') css.push(`font-size:${pt(a.FONT_SIZE)}`);
  if (a.BOLD === true) css.push('font-weight:bold');
  if (a.ITALIC === true) css.push('font-style:italic');
  const deco = [a.UNDERLINE === true ? 'underline' : '', a.STRIKETHROUGH === true ? 'line-through' : '']
    .filter(Boolean)
    .join(' ');
  if (deco) css.push(`text-decoration:${deco}`);
  if (typeof a.FOREGROUND_COLOR === 'string' && /^#[0-9a-f]{3,8}$/i.test(a.FOREGROUND_COLOR))
    css.push(`color:${a.FOREGROUND_COLOR}`);
  if (typeof a.BACKGROUND_COLOR === 'string' && /^#[0-9a-f]{3,8}$/i.test(a.BACKGROUND_COLOR))
    css.push(`background:${a.BACKGROUND_COLOR}`);
  return css.join(';');
}

function run(r: RunJson): string {
  const css = charCss(r.attributes);
  const text = esc(r.text).replace(/\r|\n/g, '<br>');
  return css ? `<span style="${css}">${text}</span>` : text;
}

const ALIGN: Record<string, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };

function paragraph(el: ElementJson): string {
  const a = el.attributes;
  const num = (k: string) => (typeof a[k] === 'number' ? (a[k] as number) : 0);
  const css = [
    `text-align:${ALIGN[String(a.HORIZONTAL_ALIGNMENT)] ?? 'left'}`,
    `margin:${[num('SPACING_BEFORE'), num('INDENT_END'), num('SPACING_AFTER'), num('INDENT_START')].map(pt).join(' ')}`,
    `text-indent:${pt(num('INDENT_FIRST_LINE') - num('INDENT_START'))}`,
    `line-height:${Math.round((typeof a.LINE_SPACING === 'number' ? a.LINE_SPACING : 1) * SINGLE_LINE * 1000) / 1000}`,
  ];
  const mark = el.paragraphMark ?? {};
  const markCss = charCss(mark);
  if (markCss) css.push(markCss);
  let inner = '';
  for (const c of el.children ?? []) {
    if (c.type === 'TEXT') inner += (c.runs ?? []).map(run).join('');
    else if (c.type === 'HORIZONTAL_RULE') inner += '<hr>';
    else if (c.type === 'PAGE_BREAK') inner += '<span class="page-break"></span>';
  }
  if (!inner) inner = '<br>';
  const bullet = el.type === 'LIST_ITEM' ? '• ' : '';
  const breakBefore = (el.children ?? []).some((c) => c.type === 'PAGE_BREAK') ? ' data-break="after"' : '';
  return `<p class="block" data-type="${el.type}" style="${css.join(';')}"${breakBefore}>${bullet}${inner}</p>`;
}

function table(el: ElementJson): string {
  const a = el.attributes;
  const width = typeof a.BORDER_WIDTH === 'number' ? a.BORDER_WIDTH : 1;
  const color =
    typeof a.BORDER_COLOR === 'string' && /^#[0-9a-f]{3,8}$/i.test(a.BORDER_COLOR) ? a.BORDER_COLOR : '#000000';
  const border = width > 0 ? `${pt(width)} solid ${color}` : 'none';
  const rows = el.children ?? [];
  const columns = Math.max(0, ...rows.map((r) => (r.children ?? []).length));
  const widths = el.columnWidths ?? {};
  const cols = Array.from({ length: columns }, (_, i) =>
    typeof widths[i] === 'number' ? `<col style="width:${pt(widths[i])}">` : '<col>',
  ).join('');
  const body = rows
    .map((r) => {
      const cells = (r.children ?? []).map((cell) => {
        const c = cell.attributes;
        const pad = (k: string) => pt(typeof c[k] === 'number' ? (c[k] as number) : CELL_PADDING);
        const valign = String(c.VERTICAL_ALIGNMENT ?? 'TOP').toLowerCase();
        const css = [
          `border:${border}`,
          `padding:${pad('PADDING_TOP')} ${pad('PADDING_RIGHT')} ${pad('PADDING_BOTTOM')} ${pad('PADDING_LEFT')}`,
          `vertical-align:${valign === 'center' ? 'middle' : valign}`,
        ];
        if (typeof c.BACKGROUND_COLOR === 'string' && /^#[0-9a-f]{3,8}$/i.test(c.BACKGROUND_COLOR))
          css.push(`background:${c.BACKGROUND_COLOR}`);
        return `<td style="${css.join(';')}">${blocks(cell.children ?? [])}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const total = Object.values(widths).reduce((s, w) => s + w, 0);
  const tableWidth = Object.keys(widths).length === columns && columns > 0 ? pt(total) : '100%';
  const style = `width:${tableWidth};border-collapse:collapse;table-layout:fixed`;
  return `<table class="block" style="${style}"><colgroup>${cols}</colgroup><tbody>${body}</tbody></table>`;
}

function blocks(children: ElementJson[]): string {
  return children
    .map((c) => (c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM' ? paragraph(c) : c.type === 'TABLE' ? table(c) : ''))
    .join('');
}

/** The whole preview page (screen: A4 sheets; print: `@page` with the document's size and margins). */
export function documentPage(doc: DocumentJson): string {
  const p = doc.page;
  const margins = `${pt(p.marginTop)} ${pt(p.marginRight)} ${pt(p.marginBottom)} ${pt(p.marginLeft)}`;
  const contentHeight = p.height - p.marginTop - p.marginBottom;
  const css = `
${FALLBACK_FACES}
@page { size: ${pt(p.width)} ${pt(p.height)}; margin: ${margins}; }
* { box-sizing: border-box; }
html { background: #e8eaed; }
body { margin: 0; font: 14pt/1.15 ${SERIF}; color: #000; }
.toolbar {
  position: sticky; top: 0; z-index: 2; display: flex; gap: 12px; align-items: center; padding: 8px 16px;
  background: #fff; border-bottom: 1px solid #dadce0; font: 13px/1.4 Roboto, Arial, sans-serif;
}
.toolbar .name { font-weight: 500; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.toolbar .note { color: #5f6368; }
.toolbar button {
  font: inherit; padding: 5px 14px; border-radius: 4px; border: 1px solid #1a73e8; background: #1a73e8; color: #fff;
  cursor: pointer;
}
.pages { padding: 24px 0; display: flex; flex-direction: column; align-items: center; gap: 24px; }
.page {
  width: ${pt(p.width)}; min-height: ${pt(p.height)}; padding: ${margins}; background: #fff;
  box-shadow: 0 1px 3px rgba(60,64,67,.3), 0 4px 8px rgba(60,64,67,.15);
}
.content { display: flow-root; }
.header, .footer { font-size: 11pt; color: #000; }
p.block { margin: 0; overflow-wrap: break-word; }
table.block td > p.block:first-child { margin-top: 0; }
hr { border: 0; border-top: 1px solid #000; margin: 0; }
@media print {
  html, body { background: #fff; }
  .toolbar { display: none; }
  .pages { padding: 0; display: block; }
  .page { width: auto; min-height: 0; padding: 0; box-shadow: none; }
}`;
  const section = (el: ElementJson | null, cls: string) =>
    el ? `<div class="${cls}">${blocks(el.children ?? [])}</div>` : '';
  const millimetres = (points: number) => Math.round((points * 25.4) / 72);
  const note =
    `Khổ ${millimetres(p.width)} × ${millimetres(p.height)} mm` +
    ' · ngắt trang trên màn hình là gần đúng (giữa các đoạn)' +
    ' · không có số trang (Google Docs không cho tiện ích chèn)';
  const toolbar =
    `<span class="name">${esc(doc.name)}</span><span class="note">${note}</span>` +
    '<button type="button" id="print">In</button>';
  const content = `${section(doc.header, 'header')}${blocks(doc.body.children ?? [])}${section(doc.footer, 'footer')}`;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(doc.name)} — bản xem trước A4</title>
<style>${css}</style>
<script src="/preview.js" defer></script>
</head>
<body>
<div class="toolbar">${toolbar}</div>
<main class="pages" id="pages" data-doc="${esc(doc.id)}" data-content-height="${Math.round(contentHeight * 100) / 100}">
<section class="page"><div class="content" id="flow">${content}</div></section>
</main>
</body>
</html>`;
}
