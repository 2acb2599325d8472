/**
 * "Cập nhật số liệu các thôn" and "Tiếp tục cập nhật" (SPEC §9.4): villages read one by one in `Các thôn` order,
 * each row written and the progress saved in document properties after each, until the run's time budget would
 * be passed; the last run writes `Tổng hợp xã` and removes the progress. Under the commune's document lock.
 */
import { parseFigures, type VillageFigures } from '../../domain/commune/figures';
import { type CommuneLayout, type CommuneVillage, communeLayout } from '../../domain/commune/layout';
import {
  type CommuneRun,
  fitsAnother,
  type Progress,
  parseProgress,
  RUN_BUDGET_MS,
} from '../../domain/commune/progress';
import { isStale, VILLAGE_STATUSES, type VillageStatus, villageRowKind } from '../../domain/commune/status';
import type { Clock } from '../../domain/clock';
import { t } from '../../domain/i18n';
import { periodText, validatePeriod } from '../../domain/periods';
import type { Period } from '../../domain/report';
import type { ApiResult } from '../../domain/wire';
import { gas, sheetClock } from '../gas';
import { withDocumentLock } from '../lock';
import { insertChart, replaceWithBlock } from '../sheetBlock';
import { readVillage } from './read';
import { COL, notCommuneMessage, summarySheetName, VILLAGE_COLUMNS, villagesSheetName } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROGRESS_KEY = 'commune.progress';
/** A toast every this many villages. */
const TOAST_EVERY = 5;

/** What column G keeps: the aggregate record and when it was read. */
type Stored = VillageFigures & { readAt: string };

const statusByLabel = (): Map<string, VillageStatus> =>
  new Map(VILLAGE_STATUSES.map((s) => [t(`commune.status.${s}`), s]));

const refuse = (message: string): { ok: false; errors: { field: string; message: string }[] } => ({
  ok: false,
  errors: [{ field: '', message }],
});

/** Starts an update for the period: every village pending, progress saved, then a first run. */
export function apiCommuneUpdate(input?: unknown): ApiResult<CommuneRun> {
  const checked = validatePeriod(input);
  if (!checked.ok) return checked;
  return withDocumentLock(() => {
    const ss = gas.spreadsheet();
    const sheet = ss.getSheetByName(villagesSheetName());
    // A village's spreadsheet (or one never set up as a commune's): an answer, not a fault.
    if (!sheet) return refuse(notCommuneMessage());
    const rows = dataRows(sheet);
    if (!rows.some((r) => String(r[COL.address - 1]).trim()))
      return refuse(t('commune.noVillages', { sheet: villagesSheetName() }));
    const first = { village: t('commune.status.pending'), noAddress: t('commune.status.noAddress'), blank: '' };
    sheet.getRange(2, COL.status, rows.length, 1).setValues(rows.map((r) => [first[kindOf(r)]]));
    const progress: Progress = {
      period: checked.period,
      startedAt: new Date().toISOString(),
      next: 0,
      total: rows.length,
      runs: 0,
    };
    saveProgress(progress);
    return { ok: true, data: run(ss, sheet, progress) };
  });
}

/** Continues the update under way from its saved progress (a new execution: a new time budget). */
export function apiCommuneContinue(): ApiResult<CommuneRun> {
  return withDocumentLock(() => {
    const progress = parseProgress(gas.documentProperties().getProperty(PROGRESS_KEY));
    if (!progress) return refuse(t('commune.nothingToContinue'));
    const ss = gas.spreadsheet();
    const sheet = ss.getSheetByName(villagesSheetName());
    if (!sheet) return refuse(notCommuneMessage());
    return { ok: true, data: run(ss, sheet, progress) };
  });
}

function saveProgress(p: Progress): void {
  gas.documentProperties().setProperty(PROGRESS_KEY, JSON.stringify(p));
}

const kindOf = (r: unknown[]) => villageRowKind(r[COL.address - 1], r[COL.name - 1]);

/** The rows under the header, as many as the sheet has (one read). */
export function dataRows(sheet: Sheet): unknown[][] {
  const values = sheet.getDataRange().getValues();
  return values.slice(1).map((r) => {
    const row = r.slice(0, VILLAGE_COLUMNS);
    while (row.length < VILLAGE_COLUMNS) row.push('');
    return row;
  });
}

function run(ss: Spreadsheet, sheet: Sheet, progress: Progress): CommuneRun {
  const started = Date.now();
  const clock = sheetClock(ss);
  const rows = dataRows(sheet);
  progress.total = rows.length;
  progress.runs++;
  let slowest = 0;
  let read = 0;
  while (progress.next < rows.length) {
    if (!fitsAnother(Date.now() - started, slowest, RUN_BUDGET_MS)) break;
    const i = progress.next;
    const t0 = Date.now();
    const row = rows[i];
    if (kindOf(row) !== 'blank') {
      const next = villageRow(row, progress, clock);
      sheet.getRange(i + 2, COL.name, 1, VILLAGE_COLUMNS - 1).setValues([next.slice(1)]);
      rows[i] = next;
      read++;
      if (read % TOAST_EVERY === 0)
        ss.toast(t('commune.progress', { done: i + 1, total: rows.length }), t('commune.title'), 5);
    }
    progress.next = i + 1;
    saveProgress(progress);
    slowest = Math.max(slowest, Date.now() - t0);
  }
  const statuses = countStatuses(rows);
  if (progress.next < rows.length) {
    const message = t('commune.paused', {
      done: progress.next,
      total: rows.length,
      left: rows.length - progress.next,
      next: t('menu.communeContinue'),
    });
    ss.toast(message, t('commune.title'), 10);
    return {
      period: progress.period,
      done: progress.next,
      total: rows.length,
      finished: false,
      runs: progress.runs,
      statuses,
      message,
    };
  }
  const layout = writeSummary(ss, clock, progress, rows);
  gas.documentProperties().deleteProperty(PROGRESS_KEY);
  const ok = layout.ranked.filter((r) => r.item.status === 'ok').length;
  const message = t('commune.done', {
    ok,
    total: rows.filter((r) => kindOf(r) !== 'blank').length,
    period: periodText(progress.period),
    sheet: summarySheetName(),
  });
  ss.toast(message, t('commune.title'), 10);
  return {
    period: progress.period,
    done: rows.length,
    total: rows.length,
    finished: true,
    runs: progress.runs,
    statuses,
    message,
  };
}

/** The new row A:G of a village after reading it. */
function villageRow(row: unknown[], progress: Progress, clock: Clock): unknown[] {
  const typedName = String(row[COL.name - 1] ?? '').trim();
  // A name without an address: nothing to read; said on the row, figures of an earlier address removed.
  if (kindOf(row) === 'noAddress')
    return [row[0], typedName, t('commune.status.noAddress'), '', t('commune.note.noAddress'), '', ''];
  const got = readVillage(row[COL.address - 1], progress.period);
  if (got.status === 'ok') {
    const readAt = new Date();
    const stored: Stored = { ...got.figures, readAt: readAt.toISOString() };
    const note = got.figures.unreadableRows ? t('commune.note.unreadable', { rows: got.figures.unreadableRows }) : '';
    return [
      row[0],
      typedName || got.name,
      t('commune.status.ok'),
      readAt,
      note,
      periodText(progress.period),
      JSON.stringify(stored),
    ];
  }
  const kept = storedOf(row);
  if (kept && !isStale(kept, progress.period, '')) {
    // Same period, read by an earlier update: kept, marked stale, the reason in the note.
    const at = row[COL.readAt - 1];
    const atText = at instanceof Date ? shownTime(clock, at) : String(at);
    return [
      row[0],
      typedName,
      t('commune.status.stale'),
      at,
      t('commune.note.kept', { at: atText, reason: got.note }),
      row[COL.period - 1],
      row[COL.figures - 1],
    ];
  }
  return [row[0], typedName, t(`commune.status.${got.status}`), '', got.note, '', ''];
}

/** `dd/mm/yyyy HH:mm` in the commune spreadsheet's zone. */
const shownTime = (clock: Clock, d: Date): string => `${clock.day(d).split('-').reverse().join('/')} ${clock.time(d)}`;

export function storedOf(row: unknown[]): Stored | null {
  const f = parseFigures(row[COL.figures - 1]);
  if (!f) return null;
  const readAt = (f as Partial<Stored>).readAt;
  return typeof readAt === 'string' ? (f as Stored) : null;
}

function countStatuses(rows: unknown[][]): Record<string, number> {
  const byLabel = statusByLabel();
  const out: Record<string, number> = {};
  for (const r of rows) {
    const s = byLabel.get(String(r[COL.status - 1]));
    if (s) out[s] = (out[s] ?? 0) + 1;
  }
  return out;
}

/** The villages of the rows, as the layout takes them (figures only when of `period`). */
export function villagesOf(rows: unknown[][], period: Period): CommuneVillage[] {
  const byLabel = statusByLabel();
  const out: CommuneVillage[] = [];
  for (const r of rows) {
    const address = String(r[COL.address - 1]).trim();
    const kind = kindOf(r);
    if (kind === 'blank') continue;
    const status = kind === 'noAddress' ? 'noAddress' : (byLabel.get(String(r[COL.status - 1])) ?? 'failed');
    const stored = status === 'ok' || status === 'stale' ? storedOf(r) : null;
    const figures = stored && stored.period.from === period.from && stored.period.to === period.to ? stored : null;
    out.push({ name: String(r[COL.name - 1] ?? '').trim() || address, status, figures });
  }
  return out;
}

function writeSummary(ss: Spreadsheet, clock: Clock, progress: Progress, rows: unknown[][]): CommuneLayout {
  const now = clock.now();
  const layout = communeLayout({
    period: progress.period,
    writtenAt: shownTime(clock, now),
    villages: villagesOf(rows, progress.period),
  });
  const name = summarySheetName();
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name, ss.getSheets().length);
  replaceWithBlock(sheet, layout);
  sheet.setColumnWidth(1, 300);
  for (const spec of layout.charts)
    insertChart(sheet, spec, { legend: 'none', height: Math.max(240, 40 + 28 * (spec.range.numRows - 1)) });
  return layout;
}
