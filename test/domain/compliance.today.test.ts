/**
 * The patrol plan of a period not over (SPEC §3 `patrolPlan`): the months to come are not counted and today's month
 * counts by its days gone by — the reviewer's figures on the sample village (plan: 2 patrols a month). `today` is the
 * day of the read (`data.today`, from the spreadsheet's clock) unless the caller gives one; periods over keep their
 * figures.
 */
import { intlClock } from '../../src/domain/clock';
import { computeCompliance } from '../../src/domain/compliance';
import type { Period, WorkbookData } from '../../src/domain/report';
import { workbookFromValues } from '../../src/domain/workbook';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleSheetValues } from '../support/sampleValues';

const clock = intlClock('Asia/Ho_Chi_Minh', () => new Date('2023-06-16T03:00:00Z'));
const seed = workbookFromValues(sampleSheetValues(clock), clock);

const plan = (d: WorkbookData, p: Period, today?: string) => {
  const m = computeCompliance(d, p, today).metrics.find((x) => x.key === 'patrolPlan');
  return [m?.numerator, m?.denominator, m?.percent, m?.met];
};

describe('patrolPlan on 16/06/2023', () => {
  it('takes today from the read', () => {
    expect(seed.today).toBe('2023-06-16');
  });
  it('does not count July to December in the year: 13/11, met (it was 13/24, 54,2 %, not met)', () => {
    expect(plan(seed, { from: '2023-01-01', to: '2023-12-31' })).toEqual([13, 11, 100, true]);
  });
  it('expects one patrol of this month by the 16th: 1/1, met (it was 1/2)', () => {
    expect(plan(seed, { from: '2023-06-01', to: '2023-06-30' })).toEqual([1, 1, 100, true]);
  });
  it('keeps the figures of a period over, and those made without today', () => {
    expect(plan(seed, SAMPLE_PERIOD)).toEqual([43, 50, 86, true]);
    expect(plan({ ...seed, today: undefined }, { from: '2023-01-01', to: '2023-12-31' })).toEqual([
      13,
      24,
      54.2,
      false,
    ]);
    expect(plan(seed, { from: '2022-01-01', to: '2022-12-31' }, '2023-06-16')).toEqual(
      plan({ ...seed, today: undefined }, { from: '2022-01-01', to: '2022-12-31' }),
    );
  });
  it('has no plan yet for a period not begun', () => {
    // The seed holds 3 patrols dated after 16/06/2023: counted, against no plan.
    expect(plan(seed, { from: '2023-07-01', to: '2023-12-31' })).toEqual([3, 0, null, null]);
  });
});

describe('patrolPlan of the second half of 2026 made on 07/12/2026', () => {
  const later = workbookFromValues(sampleSheetValues(clock, '2026-12-07'), clock);
  it('does not count December before any patrol is due: 9/10, met (it was 9/12, 75 %)', () => {
    expect(plan(later, { from: '2026-07-01', to: '2026-12-31' }, '2026-12-07')).toEqual([9, 10, 90, true]);
    expect(plan(later, { from: '2026-07-01', to: '2026-12-31' }, '2027-01-01')).toEqual([9, 12, 75, false]);
  });
});
