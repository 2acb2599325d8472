/**
 * Text as people type it: every text value the add-on takes (API input, a cell read from a
 * sheet, a `Danh mục` item, a setting) is cleaned the same way before it is checked,
 * compared or saved — Unicode NFC (macOS/iOS keyboards, Word and chat apps give
 * decomposed NFD letters: `ạ` as `a` + U+0323), invisible characters removed (zero-width
 * spaces and joiners U+200B–U+200D, U+2060, U+FEFF, the soft hyphen, direction marks and
 * control characters), spaces trimmed and collapsed. Long text keeps its line breaks.
 */

/**
 * Invisible characters dropped from every text: C0 and C1 controls (not tab and line breaks,
 * which are white space), the soft hyphen, zero-width spaces and joiners (U+200B–U+200D),
 * direction marks and embeddings, the word joiner and invisible operators (U+2060–U+2064),
 * direction isolates and the byte-order mark / zero-width no-break space (U+FEFF).
 */
const INVISIBLE = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD',
    '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]',
  ].join(''),
  'g',
);
/**
 * Quick test for text that is already clean: words of printable ASCII and precomposed Latin
 * letters (Latin-1 letters, Latin Extended-A/B, Latin Extended Additional: every Vietnamese
 * letter in NFC, each NFC on its own) separated by single spaces. Anything else (a
 * combining mark, an invisible character, other spacing) takes the full treatment.
 */
const PLAIN = /^[\x21-\x7E\u00C0-\u024F\u1E00-\u1EFF]+(?: [\x21-\x7E\u00C0-\u024F\u1E00-\u1EFF]+)*$/;

export interface Cleaned {
  text: string;
  /** Number of invisible characters removed (spaces collapsed are not counted). */
  hidden: number;
}

function invisibleOut(s: string): Cleaned {
  let hidden = 0;
  const text = s.replace(INVISIBLE, () => {
    hidden++;
    return '';
  });
  return { text, hidden };
}

/**
 * One-line text: NFC, invisible characters removed, every run of white space (line breaks,
 * tabs, no-break spaces included) made one space, trimmed.
 */
export function cleanLine(s: string): Cleaned {
  if (s === '' || PLAIN.test(s)) return { text: s, hidden: 0 };
  const { text, hidden } = invisibleOut(s.normalize('NFC'));
  // Removing a combining-mark neighbour (rare) may leave a composable pair: normalise again.
  const nfc = hidden ? text.normalize('NFC') : text;
  return { text: nfc.replace(/\s+/g, ' ').trim(), hidden };
}

/**
 * Long text: as `cleanLine` for each line, line breaks kept (`\r\n` and `\r` become `\n`),
 * blank lines at the start and end dropped and runs of blank lines made one.
 */
export function cleanLongText(s: string): Cleaned {
  if (s === '' || PLAIN.test(s)) return { text: s, hidden: 0 };
  let hidden = 0;
  const lines = s.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => {
    const c = cleanLine(line);
    hidden += c.hidden;
    return c.text;
  });
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return { text, hidden };
}

/** `cleanLine(s).text`. */
export const clean = (s: string): string => cleanLine(s).text;

/** A value as text is compared: cleaned, `String(v)` of a non-string, '' for null/undefined. */
export const cleanValue = (v: unknown): string => (v === null || v === undefined ? '' : clean(String(v)));
