/** Pure parts of the data check (new ids, A1 letters) and of the `Tổng hợp` layout. */
import { newIds } from '../../src/domain/check';
import { columnLetter } from '../../src/domain/a1';
import { computeCompliance } from '../../src/domain/compliance';
import { monthlyPatrols } from '../../src/domain/compliance/monthly';
import { sheetDef } from '../../src/domain/sheets';
import { summaryLayout } from '../../src/domain/summary';
import { BUSINESS, ENCROACH, PERIOD, villageFixture } from './complianceFixture';

describe('newIds', () => {
  it('continues after the largest number of the sheet prefix, zero-padded to the sheet width', () => {
    expect(newIds(sheetDef('patrols'), ['TT-0001', 'TT-0043', 'TT-12', 'X-9999', 'TT-00A1'], [50, 52], 0)).toEqual([
      { sheet: 'Tuần tra', row: 50, column: 0, id: 'TT-0044' },
      { sheet: 'Tuần tra', row: 52, column: 0, id: 'TT-0045' },
    ]);
    expect(newIds(sheetDef('households'), ['H109'], [111], 0).map((f) => f.id)).toEqual(['H110']);
    expect(newIds(sheetDef('teams'), [], [2], 0).map((f) => f.id)).toEqual(['T1']);
    expect(newIds(sheetDef('cameras'), ['CAM-99'], [8], 0).map((f) => f.id)).toEqual(['CAM-100']);
    expect(newIds(sheetDef('patrols'), ['TT-0001'], [], 0)).toEqual([]);
  });
  it('writes column letters', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('monthlyPatrols', () => {
  it('has a row for every month touched, with patrols and participations of the period only', () => {
    const rows = monthlyPatrols(villageFixture(), PERIOD);
    expect(rows.map((r) => [r.label, r.patrols, r.participations])).toEqual([
      ['01/2023', 1, 3],
      ['02/2023', 0, 0],
      ['03/2023', 1, 2],
      ['04/2023', 0, 0],
      ['05/2023', 0, 0],
      ['06/2023', 1, 4],
    ]);
  });
});

describe('summaryLayout', () => {
  const data = villageFixture();
  const report = computeCompliance(data, PERIOD);
  const layout = summaryLayout({
    report,
    monthly: monthlyPatrols(data, PERIOD),
    modelName: 'Thôn A tự quản về ANTT',
    writtenAt: '20/06/2023 10:00',
    unreadableRows: 2,
  });

  it('is one rectangle with a format, colour and weight for every cell', () => {
    const h = layout.values.length;
    const w = layout.values[0].length;
    for (const m of [layout.formats, layout.backgrounds, layout.fontColors, layout.fontWeights]) {
      expect(m).toHaveLength(h);
      for (const row of m) expect(row).toHaveLength(w);
    }
    expect(layout.values[3][0]).toContain('Có 2 dòng dữ liệu không đọc được');
  });

  it('orders reminders by the list and keeps month labels as text', () => {
    expect(Object.keys(report.counts.remindersByCategory)).toEqual([BUSINESS, ENCROACH]);
    const monthly = layout.charts[0].range;
    expect(layout.values[monthly.row][monthly.column - 1]).toBe('01/2023');
    expect(layout.formats[monthly.row][monthly.column - 1]).toBe('@');
  });

  it('points every chart at a table inside the rectangle', () => {
    expect(layout.charts.map((c) => c.type)).toEqual(['COLUMN', 'BAR', 'PIE']);
    for (const c of layout.charts) {
      expect(c.range.row + c.range.numRows - 1).toBeLessThanOrEqual(layout.values.length);
      expect(c.range.column + c.range.numColumns - 1).toBeLessThanOrEqual(layout.values[0].length);
      expect(layout.fontWeights[c.range.row - 1][c.range.column - 1]).toBe('bold');
    }
    const r = layout.charts[2].range;
    expect(
      layout.values.slice(r.row - 1, r.row - 1 + r.numRows).map((row) => row.slice(r.column - 1, r.column + 1)),
    ).toEqual([
      ['Loại nhắc nhở', 'Số trường hợp'],
      [BUSINESS, 5],
      [ENCROACH, 1],
    ]);
  });
});
