/**
 * The built-in layout of the notice, after Nghị định 30/2020/NĐ-CP (Phụ lục I): A4,
 * margins 20/20/30/15 mm (top/bottom/left/right), Times New Roman; a borderless
 * two-column header (agencies and number at left, national name, motto and place-date
 * at right); title and subject centred in bold 14; body 14, justified, first line
 * indented 1,27 cm, 6 pt after each paragraph; `Nơi nhận` (12, bold italic; list 11) at
 * left and the signature block at right of a second borderless table.
 *
 * The result is plain data (points, attribute names of DocumentApp), so the Docs
 * renderer only copies it onto the document and tests read it back.
 */
import { textWidth } from './metrics';
import type { NoticeModel } from './model';

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
const mm = (v: number) => Math.round(v * PT_PER_MM * 100) / 100;

/** A4 in points, rounded to 0,01 pt as Google Docs stores it (595,28 × 841,89). */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
} as const;

export const FONT = 'Times New Roman';
/** 1,27 cm. */
export const FIRST_LINE_INDENT = 36;
export const SPACING_AFTER = 6;
export const LINE_SPACING = 1.15;
/** Width of the text between the margins. */
export const CONTENT_WIDTH = Math.round((PAGE.width - PAGE.marginLeft - PAGE.marginRight) * 100) / 100;

export type Align = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export interface ParaStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  indentFirstLine: number;
  indentStart: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
}

export type Role =
  | 'parentAgency'
  | 'agency'
  | 'agencyRule'
  | 'number'
  | 'nation'
  | 'motto'
  | 'mottoRule'
  | 'placeDate'
  | 'gap'
  | 'title'
  | 'subject'
  | 'subjectRule'
  | 'addressee'
  | 'heading'
  | 'body'
  | 'item'
  | 'closing'
  | 'recipientsLabel'
  | 'recipient'
  | 'authority'
  | 'post'
  | 'signer';

const base = (size: number, align: Align, more: Partial<ParaStyle> = {}): ParaStyle => ({
  size,
  bold: false,
  italic: false,
  align,
  indentFirstLine: 0,
  indentStart: 0,
  spaceBefore: 0,
  spaceAfter: 0,
  lineSpacing: 1,
  ...more,
});
const bodyStyle = base(14, 'JUSTIFY', {
  indentFirstLine: FIRST_LINE_INDENT,
  spaceAfter: SPACING_AFTER,
  lineSpacing: LINE_SPACING,
});
/** The short solid line ND30 draws under the agency, the motto and the subject: em dashes at 8 pt. */
const RULE_SIZE = 8;

export const STYLES: Readonly<Record<Role, ParaStyle>> = {
  parentAgency: base(13, 'CENTER'),
  agency: base(13, 'CENTER', { bold: true }),
  agencyRule: base(RULE_SIZE, 'CENTER'),
  number: base(13, 'CENTER', { spaceBefore: 6 }),
  nation: base(13, 'CENTER', { bold: true }),
  motto: base(14, 'CENTER', { bold: true }),
  mottoRule: base(RULE_SIZE, 'CENTER'),
  placeDate: base(14, 'CENTER', { italic: true, spaceBefore: 6 }),
  gap: base(14, 'LEFT'),
  title: base(14, 'CENTER', { bold: true, spaceBefore: 12 }),
  subject: base(14, 'CENTER', { bold: true }),
  subjectRule: base(RULE_SIZE, 'CENTER', { spaceAfter: 12 }),
  addressee: base(14, 'CENTER', { spaceAfter: 12 }),
  heading: { ...bodyStyle, bold: true },
  body: bodyStyle,
  item: bodyStyle,
  closing: bodyStyle,
  recipientsLabel: base(12, 'LEFT', { bold: true, italic: true, spaceBefore: 12 }),
  recipient: base(11, 'LEFT'),
  authority: base(14, 'CENTER', { bold: true, spaceBefore: 12 }),
  post: base(14, 'CENTER', { bold: true }),
  signer: base(14, 'CENTER', { bold: true, spaceBefore: 72 }),
};

/** Em dashes of the rules: about 1/2 of the agency line, the motto's length, 1/3 of the subject. */
export const RULES = { agency: 8, motto: 22, subject: 12 } as const;
const rule = (n: number) => '\u2014'.repeat(n);

export interface LayoutParagraph {
  kind: 'paragraph';
  role: Role;
  text: string;
  style: ParaStyle;
}

export interface LayoutTable {
  kind: 'table';
  role: 'header' | 'signature';
  /** Column widths in points (they add up to the content width). */
  widths: [number, number];
  cells: [LayoutParagraph[], LayoutParagraph[]];
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface NoticeLayout {
  name: string;
  page: typeof PAGE;
  font: string;
  blocks: LayoutBlock[];
}

export const HEADER_WIDTHS: [number, number] = [175, Math.round((CONTENT_WIDTH - 175) * 100) / 100];
/** Room kept beside the widest line of a header column (points). */
const HEADER_SLACK = 4;

/**
 * The header's columns for these lines, measured in Times New Roman (metrics.ts): the left one at least 175 pt and
 * wide enough for the agency (`CÔNG AN XÃ THIỆN THUẬT`, 13 bold, is 177,7 pt), as long as the national name (13 bold,
 * 271,2 pt) and the place-date line still fit at right; a longer agency name wraps, as ND30 allows.
 */
export function headerWidths(left: readonly LayoutParagraph[], right: readonly LayoutParagraph[]): [number, number] {
  const widest = (ps: readonly LayoutParagraph[]) =>
    Math.max(0, ...ps.map((p) => textWidth(p.text, p.style.size, p.style.bold)));
  const room = CONTENT_WIDTH - Math.ceil(widest(right) + HEADER_SLACK);
  const first = Math.min(Math.max(HEADER_WIDTHS[0], Math.ceil(widest(left) + HEADER_SLACK)), room);
  const l = Math.max(HEADER_WIDTHS[0], first);
  return [l, Math.round((CONTENT_WIDTH - l) * 100) / 100];
}
export const SIGNATURE_WIDTHS: [number, number] = [
  Math.round((CONTENT_WIDTH / 2) * 100) / 100,
  Math.round((CONTENT_WIDTH / 2) * 100) / 100,
];

const paragraph = (role: Role, text: string): LayoutParagraph => ({
  kind: 'paragraph',
  role,
  text,
  style: STYLES[role],
});

export function layoutNotice(m: NoticeModel): NoticeLayout {
  const h = m.header;
  const left = [
    ...(h.parentAgency ? [paragraph('parentAgency', h.parentAgency)] : []),
    ...(h.agency ? [paragraph('agency', h.agency), paragraph('agencyRule', rule(RULES.agency))] : []),
    paragraph('number', h.number),
  ];
  const right = [
    paragraph('nation', h.nation),
    paragraph('motto', h.motto),
    paragraph('mottoRule', rule(RULES.motto)),
    paragraph('placeDate', h.placeDate),
  ];
  const blocks: LayoutBlock[] = [
    { kind: 'table', role: 'header', widths: headerWidths(left, right), cells: [left, right] },
    paragraph('title', m.title),
    paragraph('subject', m.subject),
    paragraph('subjectRule', rule(RULES.subject)),
    ...(m.addressee ? [paragraph('addressee', m.addressee)] : []),
  ];
  for (const s of m.sections) {
    blocks.push(paragraph('heading', s.heading));
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') blocks.push(paragraph('body', b.text));
      else for (const item of b.items) blocks.push(paragraph('item', `${b.marker} ${item}`));
    }
  }
  blocks.push(paragraph('closing', m.closing));
  const sig = m.signature;
  blocks.push({
    kind: 'table',
    role: 'signature',
    widths: SIGNATURE_WIDTHS,
    cells: [
      [paragraph('recipientsLabel', m.recipients.label), ...m.recipients.lines.map((l) => paragraph('recipient', l))],
      [
        ...(sig.authority ? [paragraph('authority', sig.authority)] : []),
        ...(sig.post
          ? [{ ...paragraph('post', sig.post), style: sig.authority ? STYLES.post : STYLES.authority }]
          : []),
        paragraph('signer', sig.name),
      ],
    ],
  });
  return { name: m.docName, page: PAGE, font: FONT, blocks };
}
