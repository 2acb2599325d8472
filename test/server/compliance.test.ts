/** apiComputeCompliance and the sidebar through the built bundle on the emulator, with the sample village loaded. */
import { callAsScriptRun } from '../../local/bundle';
import { READS } from '../../src/domain/reads';
import { loaded, snapshot } from '../support/env';

interface Metric {
  key: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  met: boolean | null;
}
interface Data {
  period: { from: string; to: string };
  counts: Record<string, unknown>;
  metrics: Metric[];
  issues: unknown[];
  unreadableRows: number;
  issueCount: number;
}
type Result = { ok: true; data: Data } | { ok: false; errors: { field: string; message: string }[] };

function village() {
  const l = loaded();
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  return l;
}

describe('apiComputeCompliance', () => {
  const { env, bundle } = village();

  it('gives the notice figures for 23/06/2021 – 15/06/2023', () => {
    const before = snapshot(env);
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiComputeCompliance', [{ from: '2021-06-23', to: '2023-06-15' }]) as Result;
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const c = r.data.counts;
    expect([c.households, c.residents, c.teams, c.members, c.boardMembers, c.patrols, c.patrolParticipations]).toEqual([
      106, 415, 6, 117, 7, 43, 209,
    ]);
    expect(c.remindersByCategory).toEqual({
      'Kinh doanh quá giờ quy định': 43,
      'Lấn chiếm lòng đường, vỉa hè': 7,
      'Xả rác không đúng nơi quy định': 5,
    });
    expect([c.schoolSessions, c.schoolAttendees, c.cameras, c.eventsSupported]).toEqual([5, 1700, 5, 2]);
    expect(c.supervisedByType).toEqual({ 'Tù tha': 2, 'Án treo': 2 });
    const m = Object.fromEntries(r.data.metrics.map((x) => [x.key, [x.numerator, x.denominator, x.percent]]));
    expect(m.commitmentAll).toEqual([106, 106, 100]);
    expect(m.tt124Registration).toEqual([106, 106, 100]);
    expect(m.householdParticipation).toEqual([97, 106, 91.5]);
    expect(m.idCard).toEqual([365, 365, 100]);
    expect(m.eid).toEqual([365, 365, 100]);
    expect(m.patrolPlan).toEqual([43, 50, 86]);
    expect(m.memberActivity).toEqual([98, 117, 83.8]);
    expect([r.data.unreadableRows, r.data.issueCount, r.data.issues]).toEqual([0, 0, []]);

    // One getValues per sheet read (Cài đặt, Danh mục and the record sheets the figures use), nothing written.
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Range.getValues' })).toBe(
      2 + Object.keys(READS.compliance).length,
    );
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
    expect(snapshot(env)).toEqual(before);
  });

  it('refuses a bad period with field errors and reads nothing', () => {
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiComputeCompliance', [{ from: '2023-06-15', to: '2023-02-30' }]) as Result;
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'to', message: 'Đến ngày: "2023-02-30" không phải ngày hợp lệ' }],
    });
    expect(callAsScriptRun(bundle, 'apiComputeCompliance', [{ from: '2023-06-15', to: '2023-06-01' }])).toMatchObject({
      ok: false,
      errors: [{ field: 'to' }],
    });
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Range.getValues' })).toBe(0);
  });

  it('reports unreadable rows and leaves them out', () => {
    const patrols = env.spreadsheet.getSheetByName('Tuần tra')!;
    env.counter.quiet(() => patrols.getRange(3, 2).setValue('30/02/2023'));
    const r = callAsScriptRun(bundle, 'apiComputeCompliance', [{ from: '2021-06-23', to: '2023-06-15' }]) as Result;
    if (!r.ok) throw new Error('not ok');
    expect(r.data.counts.patrols).toBe(42);
    expect(r.data.unreadableRows).toBe(1);
    expect(r.data.issues).toEqual([
      { sheet: 'Tuần tra', row: 3, column: 'Ngày', message: 'Ngày: "30/02/2023" không phải ngày hợp lệ (dd/mm/yyyy)' },
    ]);
  });
});

describe('menuCompliance', () => {
  it('opens the sidebar with the presets, today and the founding day inlined', () => {
    const { env, bundle } = village();
    bundle.menuCompliance();
    const sidebar = env.ui.sidebars[env.ui.sidebars.length - 1];
    expect(sidebar.title).toBe('Tỷ lệ tuân thủ');
    expect(sidebar.html).toContain('"today":"2023-06-20"');
    expect(sidebar.html).toContain('"foundedOn":"2021-06-23"');
    expect(sidebar.html).toContain('"preset":"founding"');
    expect(sidebar.html).not.toContain('<?');
  });

  it('is in the menu', () => {
    const { env, bundle } = loaded();
    bundle.setupWorkbook(); // before set-up the menu is the short one (test/bundle/menu.test.ts)
    bundle.onOpen();
    const items = JSON.stringify(env.ui.menus);
    expect(items).toContain('menuCompliance');
    expect(items).toContain('menuValidate');
  });
});

describe('apiComputeCompliance with many unreadable rows', () => {
  it('shows a missing column first even when the issue list is cut', () => {
    const { env, bundle } = village();
    const ss = env.spreadsheet;
    const residents = ss.getSheetByName('Nhân khẩu')!;
    const header = residents.getRange(1, 1, 1, residents.getLastColumn()).getValues()[0];
    const year = header.indexOf('Năm sinh') + 1;
    const n = residents.getLastRow() - 1;
    residents
      .getRange(2, year, n, 1)
      .setNumberFormat('@')
      .setValues(Array.from({ length: n }, () => ['năm ngoái']));
    const members = ss.getSheetByName('Thành viên')!;
    const drop = (name: string) =>
      members.deleteColumn(members.getRange(1, 1, 1, members.getLastColumn()).getValues()[0].indexOf(name) + 1);
    // A column the figures use (the role: the board is counted by it) and one they do not read.
    drop('Vai trò');
    drop('Ghi chú');
    const r = callAsScriptRun(bundle, 'apiComputeCompliance', [{ from: '2021-06-23', to: '2023-06-15' }]) as Result;
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.data.issueCount).toBeGreaterThan(400);
    expect(r.data.issues.length).toBe(200);
    const first = r.data.issues[0] as { sheet: string; row: number; message: string };
    expect(first.sheet).toBe('Thành viên');
    expect(first.message).toContain('Vai trò');
    // The figures name only what they could not read; the data check lists the other missing column.
    expect(JSON.stringify(r.data.issues)).not.toContain('Ghi chú');
    expect(r.data.counts.boardMembers).toBe(0);
    expect(r.data.counts.members).toBe(117);
  });
});
