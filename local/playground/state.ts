/**
 * The playground's workbook on disk: a fresh emulated workbook with the sample village
 * (or an empty one, as a new spreadsheet), or the one saved by an earlier run
 * (`.playground/workbook.json`).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createGasEnvironment, type GasEnvironment } from '../emulator';
import { type Bundle, DIST, loadBundle } from '../bundle';
import { buildCommunePlayground, isMultiState, multiSnapshot, restoreMulti } from './commune';

export const DEFAULT_STATE_FILE = path.resolve(__dirname, '..', '..', '.playground', 'workbook.json');
const FORMAT = 'antt-playground/1';

export interface Workbook {
  env: GasEnvironment;
  bundle: Bundle;
  /** true when it was made anew (no state file, or reset). */
  fresh: boolean;
}

interface StateFile {
  format: typeof FORMAT;
  savedAt: string;
  spreadsheet: unknown;
}

/** The built add-on the playground runs: `dist/` unless a test points it at another build. */
let dist = DIST;
export function useDist(dir: string): void {
  dist = dir;
}

export function requireDist(): void {
  if (!existsSync(path.join(dist, 'Code.js'))) {
    throw new Error(`Chưa có ${path.join(dist, 'Code.js')}: hãy chạy "npm run build" trước.`);
  }
}

const bundleOf = (env: GasEnvironment) => loadBundle(env, path.join(dist, 'Code.js'));

/** The emulator's "now": the real clock, or a fixed day (`--today`) at 09:00 in Vietnam. */
export type Now = () => Date;

/** `YYYY-MM-DD` → a clock stopped at 09:00 (Asia/Ho_Chi_Minh) of that day; undefined → the real clock. */
export function fixedNow(today?: string): Now | undefined {
  if (!today) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T02:00:00Z`)))
    throw new Error(`Ngày "${today}" không hợp lệ (cần YYYY-MM-DD).`);
  const at = new Date(`${today}T02:00:00Z`);
  return () => new Date(at.getTime());
}

function newEnvironment(spreadsheet?: unknown, now?: Now): GasEnvironment {
  return createGasEnvironment({ htmlDir: dist, spreadsheet, ...(now ? { now } : {}) });
}

/** Reads the saved workbook JSON; a bare `env.saveSpreadsheet()` dump is accepted too. */
export function readStateFile(file: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `Không đọc được tệp trạng thái ${file}: ${(e as Error).message}.` +
        ' Chạy lại với --reset để bắt đầu lại từ dữ liệu mẫu.',
    );
  }
  const s = parsed as Partial<StateFile>;
  return s && s.format === FORMAT ? s.spreadsheet : parsed;
}

/** The workbook as JSON text (compared between calls to see whether anything changed). */
export function snapshot(env: GasEnvironment): string {
  // Several spreadsheets (the commune playground): all of them, the active one and the user.
  if (env.spreadsheets().length > 1) return JSON.stringify(multiSnapshot(env));
  return JSON.stringify(env.saveSpreadsheet());
}

/** Writes the snapshot atomically (temp file + rename), so a crash never leaves half a workbook. */
export function writeStateFile(file: string, spreadsheetJson: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const savedAt = new Date().toISOString();
  const head = `{"format":${JSON.stringify(FORMAT)},"savedAt":${JSON.stringify(savedAt)},"spreadsheet":`;
  writeFileSync(tmp, `${head}${spreadsheetJson}}`);
  renameSync(tmp, file);
}

/** The sample village in a new workbook: `setupWorkbook()` then `loadSampleVillage()`, as a user would. */
export function sampleWorkbook(now?: Now): Workbook {
  requireDist();
  const env = newEnvironment(undefined, now);
  const bundle = bundleOf(env);
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  // As after the menu's set-up: the user lands on the settings, not on the last sheet inserted.
  env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetByName('Cài đặt')!);
  return { env, bundle, fresh: true };
}

/** The name Sheets gives a new spreadsheet (Vietnamese interface). */
export const NEW_SPREADSHEET_NAME = 'Bảng tính không có tiêu đề';

/**
 * A new spreadsheet as a Vietnamese user gets it from Google Sheets: one blank sheet
 * `Trang tính1`, locale vi_VN; nothing set up, no sample. The first-run experience.
 */
export function emptyWorkbook(now?: Now): Workbook {
  requireDist();
  const env = createGasEnvironment({ htmlDir: dist, spreadsheetName: NEW_SPREADSHEET_NAME, ...(now ? { now } : {}) });
  const ss = env.spreadsheet;
  ss.setSpreadsheetLocale('vi_VN');
  ss.getSheets()[0].setName('Trang tính1');
  return { env, bundle: bundleOf(env), fresh: true };
}

/** Starting points of a new playground workbook. */
export type Start = 'sample' | 'empty' | 'commune';

/** A commune of three villages (the sample and two generated) and its spreadsheet, active (issue 18). */
export function communeWorkbook(now?: Now): Workbook {
  requireDist();
  const env = newEnvironment(undefined, now);
  const bundle = bundleOf(env);
  buildCommunePlayground(env, bundle);
  return { env, bundle, fresh: true };
}

export function newWorkbook(start: Start, now?: Now): Workbook {
  if (start === 'commune') return communeWorkbook(now);
  return start === 'empty' ? emptyWorkbook(now) : sampleWorkbook(now);
}

/**
 * Resumes from `stateFile` when it exists (and `reset` is off), else starts anew (the sample village, or an empty
 * workbook).
 */
export function openWorkbook(stateFile: string, reset = false, now?: Now, start: Start = 'sample'): Workbook {
  requireDist();
  if (reset || !existsSync(stateFile)) return newWorkbook(start, now);
  const saved = readStateFile(stateFile);
  if (isMultiState(saved)) {
    const env = newEnvironment(undefined, now);
    restoreMulti(env, saved);
    return { env, bundle: bundleOf(env), fresh: false };
  }
  const env = newEnvironment(saved, now);
  return { env, bundle: bundleOf(env), fresh: false };
}
