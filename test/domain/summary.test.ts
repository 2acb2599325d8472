/** `Tổng hợp`'s comparison with the same dates one year earlier, and why it is left out for a long period. */
import { computeCompliance } from '../../src/domain/compliance';
import { monthlyPatrols } from '../../src/domain/compliance/monthly';
import { t } from '../../src/domain/i18n';
import { sameDatesYearBefore } from '../../src/domain/periods';
import { summaryLayout, yearBefore } from '../../src/domain/summary';
import { PERIOD, villageFixture } from './complianceFixture';

describe('yearBefore', () => {
  it('is the same dates one year earlier for a period of at most a year (29/02 read as 28/02)', () => {
    expect(yearBefore({ from: '2022-01-01', to: '2022-12-31' })).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(yearBefore({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' });
    expect(yearBefore({ from: '2022-06-16', to: '2023-06-15' })).toEqual({ from: '2021-06-16', to: '2022-06-15' });
  });
  it('is null when the year before would share a day with the period (longer than one year)', () => {
    // 16/06/2022 – 16/06/2023 is one day longer than a year: 16/06/2022 would be on both sides.
    expect(yearBefore({ from: '2022-06-16', to: '2023-06-16' })).toBeNull();
    expect(sameDatesYearBefore({ from: '2021-06-23', to: '2023-06-15' })).toEqual({
      from: '2020-06-23',
      to: '2022-06-15',
    });
    expect(yearBefore({ from: '2021-06-23', to: '2023-06-15' })).toBeNull();
  });
});

describe('summaryLayout without a comparison', () => {
  const data = villageFixture();
  const base = {
    report: computeCompliance(data, PERIOD),
    monthly: monthlyPatrols(data, PERIOD),
    modelName: 'Thôn A tự quản về ANTT',
    writtenAt: '20/06/2023 10:00',
    unreadableRows: 0,
  };
  it('writes the title and why it is left out, and no two-period table', () => {
    const note = t('summary.compareLeftOut', { period: '23/06/2021 – 15/06/2023' });
    expect(note).toBe(
      'Không so sánh: kỳ 23/06/2021 – 15/06/2023 dài hơn một năm nên cùng kỳ năm trước trùng một phần với kỳ này.',
    );
    const values = summaryLayout({ ...base, comparisonLeftOut: note }).values;
    const title = values.findIndex((row) => row[0] === 'So với cùng kỳ năm trước');
    expect(title).toBeGreaterThan(0);
    expect(values[title + 1][0]).toBe(note);
    expect(values.some((row) => row[1] === 'Kỳ này')).toBe(false);
    expect(summaryLayout(base).values.some((row) => String(row[0]).startsWith('So với cùng kỳ'))).toBe(false);
  });
});
