/**
 * The Tổ bảo vệ ANTT roster (issue 17, SPEC §10): Luật 30/2023/QH15 (in force 01/07/2024) sets up a Tổ bảo vệ
 * an ninh, trật tự in each thôn; TT 14/2024/TT-BCA covers its training and papers. `Thành viên` holds each
 * member's position in it (Tổ trưởng / Tổ phó / Tổ viên, blank = not in it), training day and whether the
 * papers were issued (and when) — never an ID or card number. Pure: figures of one day from the members.
 */
import { percentOf } from './compliance/percent';
import { isActiveOn } from './records';
import { MEMBERS } from './registry/recordTypes';

/** The day Luật 30/2023/QH15 came into force: no Tổ bảo vệ ANTT before it. */
export const GUARD_LAW_FROM = '2024-07-01';

/** The positions, in order: Tổ trưởng, Tổ phó, Tổ viên. */
export const GUARD_ROLES: readonly string[] = MEMBERS.columns.guardRole.values ?? [];

/** The fields of `Thành viên` the roster's figures read (to merge into the needs of a read, src/domain/reads.ts). */
export const ROSTER_NEEDS = {
  members: ['joinedOn', 'leftOn', 'guardRole', 'trainedOn', 'papers', 'papersOn'],
} as const;

/** What the roster reads of a member (a `Member` has it). */
export interface RosterMember {
  joinedOn: string | null;
  leftOn: string | null;
  /** One of GUARD_ROLES, '' when not in the Tổ bảo vệ ANTT. */
  guardRole: string;
  trainedOn: string | null;
  papers: boolean;
  papersOn: string | null;
}

export interface RosterFigures {
  /** The day counted (`YYYY-MM-DD`). */
  day: string;
  /** The law is in force on the day (from 01/07/2024); before it every count of the Tổ is 0. */
  inForce: boolean;
  /** Members active on the day (SPEC §3). */
  active: number;
  /** Of them, those with a position in the Tổ bảo vệ ANTT. */
  guards: number;
  leaders: number;
  deputies: number;
  rankAndFile: number;
  /** Of the guards, those trained on or before the day. */
  trained: number;
  /** Of the guards, those whose papers were issued on or before the day (ticked without a day: counted). */
  papers: number;
  /** trained / guards in percent, one decimal, rounded half-up; null without guards. */
  trainedPercent: number | null;
  /** papers / guards in percent, as `trainedPercent`. */
  papersPercent: number | null;
}

/** The roster's figures on `onDay` (`YYYY-MM-DD`): members active that day, by position, trained, with papers. */
export function rosterFigures(members: readonly RosterMember[], onDay: string): RosterFigures {
  const inForce = onDay >= GUARD_LAW_FROM;
  const active = members.filter((m) => isActiveOn(m.joinedOn, m.leftOn, onDay));
  const guards = inForce ? active.filter((m) => GUARD_ROLES.includes(m.guardRole)) : [];
  const count = (role: string | undefined) => guards.filter((m) => m.guardRole === role).length;
  const trained = guards.filter((m) => m.trainedOn !== null && m.trainedOn !== '' && m.trainedOn <= onDay).length;
  const papers = guards.filter((m) => m.papers === true && (!m.papersOn || m.papersOn <= onDay)).length;
  return {
    day: onDay,
    inForce,
    active: active.length,
    guards: guards.length,
    leaders: count(GUARD_ROLES[0]),
    deputies: count(GUARD_ROLES[1]),
    rankAndFile: count(GUARD_ROLES[2]),
    trained,
    papers,
    trainedPercent: percentOf(trained, guards.length),
    papersPercent: percentOf(papers, guards.length),
  };
}
