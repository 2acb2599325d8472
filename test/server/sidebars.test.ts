/**
 * The data-entry sidebars' openers and `apiListResidents`, through the built bundle on the emulator (sample
 * village).
 */
import { callAsScriptRun } from '../../local/bundle';
import { loaded, snapshot } from '../support/env';

function village() {
  const l = loaded();
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  return l;
}

/** The JSON the server inlined as `window.__BOOT__` (the inliner escapes `<`, `>` and `&`). */
function bootOf(html: string): Record<string, unknown> {
  const m = /window\.__BOOT__ = (.*?);<\/script>/s.exec(html);
  if (!m) throw new Error('no boot data');
  return JSON.parse(m[1]);
}

describe('menu handlers', () => {
  it('put the four sidebars in the menu after Thiết lập bảng tính', () => {
    const { env, bundle } = loaded();
    bundle.setupWorkbook(); // before set-up the menu is the short one (test/bundle/menu.test.ts)
    bundle.onOpen();
    const items = (env.ui.menus[0].items as { type: string; caption?: string; functionName?: string }[]).filter(
      (i) => i.type === 'item',
    );
    const fns = items.map((i) => i.functionName);
    expect(fns.slice(0, 5)).toEqual(['menuSetup', 'menuPatrol', 'menuCommitments', 'menuActivity', 'menuRegistry']);
    expect(items.slice(1, 5).map((i) => i.caption)).toEqual([
      'Ghi tuần tra',
      'Ký cam kết',
      'Ghi hoạt động',
      'Hộ, nhân khẩu, tổ, thành viên',
    ]);
  });

  it.each([
    ['menuPatrol', 'Ghi tuần tra'],
    ['menuCommitments', 'Ký cam kết'],
    ['menuActivity', 'Ghi hoạt động'],
    ['menuRegistry', 'Hộ, nhân khẩu, tổ, thành viên'],
  ])('%s opens its sidebar with the bootstrap data inlined, writing nothing', (fn, title) => {
    const { env, bundle } = village();
    const before = snapshot(env);
    bundle[fn]();
    expect(snapshot(env)).toEqual(before);
    const sidebar = env.ui.sidebars[env.ui.sidebars.length - 1];
    expect(sidebar.title).toBe(title);
    expect(sidebar.html).not.toContain('<?');
    const boot = bootOf(sidebar.html);
    const bootstrap = (bundle.apiBootstrap() as { data: Record<string, unknown> }).data;
    for (const key of [
      'today',
      'timeZone',
      'teams',
      'members',
      'households',
      'lists',
      'settings',
      'unreadableRows',
      'signed',
    ])
      expect(boot[key]).toEqual(bootstrap[key]);
    expect(boot.today).toBe('2023-06-20');
    expect((boot.teams as unknown[]).length).toBe(6);
  });

  it('menuRegistry adds the households that moved away and the members who left', () => {
    const { env, bundle } = village();
    const households = env.spreadsheet.getSheetByName('Hộ gia đình')!;
    const members = env.spreadsheet.getSheetByName('Thành viên')!;
    const leftCol = (sh: typeof households, header: string) =>
      sh.getRange(1, 1, 1, sh.getLastColumn()).getValues()[0].indexOf(header) + 1;
    households.getRange(3, leftCol(households, 'Ngày chuyển đi')).setValue(new Date('2023-01-01T00:00:00+07:00'));
    members.getRange(2, leftCol(members, 'Ngày rời')).setValue(new Date('2022-12-31T00:00:00+07:00'));
    const goneHousehold = String(households.getRange(3, 1).getValue());
    const goneMember = String(members.getRange(2, 1).getValue());
    bundle.menuRegistry();
    const boot = bootOf(env.ui.sidebars[env.ui.sidebars.length - 1].html) as {
      households: { id: string }[];
      members: { id: string }[];
      inactive: { households: { id: string; leftOn: string }[]; members: { id: string; leftOn: string }[] };
    };
    const ids = (sh: typeof households) =>
      sh
        .getRange(2, 1, sh.getLastRow() - 1, 1)
        .getValues()
        .map((r) => String(r[0]))
        .sort();
    // Active and inactive together are every row, each once.
    expect([...boot.households, ...boot.inactive.households].map((h) => h.id).sort()).toEqual(ids(households));
    expect([...boot.members, ...boot.inactive.members].map((m) => m.id).sort()).toEqual(ids(members));
    expect(boot.inactive.households).toContainEqual(
      expect.objectContaining({ id: goneHousehold, leftOn: '2023-01-01' }),
    );
    // Every member is in the bootstrap data with their days (a patrol lists those active on its day).
    expect(boot.members).toContainEqual(expect.objectContaining({ id: goneMember, leftOn: '2022-12-31' }));
    expect(boot.inactive.members).toEqual([]);
    expect(boot.households.map((h) => h.id)).not.toContain(goneHousehold);
  });

  it('a household name with HTML is inlined as escaped JSON and read back as the same text', () => {
    const { env, bundle } = village();
    const name = '</script><img src=x onerror=alert(1)>';
    env.spreadsheet.getSheetByName('Hộ gia đình')!.getRange(2, 2).setValue(name);
    bundle.menuCommitments();
    const html = env.ui.sidebars[env.ui.sidebars.length - 1].html;
    expect(html).not.toContain('<img src=x');
    expect((bootOf(html).households as { head: string }[])[0].head).toBe(name);
  });
});

describe('apiListResidents', () => {
  it('gives the residents of one household, in sheet order', () => {
    const { env, bundle } = village();
    const sh = env.spreadsheet.getSheetByName('Nhân khẩu')!;
    const rows = sh.getRange(2, 1, sh.getLastRow() - 1, 3).getValues();
    const household = String(rows[0][2]);
    const expected = rows.filter((r) => r[2] === household).map((r) => r[0]);
    expect(expected.length).toBeGreaterThan(0);
    const r = callAsScriptRun(bundle, 'apiListResidents', [{ householdId: household }]) as {
      ok: true;
      data: { id: string; householdId: string; name: string }[];
    };
    expect(r.ok).toBe(true);
    expect(r.data.map((x) => x.id)).toEqual(expected);
    expect(r.data.every((x) => x.householdId === household && x.name !== '')).toBe(true);
  });

  it('refuses a missing household id', () => {
    const { bundle } = village();
    expect(callAsScriptRun(bundle, 'apiListResidents', [{}])).toEqual({
      ok: false,
      errors: [{ field: 'householdId', message: 'Mã hộ: không được để trống' }],
    });
    expect(callAsScriptRun(bundle, 'apiListResidents', [{ householdId: 'H999' }])).toEqual({ ok: true, data: [] });
  });
});
