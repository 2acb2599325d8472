/**
 * Advance widths of Times New Roman (the Adobe Times core metrics, which Times New Roman, Tinos and Liberation Serif
 * share), in 1/1000 em, for the characters of the notice's header and signer lines. A Vietnamese letter is as wide
 * as its base letter (tone marks sit above or below it); the horn letters ư, ơ are wider. Used to choose the header's
 * column widths so that no line wraps in Google Docs (issue 16: the motto wrapped at 292,72 pt in a fallback font).
 */
const REGULAR_UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611,
];
const REGULAR_LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444,
];
const BOLD_UPPER = [
  722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
  722, 722, 667,
];
const BOLD_LOWER = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
  500, 500, 444,
];
const PUNCT: Record<string, [number, number]> = {
  ' ': [250, 250],
  ',': [250, 250],
  '.': [250, 250],
  ':': [278, 333],
  ';': [278, 333],
  '-': [333, 333],
  '/': [278, 278],
  '(': [333, 333],
  ')': [333, 333],
  '\u2013': [500, 500],
  '\u2014': [1000, 1000],
};

/** The base letter of a Vietnamese letter (NFD without the marks); đ/Đ as d/D; ư/ơ and Ư/Ơ flagged as horned. */
function base(ch: string): { letter: string; horn: boolean } {
  if (ch === 'đ') return { letter: 'd', horn: false };
  if (ch === 'Đ') return { letter: 'D', horn: false };
  const nfd = ch.normalize('NFD');
  return { letter: nfd[0], horn: nfd.includes('\u031B') };
}

/** Width of one character in 1/1000 em (an unknown one counts as wide as an M). */
function advance(ch: string, bold: boolean): number {
  const p = PUNCT[ch];
  if (p) return p[bold ? 1 : 0];
  if (/\d/.test(ch)) return 500;
  const { letter, horn } = base(ch);
  const code = letter.charCodeAt(0);
  let w: number;
  if (code >= 65 && code <= 90) w = (bold ? BOLD_UPPER : REGULAR_UPPER)[code - 65];
  else if (code >= 97 && code <= 122) w = (bold ? BOLD_LOWER : REGULAR_LOWER)[code - 97];
  else w = bold ? 944 : 889;
  // The horn of ư, ơ, Ư, Ơ sticks out to the right.
  return horn ? w + 56 : w;
}

/** Width in points of a line in Times New Roman of `size` points. */
export function textWidth(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return (units * size) / 1000;
}
