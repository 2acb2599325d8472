/**
 * Shapes that cross `google.script.run` (SPEC §6), declared once for the server that
 * returns them and the pages that read them.
 */
import type { CheckIssue, IdFill } from './check';
import type { ActivityKind, FieldError } from './inputs';
import type { Lists } from './lists';
import type { PlaceholderDef } from './notice/placeholders';
import type { PeriodPreset, PeriodPresetDef } from './periods';
import type { Household, Member, Team } from './records';
import type { ComplianceReport, Period } from './report';
import type { Settings } from './settings';
import type { RecordKey } from './sheets';

/**
 * Every reply: the data, or what the user can fix (`errors`, each naming its field). A save
 * that looks like a duplicate answers `needsConfirm` with its `warnings` and writes nothing;
 * the same request sent again with `confirm: true` saves it.
 */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldError[]; needsConfirm?: true; warnings?: FieldError[] };

/** `apiDeleteRecord()`'s input: the record, and whether the records that depend on it go with it. */
export interface DeleteRecordInput {
  requestId: string;
  sheet: RecordKey;
  id: string;
  /** A household with residents or commitments is deleted with them only when true. */
  cascade?: boolean;
}

/** `apiDeleteRecord()`'s data: every row removed, by sheet (the record first, then what went with it). */
export interface RecordDeleted {
  id: string;
  removed: { sheet: string; ids: string[] }[];
}

/** Households with a `Đã ký` row, by year then commitment type. */
export type SignedByYear = Record<string, Record<string, string[]>>;

/**
 * Who signed which commitment, summarised per household (SPEC §6): `years` = [last year, this year], `types` =
 * the commitment types (`Danh mục` order, then others found in `Cam kết`); `households[id]` holds one number per
 * year whose bit `i` (value 2^i) is set when that household has a `Đã ký` row of `types[i]` that year (households
 * without any are left out, and only the households given are listed); `counts[year][type]` = active households
 * that signed that type that year, `counts[year]['*']` = those that signed every required type.
 */
export interface SignedSummary {
  years: string[];
  types: string[];
  households: Record<string, number[]>;
  counts: Record<string, Record<string, number>>;
}

/**
 * `apiFindHouseholds()`'s input: words to find (id, head's name, address; accents optional), or a team's
 * households (`teamId`, "Chọn cả tổ"), or both.
 */
export interface FindHouseholdsInput {
  /** Required without `teamId`. */
  query?: string;
  /** The households of this team ('' = of no team), in sheet order (narrowed by `query` when not blank). */
  teamId?: string;
  /** Every household, in sheet order (narrowed by `query` when not blank): "Chọn tất cả". */
  all?: boolean;
  /** At most this many (1–100, default 20; with `teamId` or `all` 1–20,000, default every one). */
  limit?: number;
  /** Also households that moved away (the registry and the lookup edit them). */
  inactive?: boolean;
  /** Also who signed what, for the households found (`signed.households`; the commitments form). */
  signed?: boolean;
  /** `ids`, `heads`, `teams` instead of whole records (`households` is then empty): a team's answer stays small. */
  idsOnly?: boolean;
}

/** `apiFindHouseholds()`'s data: the first `limit` households found, how many match in all. */
export interface FoundHouseholds {
  households: Household[];
  total: number;
  /** With `idsOnly`: the ids of the households found, in order, their heads (`Chủ hộ`) and teams ('' when blank). */
  ids?: string[];
  heads?: string[];
  teams?: string[];
  /** With `signed: true`: who of them signed what, this year and the last. */
  signed?: SignedSummary;
}

/** `apiBootstrap()`'s data: what every form needs, inlined into the page when it opens. */
export interface BootstrapData {
  today: string;
  timeZone: string;
  teams: Team[];
  members: Member[];
  /**
   * The active households when there are at most `HOUSEHOLDS_INLINE_MAX` of them, else none: the forms then find
   * them with `apiFindHouseholds` as the user types (`householdSearch`).
   */
  households: Household[];
  /** Active households in all. */
  householdCount: number;
  /** True when `households` is left empty for their number: the pickers search the server. */
  householdSearch: boolean;
  lists: Lists;
  settings: Settings;
  /** Rows that could not be read (shown as a count with a link to the data check). */
  unreadableRows: number;
  /**
   * Who signed what this year and the last, per inlined household, and the counts of all active households: who
   * `apiSaveCommitments` reports as already signed (a later `Vi phạm` row does not remove them).
   */
  signed: SignedSummary;
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
  /** The PDF saved beside the Doc (null when Drive refused it; `pdfError` says why). */
  pdfId: string | null;
  pdfUrl: string | null;
  pdfError?: string;
}

/** `apiSavePatrol()`'s data. */
export interface PatrolSaved {
  id: string;
  reminderIds: string[];
  /** The patrol ended after midnight (its end is earlier than its start). */
  overnight: boolean;
}

/** `apiSaveCommitments()`'s data. */
export interface CommitmentsSaved {
  /** Ids of the rows written, household by household (types in `Danh mục` order). */
  ids: string[];
  /** Households that had already signed that type that year (no row written for them). */
  alreadySigned: { householdId: string; type: string }[];
}

/** `apiSaveActivity()`'s data. */
export interface ActivitySaved {
  id: string;
  kind: ActivityKind;
}

/** Who uses the phone page (SPEC §7.1): a member listed by email (with their team), or an owner or editor. */
export interface PhoneUser {
  kind: 'member' | 'editor';
  email: string;
  memberId?: string;
  name?: string;
  /** The member's team ('' when the member has none); absent for an editor. */
  teamId?: string;
}

/** A household as the phone page gets it: what its forms show, search and check (id, head, team, dates). */
export type PhoneHousehold = Pick<Household, 'id' | 'head' | 'teamId' | 'arrivedOn' | 'leftOn'>;

/** The phone page's boot data: the forms' data (without `signed`, households trimmed) and the user. */
export interface PhoneBoot extends Omit<BootstrapData, 'households'> {
  households: PhoneHousehold[];
  user: PhoneUser;
}

/** `menuPhoneLink`'s dialog: the web app's address ('' before it is deployed). */
export interface PhoneLink {
  url: string;
}

/** `apiSaveRecord()`'s data. */
export interface RecordSaved {
  id: string;
  /** true: a new row was added; false: the row with `id` was edited. */
  created: boolean;
}

/** `apiComputeCompliance()`'s data (and the report of `apiWriteSummary()`). */
export interface ComplianceData extends ComplianceReport {
  /** Distinct rows left out of the figures (shown with a link to the data check). */
  unreadableRows: number;
  /** Number of issues in all; `issues` holds the first `MAX_ISSUES`, whole-sheet ones first. */
  issueCount: number;
}

/** `apiWriteSummary()`'s data. */
export interface SummaryData {
  sheet: string;
  /** A1 range written. */
  range: string;
  charts: number;
  message: string;
  report: ComplianceData;
}

/** `apiValidateWorkbook()`'s data. */
export interface ValidateData {
  issues: CheckIssue[];
  filledIds: IdFill[];
  /** Link to each issue's cell: `${url}#gid=${gids[sheet]}&range=${a1}`. */
  url: string;
  gids: Record<string, number>;
  /** Why no blank id was filled (a protection stops the user from writing a sheet that needs one), in Vietnamese. */
  blocked?: string;
  /** Saves that had failed half way and were completed first (their stored plans). */
  completedSaves?: number;
}

/** `apiPreviewNotice()`'s data. */
export interface NoticePreview {
  figures: { label: string; value: string }[];
  /** The paragraphs of section 3 as the notice will write them. */
  results: string[];
  unreadableRows: number;
  /** What stops the notice from being made whatever the period (rows of `Cài đặt` naming a district body). */
  warnings: string[];
}

/**
 * `apiTemplateInfo()`'s data: the custom template of the settings as the notice dialog shows it
 * before it is used (text from the Doc: the page sets it as text, never as HTML).
 */
export interface NoticeTemplateInfo {
  title: string;
  /** The owner's email ('' when Drive does not tell). */
  owner: string;
  /** The first non-empty paragraphs of its body (3 at most, each ≤ 200 characters). */
  lines: string[];
  /** Owned by the spreadsheet's owner or in the spreadsheet's folder: generation may use it. */
  trusted: boolean;
  /** Why it may be used, or why not. */
  reason: string;
  /** Placeholders it holds that are not in the documented list. */
  unknown: string[];
}

/** `apiGenerateNotice()`'s argument as the dialog sends it (checked by `validateNoticeInput`). */
export interface NoticeInput extends Period {
  issuedOn: string;
  /** Blank or null: the next number of the settings; the number may come as typed ('12'). */
  number?: number | string | null;
  useTemplate?: boolean;
  signer?: string;
  authority?: string;
  /** One recipient per line, or the lines. */
  recipients?: string | string[];
}

/** What the "Tỷ lệ tuân thủ" sidebar gets inlined. */
export interface ComplianceBoot {
  today: string;
  foundedOn: string | null;
  presets: readonly PeriodPresetDef[];
  preset: PeriodPreset;
}

/** What the "Kiểm tra dữ liệu" dialog gets inlined: the first check and its summary line. */
export interface DataCheckBoot extends ValidateData {
  summary: string;
}

/** What the "Tạo thông báo" dialog gets inlined. */
export interface NoticeBoot extends ComplianceBoot {
  nextNumber: number;
  symbol: string;
  signer: string;
  authority: string;
  recipients: string[];
  /** The custom template setting (`mau_thong_bao`), '' when none. */
  template: string;
  placeholders: readonly PlaceholderDef[];
}
