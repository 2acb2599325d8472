/** A1 notation: parse and format ('A1', 'B2:D10', 'A:A', '1:1', 'A2:C', "'Sheet Name'!A1", columns beyond Z). */

export const MAX_COLUMNS = 18278; // ZZZ

export function columnToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`Invalid column ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`Invalid column letters ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

/** A parsed reference; `null` bounds are open (a whole column or row). All numbers are 1-based. */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Part {
  col: number | null;
  row: number | null;
}

function parsePart(s: string): Part | null {
  const m = PART.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? lettersToColumn(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (row !== null && row < 1) return null;
  if (col !== null && col > MAX_COLUMNS) return null;
  return { col, row };
}

/** Splits an optional sheet prefix (`Sheet1!`, `'It''s here'!`) from the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; ref: string } {
  const s = a1.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    if (s[i] !== "'" || s[i + 1] !== '!') return { sheetName: null, ref: s };
    return { sheetName: name, ref: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang >= 0) return { sheetName: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { sheetName: null, ref: s };
}

/** Parses A1 notation; returns null when it is not valid A1. */
export function parseA1(a1: string): A1Ref | null {
  if (typeof a1 !== 'string') return null;
  const { sheetName, ref } = splitSheetName(a1);
  const pieces = ref.split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.col === null || a.row === null) return null; // 'A' or '1' alone is not a range
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  // '1:3' (whole rows), 'A:C' (whole columns), 'A2:C' (open-ended rows), 'A:C5' (= A1:C5), 'A1:C3'
  if ((a.col === null) !== (b.col === null)) return null;
  let startRow = a.row;
  let endRow = b.row;
  let startCol = a.col;
  let endCol = b.col;
  if (startCol === null || endCol === null) {
    if (startRow === null || endRow === null) return null;
  } else if (startRow === null && endRow !== null) {
    startRow = 1;
  }
  if (startRow !== null && endRow !== null && endRow < startRow) [startRow, endRow] = [endRow, startRow];
  if (startCol !== null && endCol !== null && endCol < startCol) [startCol, endCol] = [endCol, startCol];
  return { sheetName, startRow, startCol, endRow, endCol };
}

/** Formats a rectangle as A1. `openRows`: the range was given as whole columns; `openCols`: as whole rows. */
export function formatA1(
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  open: { rows?: boolean; cols?: boolean } = {},
): string {
  const endRow = row + numRows - 1;
  const endCol = col + numCols - 1;
  if (open.cols) return `${row}:${endRow}`;
  if (open.rows) {
    if (row === 1) return `${columnToLetters(col)}:${columnToLetters(endCol)}`;
    return `${columnToLetters(col)}${row}:${columnToLetters(endCol)}`;
  }
  const start = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(endCol)}${endRow}`;
}

/** Quotes a sheet name for use in A1 notation when it needs quoting. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name))
    return name;
  return `'${name.replace(/'/g, "''")}'`;
}
