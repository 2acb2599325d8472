/**
 * A session's attending households follow its day (sidebar and phone): only households living in the village on
 * that day can be ticked; a change of day unticks the others and says which (households not inlined in the page:
 * the server checks them).
 */
import { isIsoDay } from '../../domain/clock';
import { t } from '../../domain/i18n';
import { isActiveHousehold } from '../../domain/records';
import type { Checklist } from './checklist';
import { typedValue, vnDay } from './dateInput';

type Household = Parameters<typeof isActiveHousehold>[0] & { id: string };

/**
 * Keeps `households` to those active on the day of `dateBox` from now on; returns the sync function (given a day,
 * e.g. of a queued record being filled back, it uses that one). `then` runs after each change (the head count).
 */
export function followSessionDay(
  households: Checklist,
  all: readonly Household[],
  dateBox: HTMLInputElement,
  then: () => void,
): (value?: string) => void {
  const byId = new Map(all.map((x) => [x.id, x]));
  let current = '';
  const sync = (value = typedValue(dateBox)) => {
    if (!isIsoDay(value) || value === current) return;
    current = value;
    const dropped = households.restrict((id) => {
      const x = byId.get(id);
      return x === undefined || isActiveHousehold(x, value);
    });
    households.note(
      dropped.length
        ? t('activity.householdsDropped', { names: dropped.map((x) => x.label).join(', '), day: vnDay(value) })
        : '',
    );
    then();
  };
  dateBox.addEventListener('input', () => sync());
  dateBox.addEventListener('change', () => sync());
  sync();
  return sync;
}
