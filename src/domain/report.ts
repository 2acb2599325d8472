/**
 * The shapes shared by compliance (SPEC §3), the summary sheet and the notice (SPEC §4):
 * the workbook as typed records, a period, and the compliance report.
 */
import type { RowIssue } from './codec';
import type { Lists } from './lists';
import type { RecordOf } from './registry/define';
import type { RECORD_TYPES } from './registry/recordTypes';
import type { Settings } from './settings';

/** Inclusive period of ISO days. */
export interface Period {
  from: string;
  to: string;
}

/** Everything the figures are computed from, as read by the row codec. */
export type WorkbookData = RecordsByKey & {
  settings: Settings;
  lists: Lists;
  /** Rows that could not be read (left out of every figure). */
  issues: RowIssue[];
  /** The day of the read in the spreadsheet's zone: a plan does not count the months to come (SPEC §3). */
  today?: string;
};

/** The records of every record type of the registry, by key. */
export type RecordsByKey = { [T in (typeof RECORD_TYPES)[number] as T['key']]: RecordOf<T>[] };

export interface Counts {
  households: number;
  residents: number;
  teams: number;
  members: number;
  boardMembers: number;
  patrols: number;
  patrolParticipations: number;
  patrolsWithPolice: number;
  reminders: number;
  remindersByCategory: Record<string, number>;
  sessions: number;
  sessionAttendees: number;
  schoolSessions: number;
  schoolAttendees: number;
  mediations: number;
  mediationsSuccessful: number;
  supervised: number;
  supervisedByType: Record<string, number>;
  supervisedReoffended: number;
  cameras: number;
  camerasWorking: number;
  tips: number;
  eventsSupported: number;
}

export interface Metric {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
  /** 0–100, or null when the denominator is 0. */
  percent: number | null;
  target: number | null;
  /** null without a target (or without a percent). */
  met: boolean | null;
}

export interface ComplianceReport {
  period: Period;
  counts: Counts;
  metrics: Metric[];
  issues: RowIssue[];
}
