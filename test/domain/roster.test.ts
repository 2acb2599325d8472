import { computeCompliance } from '../../src/domain/compliance';
import { monthlyPatrols } from '../../src/domain/compliance/monthly';
import { GUARD_ROLES, type RosterMember, rosterFigures } from '../../src/domain/roster';
import { summaryLayout } from '../../src/domain/summary';
import { PERIOD, villageFixture } from './complianceFixture';

const [LEADER, DEPUTY, MEMBER] = GUARD_ROLES;

const m = (over: Partial<RosterMember> = {}): RosterMember => ({
  joinedOn: '2020-01-01',
  leftOn: null,
  guardRole: '',
  trainedOn: null,
  papers: false,
  papersOn: null,
  ...over,
});

describe('rosterFigures', () => {
  const members: RosterMember[] = [
    m({ guardRole: LEADER, trainedOn: '2024-08-10', papers: true, papersOn: '2024-09-01' }),
    m({ guardRole: DEPUTY, trainedOn: '2024-08-10', papers: true, papersOn: '2025-03-01' }),
    m({ guardRole: MEMBER, trainedOn: '2025-06-20', papers: true }),
    m({ guardRole: MEMBER }),
    m({ guardRole: MEMBER, trainedOn: '2024-08-10', leftOn: '2025-01-01' }),
    m({ guardRole: MEMBER, joinedOn: '2025-05-01' }),
    m(),
    m({ leftOn: '2024-12-31' }),
  ];

  it('has the three positions of the law, in order', () => {
    expect(GUARD_ROLES).toEqual(['Tổ trưởng', 'Tổ phó', 'Tổ viên']);
  });

  it('counts members active on the day, by position, trained and with papers on or before it', () => {
    expect(rosterFigures(members, '2024-12-31')).toEqual({
      day: '2024-12-31',
      inForce: true,
      active: 6, // the member who left on 31/12/2024 no longer, the one who joined in 2025 not yet
      guards: 5,
      leaders: 1,
      deputies: 1,
      rankAndFile: 3,
      trained: 3, // the third Tổ viên was trained in 2025
      papers: 2, // the deputy's papers came in 2025; ticked without a day counts
      trainedPercent: 60,
      papersPercent: 40,
    });
  });

  it('follows joins, departures and later training', () => {
    const f = rosterFigures(members, '2025-12-31');
    expect([f.active, f.guards, f.leaders, f.deputies, f.rankAndFile]).toEqual([6, 5, 1, 1, 3]);
    expect([f.trained, f.papers]).toEqual([3, 3]);
    // 3 of 5 = 60%; 2 of 3 rounds half-up to one decimal
    expect(f.trainedPercent).toBe(60);
    const g = rosterFigures(members.slice(0, 3), '2024-09-01');
    expect([g.guards, g.trained, g.trainedPercent]).toEqual([3, 2, 66.7]);
  });

  it('counts no Tổ bảo vệ ANTT before the law is in force (01/07/2024)', () => {
    const f = rosterFigures(members, '2024-06-30');
    expect(f).toMatchObject({ inForce: false, active: 7, guards: 0, trained: 0, papers: 0, trainedPercent: null });
    expect(rosterFigures(members, '2024-07-01')).toMatchObject({ inForce: true, guards: 5, trained: 0 });
  });

  it('rounds the share half-up to one decimal', () => {
    // 1 of 8 = 12.5 exactly; 1 of 16 = 6.25 → 6.3
    const others = (n: number) => Array.from({ length: n }, () => m({ guardRole: MEMBER }));
    const eight = [m({ guardRole: MEMBER, trainedOn: '2024-08-01' }), ...others(7)];
    expect(rosterFigures(eight, '2025-01-01').trainedPercent).toBe(12.5);
    const sixteen = eight.concat(others(8));
    expect(rosterFigures(sixteen, '2025-01-01').trainedPercent).toBe(6.3);
  });

  it('ignores a position the law does not know and members with none', () => {
    const f = rosterFigures([m({ guardRole: 'Đội trưởng', trainedOn: '2024-08-01' }), m()], '2025-01-01');
    expect([f.active, f.guards, f.trained, f.trainedPercent]).toEqual([2, 0, 0, null]);
  });
});

describe('the Tổ bảo vệ ANTT in Tổng hợp (summaryLayout)', () => {
  const data = villageFixture();
  const base = {
    report: computeCompliance(data, PERIOD),
    monthly: monthlyPatrols(data, PERIOD),
    modelName: 'Thôn A tự quản về ANTT',
    writtenAt: '07/12/2026 10:00',
    unreadableRows: 0,
  };
  const roster = [
    m({ guardRole: LEADER, trainedOn: '2024-08-17', papers: true, papersOn: '2024-09-27' }),
    m({ guardRole: DEPUTY, trainedOn: '2024-08-17' }),
    m({ guardRole: MEMBER, trainedOn: '2026-09-19' }),
    m(),
  ];

  it('shows the counts by position, trained, with papers and the share trained on the last day', () => {
    const layout = summaryLayout({ ...base, roster: rosterFigures(roster, '2025-12-31') });
    const top = layout.values.findIndex((row) => row[0] === 'Tổ bảo vệ ANTT, ngày 31/12/2025');
    expect(top).toBeGreaterThan(0);
    expect(layout.values.slice(top, top + 8).map((row) => row.slice(0, 2))).toEqual([
      ['Tổ bảo vệ ANTT, ngày 31/12/2025', 'Số người'],
      ['Thành viên Tổ bảo vệ ANTT', 3],
      ['   Tổ trưởng', 1],
      ['   Tổ phó', 1],
      ['   Tổ viên', 1],
      ['Thành viên Tổ bảo vệ ANTT đã được tập huấn', 2],
      ['Thành viên Tổ bảo vệ ANTT đã được cấp giấy chứng nhận', 1],
      ['Tỷ lệ thành viên Tổ bảo vệ ANTT đã được tập huấn (%)', 66.7],
    ]);
    expect(layout.formats[top + 7][1]).toBe('0.0');
    expect(layout.fontWeights[top][0]).toBe('bold');
  });

  it('leaves the block out before the law (a period ending before 01/07/2024) and without figures', () => {
    const text = (l: ReturnType<typeof summaryLayout>) => l.values.flat().join('|');
    expect(text(summaryLayout({ ...base, roster: rosterFigures(roster, '2024-06-30') }))).not.toContain('Tổ bảo vệ');
    expect(text(summaryLayout(base))).not.toContain('Tổ bảo vệ');
  });
});
