/** DocumentApp enums. Runtime values are their names (as `String(DocumentApp.X.Y)` is in Apps Script). */
import { makeEnum } from '../utilities';

type DocumentNamespace = typeof GoogleAppsScript.Document;
export type GAttribute = GoogleAppsScript.Document.Attribute;
export type GElementType = GoogleAppsScript.Document.ElementType;
export type GHorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
export type GVerticalAlignment = GoogleAppsScript.Document.VerticalAlignment;
export type GParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;
export type GGlyphType = GoogleAppsScript.Document.GlyphType;
export type GTextAlignment = GoogleAppsScript.Document.TextAlignment;

export const Attribute = makeEnum<DocumentNamespace['Attribute']>([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);

export const ElementType = makeEnum<DocumentNamespace['ElementType']>([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);

export const FontFamily = makeEnum<DocumentNamespace['FontFamily']>([
  'AMARANTH',
  'ARIAL',
  'ARIAL_BLACK',
  'ARIAL_NARROW',
  'ARVO',
  'CALIBRI',
  'CAMBRIA',
  'COMIC_SANS_MS',
  'CONSOLAS',
  'CORSIVA',
  'COURIER_NEW',
  'DANCING_SCRIPT',
  'DROID_SANS',
  'DROID_SERIF',
  'GARAMOND',
  'GEORGIA',
  'GLORIA_HALLELUJAH',
  'GREAT_VIBES',
  'LOBSTER',
  'MERRIWEATHER',
  'PACIFICO',
  'PHILOSOPHER',
  'POIRET_ONE',
  'QUATTROCENTO',
  'ROBOTO',
  'SHADOWS_INTO_LIGHT',
  'SYNCOPATE',
  'TAHOMA',
  'TIMES_NEW_ROMAN',
  'TREBUCHET_MS',
  'UBUNTU',
  'VERDANA',
]);

export const GlyphType = makeEnum<DocumentNamespace['GlyphType']>([
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export const HorizontalAlignment = makeEnum<DocumentNamespace['HorizontalAlignment']>([
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
]);
export const ParagraphHeading = makeEnum<DocumentNamespace['ParagraphHeading']>([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export const PositionedLayout = makeEnum<DocumentNamespace['PositionedLayout']>([
  'ABOVE_TEXT',
  'BREAK_BOTH',
  'BREAK_LEFT',
  'BREAK_RIGHT',
  'WRAP_TEXT',
]);
export const TextAlignment = makeEnum<DocumentNamespace['TextAlignment']>(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const VerticalAlignment = makeEnum<DocumentNamespace['VerticalAlignment']>(['BOTTOM', 'CENTER', 'TOP']);
export const TabType = makeEnum<DocumentNamespace['TabType']>(['DOCUMENT_TAB']);

/** Character-level attributes (stored per character on Text). */
export const CHAR_KEYS = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
  'CODE',
] as const;
/** Not an Attribute key, but stored per character (setTextAlignment: superscript/subscript). */
export const TEXT_ALIGNMENT_KEY = 'TEXT_ALIGNMENT';

export const PARAGRAPH_KEYS = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'INDENT_END',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'LEFT_TO_RIGHT',
] as const;
export const LIST_ITEM_KEYS = [...PARAGRAPH_KEYS, 'GLYPH_TYPE', 'NESTING_LEVEL', 'LIST_ID'] as const;
export const BODY_KEYS = [
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
] as const;
export const TABLE_KEYS = ['BORDER_WIDTH', 'BORDER_COLOR'] as const;
export const TABLE_ROW_KEYS = ['MINIMUM_HEIGHT'] as const;
export const TABLE_CELL_KEYS = [
  'PADDING_TOP',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'WIDTH',
  'VERTICAL_ALIGNMENT',
  'BACKGROUND_COLOR',
] as const;

/** Letter, in points, as a new Google Doc. */
export const BODY_DEFAULTS: Record<string, number> = {
  MARGIN_TOP: 72,
  MARGIN_BOTTOM: 72,
  MARGIN_LEFT: 72,
  MARGIN_RIGHT: 72,
  PAGE_WIDTH: 612,
  PAGE_HEIGHT: 792,
};

export const DOCS_MIME = 'application/vnd.google-apps.document';
