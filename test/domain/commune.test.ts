/** SPEC §9: the commune's pure parts — the aggregate record, totals, ranking, statuses and progress. */
import { figuresOf, parseFigures, type VillageFigures } from '../../src/domain/commune/figures';
import { fitsAnother, parseProgress } from '../../src/domain/commune/progress';
import { rankVillages, scoreOf } from '../../src/domain/commune/ranking';
import { composeCommuneReport } from '../../src/domain/commune/report';
import { noticeTexts } from '../../src/domain/notice/model';
import { isStale, openErrorStatus, spreadsheetIdOf, villageRowKind } from '../../src/domain/commune/status';
import { communeTotals, sumCounts } from '../../src/domain/commune/totals';
import { computeCompliance } from '../../src/domain/compliance';
import { PERIOD, villageFixture } from './complianceFixture';

const report = computeCompliance(villageFixture(), PERIOD);

/** A village whose only metrics are the two given (key, numerator, denominator, target). */
function village(households: number, ...ms: [string, number, number, number | null][]): VillageFigures {
  const f = figuresOf(report, 0);
  return {
    ...f,
    counts: { ...f.counts, households, remindersByCategory: { Khác: households } },
    metrics: ms.map(([key, numerator, denominator, target]) => ({ key, label: key, numerator, denominator, target })),
  };
}

describe('figuresOf: only aggregates', () => {
  const f = figuresOf(report, 2);
  it('keeps counts, numerators, denominators and targets, and no issue, id or name', () => {
    expect(f.counts).toEqual(report.counts);
    expect(f.metrics.map((m) => [m.key, m.numerator, m.denominator, m.target])).toEqual(
      report.metrics.map((m) => [m.key, m.numerator, m.denominator, m.target]),
    );
    expect(f.unreadableRows).toBe(2);
    const text = JSON.stringify(f);
    expect(text).not.toMatch(/Chủ hộ|NK-|H00/);
    expect(Object.keys(f).sort()).toEqual(['counts', 'metrics', 'period', 'unreadableRows']);
  });
  it('round-trips through its stored JSON; other text is refused', () => {
    expect(parseFigures(JSON.stringify(f))).toEqual(f);
    expect(parseFigures('')).toBeNull();
    expect(parseFigures('{')).toBeNull();
    expect(parseFigures(JSON.stringify({ ...f, counts: { ...f.counts, households: -1 } }))).toBeNull();
    expect(parseFigures(JSON.stringify({ ...f, counts: { ...f.counts, households: 'ba' } }))).toBeNull();
  });
});

describe('communeTotals: sums of counts, rates from summed numerators and denominators', () => {
  // Village A: 9 of 10 households (90 %); village B: 10 of 100 (10 %). Average of rates 50 %; the commune's 17.3 %.
  const a = village(10, ['commitmentAll', 9, 10, 100], ['memberActivity', 0, 0, 80]);
  const b = village(100, ['commitmentAll', 10, 100, 100], ['memberActivity', 3, 4, 80]);
  const t = communeTotals([a, b]);
  it('sums the counts, maps by key', () => {
    expect(t.villages).toBe(2);
    expect(t.counts.households).toBe(110);
    expect(t.counts.remindersByCategory).toEqual({ Khác: 110 });
    expect(t.counts.patrols).toBe(2 * report.counts.patrols);
  });
  it('recomputes each rate: 19 / 110 = 17.3 %, not the 50 % average; 3 / 4 = 75 % against the default 80', () => {
    const all = t.metrics.find((m) => m.key === 'commitmentAll')!;
    expect([all.numerator, all.denominator, all.percent, all.target, all.met]).toEqual([19, 110, 17.3, 100, false]);
    const act = t.metrics.find((m) => m.key === 'memberActivity')!;
    expect([act.numerator, act.denominator, act.percent, act.met]).toEqual([3, 4, 75, false]);
  });
  it('no villages: zero counts, no metrics', () => {
    expect(sumCounts([])).toEqual({ remindersByCategory: {}, supervisedByType: {} });
    expect(communeTotals([]).metrics).toEqual([]);
  });
});

describe('rankVillages: share of targets met, then all commitments, then name', () => {
  const good = village(10, ['commitmentAll', 10, 10, 100], ['idCard', 9, 10, 95]); // 1 of 2 met, 100 %
  const better = village(10, ['commitmentAll', 10, 10, 100], ['idCard', 10, 10, 95]); // 2 of 2
  const tie = village(10, ['commitmentAll', 5, 10, 100], ['idCard', 10, 10, 95]); // 1 of 2, 50 %
  const items = [
    { name: 'Nà Vường', f: tie },
    { name: 'Pác Khuông', f: good },
    { name: 'Bản Chu', f: null },
    { name: 'Khuổi Cuồng', f: better },
  ];
  const ranked = rankVillages(
    items,
    (i) => i.f,
    (i) => i.name,
  );
  it('orders and numbers them; no figures last, unranked', () => {
    expect(ranked.map((r) => [r.rank, r.item.name, r.scored?.score ?? null])).toEqual([
      [1, 'Khuổi Cuồng', 100],
      [2, 'Pác Khuông', 50],
      [3, 'Nà Vường', 50],
      [null, 'Bản Chu', null],
    ]);
  });
  it('scores only metrics with a verdict', () => {
    expect(scoreOf(village(1, ['a', 1, 0, 90], ['b', 1, 2, null]))).toMatchObject({ judged: 0, score: null });
  });
});

describe('statuses', () => {
  it('reads a spreadsheet id from an address or the id', () => {
    const id = '1AbC-dEf_0123456789xyz';
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`)).toBe(id);
    expect(spreadsheetIdOf(` ${id} `)).toBe(id);
    expect(spreadsheetIdOf('thôn Pác Khuông')).toBeNull();
    expect(spreadsheetIdOf('')).toBeNull();
  });
  it('an open error is no access; anything else failed', () => {
    expect(openErrorStatus('You do not have permission to access the requested document.')).toBe('noAccess');
    expect(openErrorStatus('Unexpected error while getting the method or property openById on object')).toBe(
      'noAccess',
    );
    expect(openErrorStatus('Cannot read properties of undefined')).toBe('failed');
  });
  it('a row with a name but no address is a village without its address; a row with neither is skipped', () => {
    expect(villageRowKind('https://docs.google.com/spreadsheets/d/abcdef123/edit', '')).toBe('village');
    expect(villageRowKind(' ', 'Pò Sè')).toBe('noAddress');
    expect(villageRowKind('', '  ')).toBe('blank');
    expect(villageRowKind(null, undefined)).toBe('blank');
  });
  it('stale: another period, or read before the update began', () => {
    const stored = { period: PERIOD, readAt: '2023-06-20T03:00:00.000Z' };
    expect(isStale(stored, PERIOD, '2023-06-20T02:00:00.000Z')).toBe(false);
    expect(isStale(stored, PERIOD, '2023-06-21T00:00:00.000Z')).toBe(true);
    expect(isStale(stored, { ...PERIOD, to: '2023-12-31' }, '2023-06-20T02:00:00.000Z')).toBe(true);
  });
});

describe('progress', () => {
  it('another village fits while the used time plus the slowest read stays in the budget', () => {
    expect(fitsAnother(0, 0)).toBe(true);
    expect(fitsAnother(290_000, 5_000)).toBe(true);
    expect(fitsAnother(290_000, 20_000)).toBe(false);
    expect(fitsAnother(296_000, 0)).toBe(false); // 5 s at least
  });
  it('parses saved progress; anything else is none', () => {
    const p = { period: PERIOD, startedAt: 'x', next: 2, total: 3, runs: 1 };
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
    expect(parseProgress(null)).toBeNull();
    expect(parseProgress('{"next":"a"}')).toBeNull();
  });
});

describe('composeCommuneReport: the percent signs of its lines', () => {
  const info = {
    xa: 'Thiện Thuật',
    tinh: 'Lạng Sơn',
    coQuanChuQuan: 'CÔNG AN TỈNH LẠNG SƠN',
    coQuan: 'CÔNG AN XÃ THIỆN THUẬT',
    kyHieu: 'BC-CAX',
    diaDanh: 'Thiện Thuật',
    chucVu: 'TRƯỞNG CÔNG AN XÃ',
    nguoiKy: '',
    noiNhan: [],
  };
  const villages = [
    {
      name: 'Pác Khuông',
      status: 'ok' as const,
      figures: village(10, ['commitmentAll', 9, 10, 90], ['idCard', 3, 4, null]),
    },
    {
      name: 'Nà Lại',
      status: 'ok' as const,
      figures: village(10, ['commitmentAll', 5, 10, 90], ['idCard', 4, 4, null]),
    },
  ];
  const text = noticeTexts(composeCommuneReport({ info, period: PERIOD, issuedOn: PERIOD.to, villages })).join('\n');
  it('writes each rate, target and score with one % sign (formatPercent gives it)', () => {
    expect(text).not.toContain('%%');
    // 14 of 20 households and 7 of 8 residents, each against the commune's target; Pác Khuông met 1 of 1 judged.
    expect(text).toContain('commitmentAll: 14/20 (70%), mục tiêu 100%: Chưa đạt');
    expect(text).toContain('idCard: 07/08 (87,5%), mục tiêu 100%: Chưa đạt');
    expect(text).toMatch(/1\. Thôn Pác Khuông: đạt 1\/1 chỉ tiêu \(100%\)/);
  });
});

describe('composeCommuneReport: the villages without figures, named by status', () => {
  const info = {
    xa: 'Thiện Thuật',
    tinh: 'Lạng Sơn',
    coQuanChuQuan: '',
    coQuan: '',
    kyHieu: '',
    diaDanh: '',
    chucVu: '',
    nguoiKy: '',
    noiNhan: [],
  };
  const none = (name: string, status: 'noAccess' | 'noAddress' | 'notSetUp') => ({ name, status, figures: null });
  const villages = [
    { name: 'Pác Khuông', status: 'ok' as const, figures: village(10, ['commitmentAll', 9, 10, 90]) },
    none('Pò Sè', 'noAddress'),
    none('Thôn Lạ', 'noAccess'),
    none('Nà Lại', 'notSetUp'),
    none('Khuổi Pầy', 'noAccess'),
  ];
  const text = noticeTexts(composeCommuneReport({ info, period: PERIOD, issuedOn: PERIOD.to, villages })).join('\n');
  it('counts the village without an address among the villages, and names each village under its status', () => {
    expect(text).toContain('Trên địa bàn xã có 5 thôn theo dõi mô hình bằng sổ tự quản; 1 thôn có số liệu của kỳ');
    expect(text).toContain(
      'Chưa có số liệu của kỳ: 2 thôn không có quyền (Thôn Lạ, Khuổi Pầy), 1 thôn thiếu địa chỉ (Pò Sè), ' +
        '1 thôn chưa thiết lập (Nà Lại).',
    );
  });
});
