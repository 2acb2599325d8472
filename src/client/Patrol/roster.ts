/**
 * Who can be ticked on a patrol (the sidebar's and the phone's): the members active on the patrol's day (joined on
 * or before it, not left before it). Choosing the team ticks its members active that day; a change of day keeps out
 * those not active then (unticked with a short note) and, while the ticks are still the team's, ticks the team's
 * members of the new day.
 */
import type { Checklist } from '../shared/checklist';
import { isIsoDay } from '../../domain/clock';
import { t } from '../../domain/i18n';
import { isActiveMember, type Member } from '../../domain/records';
import { vnDay } from '../shared/dateInput';

export class Roster {
  private day: string;
  private teamId = '';
  /** The ids the team's choice ticked ([] once the user ticked otherwise). */
  private auto: string[] = [];
  private readonly byId: Map<string, Member>;

  constructor(
    private readonly members: readonly Member[],
    private readonly list: Checklist,
    today: string,
    /** Called when the ticks changed with the day (the participant count follows them). */
    private readonly changed: () => void = () => {},
  ) {
    this.byId = new Map(members.map((m) => [m.id, m]));
    this.day = today;
    this.list.restrict(this.activeOn(today));
  }

  private activeOn(day: string): (id: string) => boolean {
    return (id) => {
      const m = this.byId.get(id);
      return m !== undefined && isActiveMember(m, day);
    };
  }

  /** The team's members active on the patrol's day. */
  teamMembers(): string[] {
    if (!this.teamId) return [];
    const on = this.activeOn(this.day);
    return this.members.filter((m) => m.teamId === this.teamId && on(m.id)).map((m) => m.id);
  }

  /** A team chosen ('' none): its members active on the day are ticked, the others not. */
  team(teamId: string): void {
    this.teamId = teamId;
    this.auto = this.teamMembers();
    this.list.set(this.auto);
    this.list.note('');
  }

  /**
   * The patrol's day typed or changed (ISO; anything else is ignored until it reads as a day): members not active
   * then are unticked and named in a note; ticks still the team's follow the team on the new day.
   */
  setDay(value: string): void {
    if (!isIsoDay(value) || value === this.day) return;
    const picked = this.list.selected();
    const wasAuto = this.teamId !== '' && same(picked, this.auto);
    this.day = value;
    const dropped = this.list.restrict(this.activeOn(value));
    if (wasAuto) {
      this.auto = this.teamMembers();
      this.list.set(this.auto);
    }
    this.changed();
    this.list.note(
      dropped.length
        ? t('patrol.membersDropped', {
            names: dropped.map((x) => `${x.label} (${x.id})`).join(', '),
            day: vnDay(value),
          })
        : '',
    );
  }

  /** A saved or refused patrol put back into the form: its day's members listed, nothing ticked or noted here. */
  load(day: string): void {
    if (isIsoDay(day)) this.day = day;
    this.auto = [];
    this.list.restrict(this.activeOn(this.day));
    this.list.note('');
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
