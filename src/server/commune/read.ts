/**
 * Reading one village for the commune (SPEC §9.1, §9.4): `openById`, then exactly the reads of the village's own
 * `Tỷ lệ tuân thủ` (`readFor(READS.compliance)` on that spreadsheet, `computeCompliance`), and only the aggregate
 * record kept.
 * Nothing of the village's rows leaves this function; an error's text is not passed on (it could quote a cell).
 */
import { figuresOf, type VillageFigures } from '../../domain/commune/figures';
import { openErrorStatus, spreadsheetIdOf } from '../../domain/commune/status';
import { computeCompliance } from '../../domain/compliance';
import { t } from '../../domain/i18n';
import type { Period } from '../../domain/report';
import { SHEET } from '../../domain/sheets';
import { unreadableRowCount } from '../../domain/workbook';
import { gas } from '../gas';
import { READS } from '../../domain/reads';
import { readFor } from '../workbook';

export type VillageRead =
  | { status: 'ok'; name: string; figures: VillageFigures }
  | { status: 'noAccess' | 'notSetUp' | 'failed'; note: string };

export function readVillage(address: unknown, period: Period): VillageRead {
  const id = spreadsheetIdOf(address);
  if (!id) return { status: 'noAccess', note: t('commune.note.badAddress') };
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    ss = gas.app().openById(id);
  } catch (e) {
    const status = openErrorStatus(String((e as Error)?.message ?? e));
    return { status, note: status === 'noAccess' ? t('commune.note.noAccess') : t('commune.note.failed') };
  }
  try {
    // No size hints: the document cache is the commune's, not the village's.
    const { data, values } = readFor(READS.compliance, ss, { sizes: false });
    if (!values[SHEET.settings]) return { status: 'notSetUp', note: t('commune.note.notSetUp') };
    const report = computeCompliance(data, period);
    const name = typeof data.settings.ten_thon === 'string' ? data.settings.ten_thon : '';
    return { status: 'ok', name, figures: figuresOf(report, unreadableRowCount(data.issues)) };
  } catch (_e) {
    return { status: 'failed', note: t('commune.note.failed') };
  }
}
