/**
 * The page ↔ server contract: every server function a page calls through `google.script.run`,
 * with the argument it takes and the reply it returns. Compiled by both sides (domain is in
 * tsconfig.server.json and tsconfig.client.json):
 * - the server's exports (`src/server/index.ts`) must satisfy it, so a server function whose
 *   reply differs, or that is missing, fails `npm run typecheck`;
 * - the pages call through `call(name, arg)` (`src/client/shared/run.ts`), typed from it, so a
 *   misspelled name or a wrong argument fails `npm run typecheck`.
 *
 * Declared here with domain types rather than derived from the server's own types: the pages'
 * tsconfig has no Apps Script types, and the server files reach `GoogleAppsScript` through
 * `gas.ts`, so a page cannot even `import type` them. The server functions take `unknown` and
 * check it at run time (the input schemas of `inputs.ts`, `validatePeriod`, `validateNoticeInput`);
 * the argument types below are what those checks accept.
 */
import type { CommuneRun } from './commune/progress';
import type { ActivityInput, CommitmentsInput, PatrolInput, RecordInput } from './inputs';
import type { ListedRecords, ListRecordsInput } from './list';
import type { ReportInput, ReportPreview, ReportResult } from './notice/reportInput';
import type { Resident } from './records';
import type { Tt124Assessment } from './tt124/assess';
import type { Tt124DocInput, Tt124DocResult, Tt124Input } from './tt124/input';
import type { Period } from './report';
import type {
  ActivitySaved,
  ApiResult,
  BootstrapData,
  CommitmentsSaved,
  ComplianceData,
  DeleteRecordInput,
  FindHouseholdsInput,
  FoundHouseholds,
  NoticeInput,
  NoticePreview,
  NoticeResult,
  NoticeTemplateInfo,
  PatrolSaved,
  RecordDeleted,
  RecordSaved,
  SummaryData,
  ValidateData,
} from './wire';

/** Server function name → `(argument) => reply` (property syntax: arguments are checked strictly). */
export interface Api {
  apiBootstrap: () => ApiResult<BootstrapData>;
  apiListResidents: (arg: { householdId: string }) => ApiResult<Resident[]>;
  /** Households found by id, head's name or address as the user types (accents optional). */
  apiFindHouseholds: (arg: FindHouseholdsInput) => ApiResult<FoundHouseholds>;
  apiListRecords: (arg: ListRecordsInput) => ApiResult<ListedRecords>;
  apiSavePatrol: (arg: PatrolInput) => ApiResult<PatrolSaved>;
  apiSaveCommitments: (arg: CommitmentsInput) => ApiResult<CommitmentsSaved>;
  apiSaveActivity: (arg: ActivityInput) => ApiResult<ActivitySaved>;
  apiSaveRecord: (arg: RecordInput) => ApiResult<RecordSaved>;
  /** The phone page's saves (SPEC §7.1): the caller checked (a member: their own team), then the saves above. */
  apiPhoneSavePatrol: (arg: PatrolInput) => ApiResult<PatrolSaved>;
  apiPhoneSaveActivity: (arg: ActivityInput) => ApiResult<ActivitySaved>;
  apiPhoneSaveRecord: (arg: RecordInput) => ApiResult<RecordSaved>;
  apiDeleteRecord: (arg: DeleteRecordInput) => ApiResult<RecordDeleted>;
  apiComputeCompliance: (arg: Period) => ApiResult<ComplianceData>;
  apiWriteSummary: (arg: Period) => ApiResult<SummaryData>;
  apiValidateWorkbook: () => ApiResult<ValidateData>;
  apiPreviewNotice: (arg: Period) => ApiResult<NoticePreview>;
  apiGenerateNotice: (arg: NoticeInput) => ApiResult<NoticeResult>;
  /** The custom template of the settings: title, owner, first lines, trusted or why not. */
  apiTemplateInfo: () => ApiResult<NoticeTemplateInfo>;
  /** The periodic report (SPEC §4.1): the Doc and its PDF beside it; the preview creates nothing. */
  apiGenerateReport: (arg: ReportInput) => ApiResult<ReportResult>;
  apiPreviewReport: (arg: Omit<ReportInput, 'issuedOn'> & { issuedOn?: string }) => ApiResult<ReportPreview>;
  /** The TT 124/2021 self-assessment (SPEC §10): the five criteria judged from the records; nothing written. */
  apiAssessTt124: (arg: Tt124Input) => ApiResult<Tt124Assessment>;
  /** The self-assessment as the Doc "Bản tự đánh giá" and its PDF beside the spreadsheet. */
  apiGenerateTt124: (arg: Tt124DocInput) => ApiResult<Tt124DocResult>;
  /** The commune (SPEC §9.4): starts an update of every village's figures for the period; a first run. */
  apiCommuneUpdate: (arg: Period) => ApiResult<CommuneRun>;
  /** The commune: continues the update under way from its saved progress. */
  apiCommuneContinue: () => ApiResult<CommuneRun>;
  /** The commune's report (SPEC §9.5) of the last update's period, as a Google Doc. */
  apiCommuneReport: (arg: { issuedOn?: string }) => ApiResult<{ docId: string; url: string; name: string }>;
  /** The compliance sidebar's "Kiểm tra dữ liệu" button opens the data check dialog. */
  menuValidate: () => void;
}

export type ApiName = keyof Api;
/** The arguments of `name`: `[]` for a function called without one. */
export type ApiArgs<K extends ApiName> = Parameters<Api[K]>;
export type ApiArg<K extends ApiName> = ApiArgs<K>[0];
export type ApiReply<K extends ApiName> = ReturnType<Api[K]>;
/** The `data` of a successful reply. */
export type ApiData<K extends ApiName> = Extract<ApiReply<K>, { ok: true }>['data'];
