import {
  inPeriod,
  monthsByToday,
  monthsOf,
  monthsTouched,
  plannedBy,
  PERIOD_PRESETS,
  periodText,
  presetPeriod,
  validatePeriod,
} from '../../src/domain/periods';

describe('presetPeriod', () => {
  const today = '2023-06-20';
  it.each([
    ['month', { from: '2023-06-01', to: '2023-06-30' }],
    ['quarter', { from: '2023-04-01', to: '2023-06-30' }],
    ['half', { from: '2023-01-01', to: '2023-06-30' }],
    ['year', { from: '2023-01-01', to: '2023-12-31' }],
    ['tt124', { from: '2022-11-01', to: '2023-10-31' }],
  ] as const)('%s', (preset, period) => {
    expect(presetPeriod(preset, today)).toEqual(period);
  });
  it('handles month ends, leap years, the second half and the next TT 124 year', () => {
    expect(presetPeriod('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('month', '2023-02-10')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(presetPeriod('quarter', '2023-12-31')).toEqual({ from: '2023-10-01', to: '2023-12-31' });
    expect(presetPeriod('quarter', '2023-01-01')).toEqual({ from: '2023-01-01', to: '2023-03-31' });
    expect(presetPeriod('half', '2023-07-01')).toEqual({ from: '2023-07-01', to: '2023-12-31' });
    expect(presetPeriod('tt124', '2023-10-31')).toEqual({ from: '2022-11-01', to: '2023-10-31' });
    expect(presetPeriod('tt124', '2023-11-01')).toEqual({ from: '2023-11-01', to: '2024-10-31' });
  });
  it('founding runs from ngay_thanh_lap to today; custom has no preset', () => {
    expect(presetPeriod('founding', '2023-06-15', '2021-06-23')).toEqual({ from: '2021-06-23', to: '2023-06-15' });
    expect(presetPeriod('founding', '2023-06-15', null)).toBeNull();
    expect(presetPeriod('founding', '2023-06-15', '2024-01-01')).toBeNull();
    expect(presetPeriod('custom', '2023-06-15')).toBeNull();
  });
  it('has a Vietnamese label for every preset', () => {
    expect(PERIOD_PRESETS.map((p) => p.key)).toEqual([
      'month',
      'quarter',
      'half',
      'year',
      'tt124',
      'founding',
      'custom',
    ]);
    expect(PERIOD_PRESETS.find((p) => p.key === 'half')!.label).toBe('Sơ kết 6 tháng');
    expect(PERIOD_PRESETS.find((p) => p.key === 'year')!.label).toBe('Tổng kết năm');
  });
});

describe('monthsTouched and inPeriod', () => {
  it('counts calendar months that intersect the period', () => {
    expect(monthsTouched({ from: '2021-06-23', to: '2023-06-15' })).toBe(25);
    expect(monthsTouched({ from: '2023-06-30', to: '2023-07-01' })).toBe(2);
    expect(monthsTouched({ from: '2023-06-01', to: '2023-06-01' })).toBe(1);
    expect(monthsTouched({ from: '2022-11-01', to: '2023-10-31' })).toBe(12);
  });
  it('is inclusive at both ends', () => {
    const p = { from: '2023-01-01', to: '2023-06-30' };
    expect([
      inPeriod('2022-12-31', p),
      inPeriod('2023-01-01', p),
      inPeriod('2023-06-30', p),
      inPeriod('2023-07-01', p),
      inPeriod(null, p),
    ]).toEqual([false, true, true, false, false]);
  });
  it('writes the period the Vietnamese way', () => {
    expect(periodText({ from: '2021-06-23', to: '2023-06-15' })).toBe('23/06/2021 – 15/06/2023');
  });
});

describe('the months of a period by today (a monthly plan)', () => {
  const year = { from: '2023-01-01', to: '2023-12-31' };
  it('lists the months touched, across a new year', () => {
    expect(monthsOf({ from: '2022-11-15', to: '2023-02-01' })).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });
  it('keeps every month of a period over before today, or without today, as before', () => {
    const all = monthsOf(year);
    expect(monthsByToday(year, '2024-01-01')).toEqual({ past: all, current: null });
    expect(monthsByToday(year)).toEqual({ past: all, current: null });
    expect(plannedBy(2, year, '2024-01-01')).toBe(24);
    expect(plannedBy(2, { from: '2023-06-01', to: '2023-06-10' }, '2023-06-16')).toBe(2);
  });
  it('leaves out the months to come and counts today’s month by its days gone by, rounded down', () => {
    expect(monthsByToday(year, '2023-06-16')).toEqual({
      past: ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05'],
      current: { month: '2023-06', days: 16, length: 30 },
    });
    expect(plannedBy(2, year, '2023-06-16')).toBe(11); // 5 × 2 + ⌊2 × 16/30⌋
    expect(plannedBy(4, year, '2023-06-16')).toBe(22); // 5 × 4 + ⌊4 × 16/30⌋
    expect(plannedBy(2, { from: '2026-07-01', to: '2026-12-31' }, '2026-12-07')).toBe(10); // ⌊2 × 7/31⌋ = 0
    expect(plannedBy(2, { from: '2023-06-01', to: '2023-06-30' }, '2023-06-01')).toBe(0);
  });
  it('counts a month that ends today in full, and nothing for a period not begun', () => {
    expect(monthsByToday(year, '2023-06-30')).toMatchObject({ current: null });
    expect(plannedBy(2, year, '2023-06-30')).toBe(12);
    expect(plannedBy(2, year, '2022-12-31')).toBe(0);
    expect(monthsByToday({ from: '2023-06-20', to: '2023-08-31' }, '2023-06-16')).toEqual({ past: [], current: null });
  });
});

describe('validatePeriod', () => {
  it('accepts real days in order', () => {
    expect(validatePeriod({ from: '2023-01-01', to: '2023-01-01' })).toEqual({
      ok: true,
      period: { from: '2023-01-01', to: '2023-01-01' },
    });
  });
  it('names the field of each problem, in Vietnamese', () => {
    expect(validatePeriod({ from: '2023-02-30', to: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'from', message: 'Từ ngày: "2023-02-30" không phải ngày hợp lệ' },
        { field: 'to', message: 'Đến ngày: không được để trống' },
      ],
    });
    expect(validatePeriod({ from: '2023-06-02', to: '2023-06-01' })).toEqual({
      ok: false,
      errors: [{ field: 'to', message: 'Đến ngày phải bằng hoặc sau Từ ngày' }],
    });
    expect(validatePeriod({ from: '15/06/2023', to: '2023-06-01' }).ok).toBe(false);
    expect(validatePeriod({ from: '1800-01-01', to: '2023-06-01' })).toMatchObject({
      ok: false,
      errors: [{ field: 'from' }],
    });
    expect(validatePeriod(undefined)).toMatchObject({ ok: false, errors: [{ field: 'from' }, { field: 'to' }] });
    expect(validatePeriod({ from: 20230101, to: '2023-06-01' })).toMatchObject({
      ok: false,
      errors: [{ field: 'from' }],
    });
  });
});
