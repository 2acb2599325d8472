/**
 * What each whole-workbook operation reads (issue 15): the fields of each record type its figures use, from the
 * needs declared beside the code that computes them (`COMPLIANCE_NEEDS`, `FACTS_NEEDS`, `MONTHLY_NEEDS`,
 * `REPORT_NEEDS`, `TT124_NEEDS`). The server reads only these columns (`readFor`, `src/server/workbook.ts`); the data
 * check still reads every column of every sheet.
 */
import { COMPLIANCE_NEEDS } from './compliance/scope';
import { MONTHLY_NEEDS } from './compliance/monthly';
import { mergeNeeds } from './fieldNeeds';
import { FACTS_NEEDS } from './notice/facts';
import { REPORT_NEEDS } from './notice/report';
import { TT124_NEEDS } from './tt124/assess';

export const READS = {
  /** `apiComputeCompliance` and the commune's read of a village. */
  compliance: COMPLIANCE_NEEDS,
  /** `apiPreviewNotice`, `apiGenerateNotice`: the figures, the facts and the private names they withhold. */
  notice: mergeNeeds(COMPLIANCE_NEEDS, FACTS_NEEDS),
  /** `apiWriteSummary`: the figures, the two-period comparison and the monthly patrols. */
  summary: mergeNeeds(REPORT_NEEDS, MONTHLY_NEEDS),
  /** `apiPreviewReport`, `apiGenerateReport`. */
  report: REPORT_NEEDS,
  /** `apiAssessTt124`, `apiGenerateTt124`: the TT 124 self-assessment (compliance and the roster within it). */
  tt124: TT124_NEEDS,
} as const;

export type ReadName = keyof typeof READS;
