/**
 * Shapes that cross `google.script.run` (SPEC §6), declared once for the server that
 * returns them and the pages that read them.
 */
import type { FieldError } from './inputs';
import type { Lists } from './lists';
import type { Household, Member, Team } from './records';
import type { Settings } from './settings';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** Households with a `Đã ký` row, by year then commitment type. */
export type SignedByYear = Record<string, Record<string, string[]>>;

/** `apiBootstrap()`'s data: what every form needs, inlined into the page when it opens. */
export interface BootstrapData {
  today: string;
  timeZone: string;
  teams: Team[];
  members: Member[];
  households: Household[];
  lists: Lists;
  settings: Settings;
  /** Rows that could not be read (shown as a count with a link to the data check). */
  unreadableRows: number;
  /**
   * Households with a `Đã ký` row, by year (this year and the last) then type: who
   * `apiSaveCommitments` reports as already signed (a later `Vi phạm` row does not remove them).
   */
  signed: SignedByYear;
}

/** `apiGenerateNotice()`'s data. */
export interface NoticeResult {
  docId: string;
  url: string;
  title: string;
  /** The number written in `Số: NN/…`. */
  number: number;
  /** `so_van_ban_tiep_theo` after this notice. */
  nextNumber: number;
  usedTemplate: boolean;
  /** False when Drive did not allow moving the Doc into the spreadsheet's folder. */
  placedBesideSpreadsheet: boolean;
  /** Rows of the workbook left out of the figures (unreadable). */
  unreadableRows: number;
  /** Placeholders of the custom template that are not in the documented list (left in the Doc). */
  unknownPlaceholders?: string[];
}
