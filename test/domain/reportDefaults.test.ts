import { defaultReportPeriod } from '../../src/domain/reportDefaults';

describe('defaultReportPeriod: the last finished period of each kind', () => {
  it('at 16/06/2023: May 2023, quarter I/2023, the second half of 2022, the year 2022', () => {
    expect(defaultReportPeriod('thang', '2023-06-16')).toEqual({ kind: 'thang', year: 2023, month: 5 });
    expect(defaultReportPeriod('quy', '2023-06-16')).toEqual({ kind: 'quy', year: 2023, quarter: 1 });
    expect(defaultReportPeriod('6thang', '2023-06-16')).toEqual({ kind: '6thang', year: 2022, half: 2 });
    expect(defaultReportPeriod('nam', '2023-06-16')).toEqual({ kind: 'nam', year: 2022 });
  });
  it('in January the month and the quarter are the last ones of the year before', () => {
    expect(defaultReportPeriod('thang', '2024-01-01')).toEqual({ kind: 'thang', year: 2023, month: 12 });
    expect(defaultReportPeriod('quy', '2024-01-31')).toEqual({ kind: 'quy', year: 2023, quarter: 4 });
    expect(defaultReportPeriod('6thang', '2024-01-31')).toEqual({ kind: '6thang', year: 2023, half: 2 });
    expect(defaultReportPeriod('nam', '2024-01-01')).toEqual({ kind: 'nam', year: 2023 });
  });
  it('a period is offered only once it has ended: the last day of a quarter still gives the quarter before', () => {
    expect(defaultReportPeriod('quy', '2023-06-30')).toEqual({ kind: 'quy', year: 2023, quarter: 1 });
    expect(defaultReportPeriod('quy', '2023-07-01')).toEqual({ kind: 'quy', year: 2023, quarter: 2 });
    expect(defaultReportPeriod('quy', '2023-12-07')).toEqual({ kind: 'quy', year: 2023, quarter: 3 });
    expect(defaultReportPeriod('6thang', '2023-06-30')).toEqual({ kind: '6thang', year: 2022, half: 2 });
    expect(defaultReportPeriod('6thang', '2023-07-01')).toEqual({ kind: '6thang', year: 2023, half: 1 });
    expect(defaultReportPeriod('6thang', '2026-12-07')).toEqual({ kind: '6thang', year: 2026, half: 1 });
    expect(defaultReportPeriod('thang', '2023-12-31')).toEqual({ kind: 'thang', year: 2023, month: 11 });
  });
});
