/** The counts of SPEC §3 in reading order, with their Vietnamese labels; the by-category maps follow their total. */
import { t } from './i18n';
import type { Counts } from './report';

type ScalarKey = { [K in keyof Counts]: Counts[K] extends number ? K : never }[keyof Counts];

export const COUNT_KEYS: readonly ScalarKey[] = [
  'households',
  'residents',
  'teams',
  'members',
  'boardMembers',
  'patrols',
  'patrolParticipations',
  'patrolsWithPolice',
  'reminders',
  'sessions',
  'sessionAttendees',
  'schoolSessions',
  'schoolAttendees',
  'mediations',
  'mediationsSuccessful',
  'supervised',
  'supervisedReoffended',
  'cameras',
  'camerasWorking',
  'tips',
  'eventsSupported',
];

export interface CountRow {
  key: string;
  label: string;
  value: number;
  /** A line of a breakdown (`remindersByCategory`, `supervisedByType`). */
  detail?: boolean;
}

/** Every count as a labelled row; each breakdown line comes right after its total. */
export function countRows(c: Counts): CountRow[] {
  const out: CountRow[] = [];
  const breakdown = (key: 'remindersByCategory' | 'supervisedByType') => {
    for (const [name, value] of Object.entries(c[key]))
      out.push({ key: `${key}:${name}`, label: t(`count.${key}`, { name }), value, detail: true });
  };
  for (const key of COUNT_KEYS) {
    out.push({ key, label: t(`count.${key}`), value: c[key] });
    if (key === 'reminders') breakdown('remindersByCategory');
    if (key === 'supervised') breakdown('supervisedByType');
  }
  return out;
}
