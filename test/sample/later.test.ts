/**
 * The sample village up to today (issue 16, part 5): its records continue after the seed, deterministically, up to
 * the loader's today, while the figures of 23/06/2021–15/06/2023 stay exactly the seed's. A six-month report of the
 * first half of last year (2025, today being in 2026) beside the year before, and the annual report of 2025, pinned.
 */
import { computeCompliance } from '../../src/domain/compliance';
import { composeNotice } from '../../src/domain/notice/compose';
import { noticeFacts } from '../../src/domain/notice/facts';
import { noticeTexts, sectionLines } from '../../src/domain/notice/model';
import { composeReport, type ReportRequest, reportFigures } from '../../src/domain/notice/report';
import type { WorkbookData } from '../../src/domain/report';
import { rosterFigures } from '../../src/domain/roster';
import { workbookFromValues } from '../../src/domain/workbook';
import { LATER_FROM } from '../../src/sample/later';
import { buildPacKhuong, SAMPLE_PERIOD, SEED_ONLY } from '../../src/sample/pacKhuong';
import { clock } from '../domain/noticeSample';
import { sampleSheetValues } from '../support/sampleValues';

const TODAY = '2026-12-07';
const seedOnly = workbookFromValues(sampleSheetValues(clock), clock);
const upToToday = workbookFromValues(sampleSheetValues(clock, TODAY), clock);

const notice = (d: WorkbookData) =>
  noticeTexts(
    composeNotice(d.settings, computeCompliance(d, SAMPLE_PERIOD), {
      issuedOn: '2023-06-20',
      number: 1,
      facts: noticeFacts(d, SAMPLE_PERIOD),
    }),
  );

describe('records after the seed', () => {
  it('leaves the seed period exactly as it was: the same notice, word for word', () => {
    expect(notice(upToToday)).toEqual(notice(seedOnly));
    expect(computeCompliance(upToToday, SAMPLE_PERIOD).counts).toEqual(
      computeCompliance(seedOnly, SAMPLE_PERIOD).counts,
    );
  });

  it('adds nothing without a day, and nothing after the day given', () => {
    expect(buildPacKhuong()).toEqual(buildPacKhuong(SEED_ONLY));
    const wb = buildPacKhuong(TODAY);
    const days = Object.values(wb.sheets)
      .flat()
      .map((r) => r['Ngày'] ?? r['Ngày ký'] ?? r['Ngày lắp'])
      .filter((d): d is string => typeof d === 'string' && d > SEED_ONLY);
    expect(days.length).toBeGreaterThan(300);
    expect(days.every((d) => d >= LATER_FROM && d <= TODAY)).toBe(true);
    expect(JSON.stringify(buildPacKhuong(TODAY))).toBe(JSON.stringify(wb));
  });

  it('gives every year up to today patrols, sessions, commitments and a festival', () => {
    for (const year of [2024, 2025, 2026]) {
      const c = computeCompliance(upToToday, { from: `${year}-01-01`, to: `${year}-12-31` }).counts;
      expect([year, c.patrols > 20, c.sessions >= 8, c.schoolSessions, c.eventsSupported]).toEqual([
        year,
        true,
        true,
        2,
        1,
      ]);
    }
    const now = computeCompliance(upToToday, { from: '2026-01-01', to: TODAY });
    expect(now.metrics.find((m) => m.key === 'commitmentAll')?.percent).toBeGreaterThan(99);
  });

  it('records a few incidents a year (issue 17), read by the registry; one of the kinds criterion 3 excludes', () => {
    const years = [2021, 2022, 2023, 2024, 2025, 2026];
    expect(years.map((y) => upToToday.incidents.filter((i) => i.date.startsWith(`${y}-`)).length)).toEqual([
      1, 2, 2, 2, 4, 2,
    ]);
    expect(seedOnly.incidents.map((i) => i.id)).toEqual(['VV-0001', 'VV-0002', 'VV-0003', 'VV-0004', 'VV-0005']);
    expect(upToToday.incidents[5]).toEqual({
      id: 'VV-0006',
      date: '2024-01-27',
      type: 'Tai nạn giao thông',
      summary: 'Xe máy tự ngã trên đường liên xã, người điều khiển bị thương nhẹ',
      handledBy: 'Tổ tự quản Trung tâm',
      toPolice: true,
      status: 'Đã giải quyết',
      note: '',
      requestId: '',
    });
    const excluded = [
      'Mâu thuẫn, tranh chấp phức tạp kéo dài',
      'Khiếu kiện đông người',
      'Tụ tập đông người gây mất ANTT',
    ];
    // A prolonged land dispute in 2025: the TT 124 year 2025 fails criterion 3 (test/domain/tt124.sample.test.ts).
    expect(upToToday.incidents.filter((i) => excluded.includes(i.type)).map((i) => [i.id, i.date])).toEqual([
      ['VV-0009', '2025-04-12'],
    ]);
    expect(upToToday.issues.filter((i) => i.sheet === 'Vụ việc')).toEqual([]);
  });

  it('has, each year from 2021, the chi bộ resolution and the registration in the first quarter (criterion 1)', () => {
    const rows = upToToday.registrations.map((r) => [r.id, r.year, r.type, r.number, r.date]);
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 2)).toEqual([
      ['DK-001', 2021, 'Nghị quyết của chi bộ', '01-NQ/CB', '2021-01-20'],
      ['DK-002', 2021, 'Đăng ký của khu dân cư', '01/ĐK', '2021-02-15'],
    ]);
    expect(rows[11]).toEqual(['DK-012', 2026, 'Đăng ký của khu dân cư', '01/ĐK', '2026-02-15']);
    for (const [, year, , , date] of rows)
      expect([String(date).slice(0, 4), String(date) < `${year}-04-01`]).toEqual([String(year), true]);
    expect(seedOnly.registrations).toHaveLength(6);
    expect(upToToday.issues.filter((i) => i.sheet === 'Nghị quyết, đăng ký')).toEqual([]);
  });
});

describe('the Tổ bảo vệ ANTT roster of the sample (issue 17, from 01/07/2024)', () => {
  const figures = (d: WorkbookData, day: string) => {
    const f = rosterFigures(d.members, day);
    return [f.guards, f.leaders, f.deputies, f.rankAndFile, f.trained, f.papers, f.trainedPercent, f.papersPercent];
  };

  it('has a Tổ trưởng, two Tổ phó and five Tổ viên among active members, trained and given papers over time', () => {
    expect(figures(upToToday, '2024-06-30')).toEqual([0, 0, 0, 0, 0, 0, null, null]);
    expect(figures(upToToday, '2024-07-01')).toEqual([8, 1, 2, 5, 0, 0, 0, 0]);
    expect(figures(upToToday, '2024-12-31')).toEqual([8, 1, 2, 5, 5, 4, 62.5, 50]);
    expect(figures(upToToday, '2025-12-31')).toEqual([8, 1, 2, 5, 6, 6, 75, 75]);
    expect(figures(upToToday, TODAY)).toEqual([8, 1, 2, 5, 7, 6, 87.5, 75]);
    const guards = upToToday.members.filter((m) => m.guardRole !== '');
    expect(guards.every((m) => m.leftOn === null && m.role !== 'Trưởng ban')).toBe(true);
    expect([upToToday.members.length, guards.length]).toEqual([118, 8]); // 117 active and one who left in 2022
    expect(upToToday.issues.filter((i) => i.sheet === 'Thành viên')).toEqual([]);
  });

  it("writes nothing that has not happened by the sample's day, and nothing in the seed", () => {
    expect(seedOnly.members.filter((m) => m.guardRole || m.trainedOn || m.papers || m.papersOn)).toEqual([]);
    const early = workbookFromValues(sampleSheetValues(clock, '2024-09-01'), clock);
    expect(figures(early, '2024-09-01')).toEqual([8, 1, 2, 5, 5, 0, 62.5, 0]);
    expect(early.members.filter((m) => m.papers || m.papersOn !== null)).toEqual([]);
    const days = upToToday.members.flatMap((m) => [m.trainedOn, m.papersOn]).filter((d) => d !== null);
    expect([...new Set(days)].sort()).toEqual(['2024-08-17', '2024-09-27', '2025-10-18', '2025-11-28', '2026-09-19']);
  });
});

describe('the Tổ bảo vệ ANTT in the BÁO CÁO: on the last day of the period and a year earlier', () => {
  const lines = (r: Omit<ReportRequest, 'issuedOn'>) =>
    sectionLines(
      composeReport(upToToday.settings, { ...r, issuedOn: '2026-01-08' }, reportFigures(upToToday, r)).sections[0],
    ).filter((l) => l.includes('Tổ bảo vệ ANTT'));

  it('2025 beside 2024: the counts and the share trained', () => {
    expect(lines({ kind: 'nam', year: 2025 })).toEqual([
      '- Thành viên Tổ bảo vệ ANTT: 08 người (cùng kỳ: 08 người; bằng cùng kỳ).',
      '- Thành viên Tổ bảo vệ ANTT đã được tập huấn: 06 người (cùng kỳ: 05 người; tăng một người, tương ứng 20%).',
      '- Thành viên Tổ bảo vệ ANTT đã được cấp giấy chứng nhận: 06 người ' +
        '(cùng kỳ: 04 người; tăng hai người, tương ứng 50%).',
      '- Tỷ lệ thành viên Tổ bảo vệ ANTT đã được tập huấn: 75% (06/08) ' +
        '(cùng kỳ: 62,5% (05/08); tăng 12,5 điểm phần trăm).',
    ]);
  });

  it('2024 beside 2023 (before the law: none), and nothing for a period that ends before 01/07/2024', () => {
    expect(lines({ kind: 'nam', year: 2024 })).toEqual([
      '- Thành viên Tổ bảo vệ ANTT: 08 người (cùng kỳ: chưa có; tăng tám người (cùng kỳ chưa có)).',
      '- Thành viên Tổ bảo vệ ANTT đã được tập huấn: 05 người (cùng kỳ: chưa có; tăng năm người (cùng kỳ chưa có)).',
      '- Thành viên Tổ bảo vệ ANTT đã được cấp giấy chứng nhận: 04 người ' +
        '(cùng kỳ: chưa có; tăng bốn người (cùng kỳ chưa có)).',
      '- Tỷ lệ thành viên Tổ bảo vệ ANTT đã được tập huấn: 62,5% (05/08) (cùng kỳ: chưa có; không so sánh được).',
    ]);
    expect(lines({ kind: 'quy', year: 2024, quarter: 2 })).toEqual([]);
  });

  it('the THÔNG BÁO never names it', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const notice = noticeTexts(
      composeNotice(upToToday.settings, computeCompliance(upToToday, period), {
        issuedOn: '2026-01-08',
        number: 2,
        facts: noticeFacts(upToToday, period),
      }),
    );
    expect(JSON.stringify(notice)).not.toContain('Tổ bảo vệ');
  });
});

describe('reports of the sample up to today', () => {
  const report = (r: Omit<ReportRequest, 'issuedOn'>, issuedOn: string) =>
    composeReport(upToToday.settings, { ...r, issuedOn }, reportFigures(upToToday, r));

  it('six months: the first half of last year beside the first half of the year before', () => {
    const m = report({ kind: '6thang', year: 2025, half: 1 }, '2025-07-05');
    expect(m.subject).toBe('Sơ kết 6 tháng đầu năm 2025 mô hình “Thôn Pác Khuông tự quản về ANTT”');
    expect(sectionLines(m.sections[0])).toEqual(
      expect.arrayContaining([
        '- Buổi sinh hoạt, tuyên truyền: 06 buổi (cùng kỳ: 06 buổi; bằng cùng kỳ).',
        '- Camera an ninh trên địa bàn: 07 mắt (cùng kỳ: 06 mắt; tăng một mắt, tương ứng 16,7%).',
        '- Tuần tra, kiểm soát: 10 lượt (cùng kỳ: 12 lượt; giảm hai lượt, tương ứng 16,7%).',
        '- Lượt thành viên tham gia tuần tra: 48 lượt (cùng kỳ: 66 lượt; giảm 18 lượt, tương ứng 27,3%).',
        '- Nhắc nhở trường hợp vi phạm: 04 trường hợp (cùng kỳ: 07 trường hợp; giảm ba trường hợp, tương ứng 42,9%).',
        '- Vụ việc hoà giải thành: chưa có (cùng kỳ: 01 vụ; giảm một vụ, tương ứng 100%).',
        '- Lễ hội, sự kiện được bảo đảm ANTT: 01 lượt (cùng kỳ: 01 lượt; bằng cùng kỳ).',
        '- Tuần tra theo kế hoạch: 83,3% (10/12) (cùng kỳ: 100% (12/12); giảm 16,7 điểm phần trăm).',
        '- Hộ ký đủ các cam kết bắt buộc: 99,1% (105/106) (cùng kỳ: 100% (106/106); giảm 0,9 điểm phần trăm).',
      ]),
    );
    expect(sectionLines(m.sections[1])).toEqual(
      expect.arrayContaining([
        '- Hộ ký đủ các cam kết bắt buộc mới đạt 99,1% (105/106), chưa đạt mục tiêu 100%.',
        '- Thành viên tham gia tuần tra mới đạt 41% (48/117), chưa đạt mục tiêu 80%.',
      ]),
    );
  });

  it('a year: 2025 beside 2024', () => {
    const m = report({ kind: 'nam', year: 2025 }, '2026-01-08');
    expect(m.subject).toBe('Tổng kết năm 2025 mô hình “Thôn Pác Khuông tự quản về ANTT”');
    expect(sectionLines(m.sections[0])).toEqual(
      expect.arrayContaining([
        '- Buổi sinh hoạt, tuyên truyền: 12 buổi (cùng kỳ: 12 buổi; bằng cùng kỳ).',
        '- Camera an ninh lắp đặt mới: 01 mắt (cùng kỳ: 01 mắt; bằng cùng kỳ).',
        '- Camera an ninh trên địa bàn: 08 mắt (cùng kỳ: 07 mắt; tăng một mắt, tương ứng 14,3%).',
        '- Tuần tra, kiểm soát: 22 lượt (cùng kỳ: 24 lượt; giảm hai lượt, tương ứng 8,3%).',
        '- Nhắc nhở trường hợp vi phạm: 09 trường hợp (cùng kỳ: 15 trường hợp; giảm sáu trường hợp, tương ứng 40%).',
        '- Tuần tra theo kế hoạch: 91,7% (22/24) (cùng kỳ: 100% (24/24); giảm 8,3 điểm phần trăm).',
        '- Người dân có thẻ căn cước: 96,8% (364/376) (cùng kỳ: 98,6% (364/369); giảm 1,8 điểm phần trăm).',
      ]),
    );
    expect(sectionLines(m.sections[1])).toEqual([
      '- Hộ ký đủ các cam kết bắt buộc mới đạt 99,1% (105/106), chưa đạt mục tiêu 100%.',
      '- Người dân có thẻ căn cước mới đạt 96,8% (364/376), chưa đạt mục tiêu 100%.',
      '- Người dân kích hoạt định danh điện tử mới đạt 96,8% (364/376), chưa đạt mục tiêu 100%.',
    ]);
  });
});
