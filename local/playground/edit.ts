/**
 * Edits typed into the playground's grid, carried out as a user's typing would be — through
 * the emulator's Range API: `setValue`/`setValues` of the typed strings (so they are parsed as
 * Sheets parses typed input, in the spreadsheet's locale, and `@` columns keep text as typed),
 * `clearContent` for Delete, `deleteRows` for a row header's "Xoá hàng". Protections answer
 * as Sheets does: a protected range refuses the edit, a warning-only one asks first.
 */
import { columnLetter } from '../../src/domain/a1';
import { ProtectionType } from '../emulator/spreadsheet/protection';
import type { EditRequest } from './protocol';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' message (Vietnamese interface) when a protected cell is edited by someone not allowed to. */
export const PROTECTED_VI =
  'Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ. ' +
  'Vui lòng liên hệ với chủ sở hữu bảng tính để xoá chế độ bảo vệ nếu bạn cần chỉnh sửa.';
/** Sheets' warning for a warning-only protection (Vietnamese interface). */
export const WARNING_VI =
  'Lưu ý! Bạn đang cố chỉnh sửa phần của trang tính này mà không nên thay đổi do vô tình. Vẫn chỉnh sửa?';

const MAX_CELLS = 100_000;

export type EditOutcome = { ok: true; done: string } | { ok: false; error: string } | { ok: false; confirm: string };

export class EditRefused extends Error {}

/** Checks the shape of a request body; throws EditRefused with a Vietnamese message. */
export function parseEditRequest(body: Record<string, unknown>): EditRequest {
  const int = (k: string, min = 1): number => {
    const v = body[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw new EditRefused(`"${k}" không hợp lệ.`);
    return v;
  };
  const sheet = body.sheet;
  if (typeof sheet !== 'string' || !sheet) throw new EditRefused('Thiếu tên trang (sheet).');
  const confirm = body.confirm === true;
  switch (body.op) {
    case 'set': {
      if (typeof body.text !== 'string') throw new EditRefused('Thiếu nội dung (text).');
      return { op: 'set', sheet, row: int('row'), col: int('col'), text: body.text, confirm };
    }
    case 'paste': {
      const texts = body.texts;
      if (
        !Array.isArray(texts) ||
        texts.length === 0 ||
        !texts.every((r) => Array.isArray(r) && r.length === texts[0].length && r.every((t) => typeof t === 'string'))
      )
        throw new EditRefused('Khối dán phải là các dòng cùng số ô, mỗi ô một chuỗi.');
      if (texts[0].length === 0 || texts.length * texts[0].length > MAX_CELLS)
        throw new EditRefused(`Khối dán phải có từ 1 đến ${MAX_CELLS} ô.`);
      return { op: 'paste', sheet, row: int('row'), col: int('col'), texts: texts as string[][], confirm };
    }
    case 'clear':
      return { op: 'clear', sheet, row: int('row'), col: int('col'), rows: int('rows'), cols: int('cols'), confirm };
    case 'deleteRows':
      return { op: 'deleteRows', sheet, row: int('row'), count: int('count'), confirm };
    default:
      throw new EditRefused('Thao tác (op) phải là set, paste, clear hoặc deleteRows.');
  }
}

function a1(row: number, col: number, rows: number, cols: number): string {
  const first = `${columnLetter(col)}${row}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}

function overlaps(r: Range, row: number, col: number, rows: number, cols: number): boolean {
  return (
    r.getRow() <= row + rows - 1 &&
    row <= r.getRow() + r.getNumRows() - 1 &&
    r.getColumn() <= col + cols - 1 &&
    col <= r.getColumn() + r.getNumColumns() - 1
  );
}

/** Whether a warning-only protection covers part of the area (Sheets then asks before editing). */
function warned(sh: Sheet, row: number, col: number, rows: number, cols: number): boolean {
  const type = ProtectionType as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  for (const p of sh.getProtections(type.RANGE))
    if (p.isWarningOnly() && overlaps(p.getRange(), row, col, rows, cols)) return true;
  for (const p of sh.getProtections(type.SHEET)) {
    if (!p.isWarningOnly()) continue;
    const free = p.getUnprotectedRanges();
    const inside = (r: Range) =>
      r.getRow() <= row &&
      r.getColumn() <= col &&
      r.getRow() + r.getNumRows() >= row + rows &&
      r.getColumn() + r.getNumColumns() >= col + cols;
    if (!free.some(inside)) return true;
  }
  return false;
}

/** Grows the grid so that rows..cols fit (Sheets adds rows and columns when a paste runs past the end). */
function growTo(sh: Sheet, lastRow: number, lastCol: number): void {
  if (lastRow > sh.getMaxRows()) sh.insertRowsAfter(sh.getMaxRows(), lastRow - sh.getMaxRows());
  if (lastCol > sh.getMaxColumns()) sh.insertColumnsAfter(sh.getMaxColumns(), lastCol - sh.getMaxColumns());
}

/** Carries out one edit on the active spreadsheet. Never throws for a refused edit: the answer says why. */
export function applyEdit(ss: Spreadsheet, req: EditRequest): EditOutcome {
  const sh = ss.getSheetByName(req.sheet);
  if (!sh) return { ok: false, error: `Không có trang "${req.sheet}".` };
  const [row, col, rows, cols] =
    req.op === 'set'
      ? [req.row, req.col, 1, 1]
      : req.op === 'paste'
        ? [req.row, req.col, req.texts.length, req.texts[0].length]
        : req.op === 'clear'
          ? [req.row, req.col, req.rows, req.cols]
          : [req.row, 1, req.count, sh.getMaxColumns()];
  if (req.op === 'deleteRows' && row + rows - 1 > sh.getMaxRows())
    return { ok: false, error: 'Các hàng này nằm ngoài trang.' };
  if (req.op === 'clear' || req.op === 'set') {
    if (row + rows - 1 > sh.getMaxRows() || col + cols - 1 > sh.getMaxColumns())
      return { ok: false, error: `Ô ${a1(row, col, rows, cols)} nằm ngoài trang.` };
  }
  const inGrid = (): Range =>
    sh.getRange(
      row,
      col,
      Math.min(rows, sh.getMaxRows() - row + 1) || 1,
      Math.min(cols, sh.getMaxColumns() - col + 1) || 1,
    );
  try {
    if (row <= sh.getMaxRows() && col <= sh.getMaxColumns() && !inGrid().canEdit())
      return { ok: false, error: PROTECTED_VI };
    if (!req.confirm && warned(sh, row, col, rows, cols)) return { ok: false, confirm: WARNING_VI };
    const where = a1(row, col, rows, cols);
    switch (req.op) {
      case 'set':
        sh.getRange(row, col).setValue(req.text);
        return { ok: true, done: `Đã nhập ${where}.` };
      case 'paste':
        growTo(sh, row + rows - 1, col + cols - 1);
        sh.getRange(row, col, rows, cols).setValues(req.texts);
        return { ok: true, done: `Đã dán ${where}.` };
      case 'clear':
        sh.getRange(row, col, rows, cols).clearContent();
        return { ok: true, done: `Đã xoá nội dung ${where}.` };
      case 'deleteRows':
        sh.deleteRows(row, rows);
        return { ok: true, done: rows === 1 ? `Đã xoá hàng ${row}.` : `Đã xoá hàng ${row}–${row + rows - 1}.` };
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: /protected cell or object/.test(message) ? PROTECTED_VI : message };
  }
}
