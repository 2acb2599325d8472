/**
 * The phone web app (SPEC §7.1), through the built bundle on the emulator (sample village): who `doGet` serves,
 * the refusal page (no data of the workbook), the team rule of the phone saves, the link dialog.
 */
import { loaded, snapshot } from '../support/env';

const LEADER_T1 = 'totruong1@example.com';
const OWNER = 'thuky@example.com';

interface Reply {
  ok: boolean;
  data: { id: string; rows: { id: string }[]; lists: { values: Record<string, string[]> } };
  errors: { field: string; message: string }[];
}

function village(opts: { webAppUrl?: string | null } = {}) {
  const l = loaded(opts);
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  // The bundle's functions answer `unknown`; these tests read their replies as `Reply`.
  return { env: l.env, bundle: l.bundle as unknown as Record<string, (...a: unknown[]) => Reply> };
}

type Html = { getContent(): string; getTitle(): string; getMetaTags(): { getName(): string; getContent(): string }[] };

function bootOf(html: string): Record<string, unknown> {
  const m = /window\.__BOOT__ = (.*?);<\/script>/s.exec(html);
  if (!m) throw new Error('no boot data');
  return JSON.parse(m[1]);
}

function cells(env: ReturnType<typeof village>['env'], sheet: string, headers?: string[]): string[] {
  return env.counter.quiet(() => {
    const [head, ...rows] = env.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
    const cols = headers ? headers.map((x) => head.indexOf(x)) : head.map((_, i) => i);
    return rows.flatMap((r) => cols.map((c) => String(r[c]))).filter((v) => v.length > 3);
  });
}

const patrol = (o: Record<string, unknown> = {}) => ({
  requestId: 'phone-req-0001',
  date: '2023-06-19',
  start: '20:00',
  end: '22:00',
  teamId: 'T1',
  area: 'Bản Pác Khuông',
  memberIds: [],
  participants: 3,
  withPolice: false,
  result: 'Bình thường',
  reminders: [],
  ...o,
});

describe('doGet', () => {
  it('serves a member listed by email the Phone page with their team and the forms data', () => {
    const { env, bundle } = village();
    env.setUser(LEADER_T1);
    const out = bundle.doGet({}) as unknown as Html;
    const html = out.getContent();
    expect(out.getTitle()).toBe('Nhập trên điện thoại');
    expect(out.getMetaTags().map((m) => [m.getName(), m.getContent()])).toEqual([
      ['viewport', 'width=device-width, initial-scale=1'],
    ]);
    expect(html).not.toContain('<?');
    const boot = bootOf(html);
    const user = boot.user as Record<string, string>;
    expect(user.kind).toBe('member');
    expect(user.teamId).toBe('T1');
    expect(user.email).toBe(LEADER_T1);
    expect((boot.teams as unknown[]).length).toBe(6);
    expect(boot.today).toBe('2023-06-20');
    expect(boot.signed).toEqual({ years: [], types: [], households: {}, counts: {} });
    expect((boot.households as unknown[]).length).toBeGreaterThan(90);
    // Of a household, only what the phone's forms use.
    for (const x of boot.households as Record<string, unknown>[])
      expect(Object.keys(x)).toEqual(['id', 'head', 'teamId', 'arrivedOn', 'leftOn']);
  });

  it('matches the email whatever its case and spaces, as typed in Thành viên', () => {
    const { env, bundle } = village();
    env.setUser('  TOTRUONG2@Example.com ');
    const boot = bootOf((bundle.doGet({}) as unknown as Html).getContent());
    expect((boot.user as { teamId: string }).teamId).toBe('T2');
  });

  it('serves the owner and an editor not listed as members as editors (any team)', () => {
    const { env, bundle } = village();
    env.counter.quiet(() => env.spreadsheet.addEditor('phobi@example.com'));
    for (const email of [OWNER, 'phobi@example.com']) {
      env.setUser(email);
      const boot = bootOf((bundle.doGet({}) as unknown as Html).getContent());
      expect(boot.user).toEqual({ kind: 'editor', email });
    }
  });

  it.each([
    ['a stranger', 'nguoila@gmail.com'],
    ['a viewer', 'xem@example.com'],
    ['no email at all', ''],
  ])('refuses %s in Vietnamese, with nothing of the workbook', (_who, email) => {
    const { env, bundle } = village();
    env.counter.quiet(() => env.spreadsheet.addViewer('xem@example.com'));
    const names = [
      ...cells(env, 'Thành viên', ['Mã', 'Họ tên', 'Điện thoại', 'Email']),
      ...cells(env, 'Tổ tự quản', ['Tên tổ', 'Tổ trưởng', 'Địa bàn phụ trách']),
      ...cells(env, 'Hộ gia đình', ['Mã hộ', 'Chủ hộ', 'Địa chỉ']),
    ];
    expect(names.length).toBeGreaterThan(500);
    env.setUser(email);
    const before = snapshot(env);
    const html = (bundle.doGet({}) as unknown as Html).getContent();
    expect(snapshot(env)).toEqual(before);
    expect(html).toContain('Chưa có quyền nhập liệu');
    expect(html).not.toContain('__BOOT__');
    expect(html).not.toContain('<script');
    if (email) expect(html).toContain(email);
    const leaked = names.filter((n) => html.includes(n));
    expect(leaked).toEqual([]);
    expect(html).not.toContain('Pác Khuông');
  });

  it('refuses a member who has left, even with their email listed', () => {
    const { env, bundle } = village();
    const members = env.spreadsheet.getSheetByName('Thành viên')!;
    const header = members.getRange(1, 1, 1, members.getLastColumn()).getValues()[0];
    const emailCol = header.indexOf('Email') + 1;
    const leftCol = header.indexOf('Ngày rời') + 1;
    env.counter.quiet(() => {
      members.getRange(2, emailCol).setValue('dinghi@example.com');
      members.getRange(2, leftCol).setValue(new Date('2023-01-01T00:00:00+07:00'));
    });
    env.setUser('dinghi@example.com');
    expect((bundle.doGet({}) as unknown as Html).getContent()).not.toContain('__BOOT__');
  });
});

describe('doGet before set-up', () => {
  it('the owner is told the workbook is not set up yet; a stranger is refused as ever', () => {
    const { env, bundle } = loaded();
    const html = (bundle.doGet({}) as unknown as Html).getContent();
    expect(html).toContain('Bảng tính chưa sẵn sàng');
    expect(html).toContain('Thiết lập bảng tính');
    expect(html).not.toContain('__BOOT__');
    env.setUser('nguoila@gmail.com');
    expect((bundle.doGet({}) as unknown as Html).getContent()).toContain('Chưa có quyền nhập liệu');
  });
});

describe('doGet when Apps Script fails', () => {
  it('a permission fault (a spreadsheet the caller may not open) is a refusal; another fault is said', () => {
    const { env, bundle } = village();
    env.setUser('nguoila@gmail.com');
    const app = env.globals.SpreadsheetApp as Record<string, unknown>;
    const real = { getActive: app.getActive, getActiveSpreadsheet: app.getActiveSpreadsheet };
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      app.getActive = app.getActiveSpreadsheet = () => {
        throw new Error('Exception: You do not have permission to access the requested document.');
      };
      const refused = (bundle.doGet({}) as unknown as Html).getContent();
      expect(refused).toContain('Chưa có quyền nhập liệu');
      expect(refused).toContain('nguoila@gmail.com');
      app.getActive = app.getActiveSpreadsheet = () => {
        throw new Error('Exception: Service Spreadsheets timed out while accessing document with id 1x.');
      };
      const fault = (bundle.doGet({}) as unknown as Html).getContent();
      expect(fault).toContain('Bảng tính chưa sẵn sàng');
      expect(fault).not.toContain('Chưa có quyền nhập liệu');
      expect(fault).not.toContain('timed out');
    } finally {
      Object.assign(app, real);
      logged.mockRestore();
    }
  });
});

describe('an email typed on two active members', () => {
  /** Gives the member `id` the email `email` in `Thành viên`, as a secretary typing in the sheet would. */
  function setEmail(env: ReturnType<typeof village>['env'], id: string, email: string): void {
    env.counter.quiet(() => {
      const sheet = env.spreadsheet.getSheetByName('Thành viên')!;
      const values = sheet.getDataRange().getValues();
      const row = values.findIndex((r) => r[0] === id) + 1;
      sheet.getRange(row, values[0].indexOf('Email') + 1).setValue(email);
    });
  }

  it('serves neither member: the page says which members share it; a save is refused the same way', () => {
    const { env, bundle } = village();
    setEmail(env, 'TV-0050', LEADER_T1);
    env.setUser(LEADER_T1);
    const html = (bundle.doGet({}) as unknown as Html).getContent();
    expect(html).toContain('data-refused="true"');
    expect(html).toMatch(/Địa chỉ totruong1@example\.com đang ghi cho nhiều thành viên \(TV-\d{4}, TV-0050\)/);
    expect(html).not.toContain('__BOOT__');
    const r = bundle.apiPhoneSavePatrol(patrol());
    expect(r.ok).toBe(false);
    expect(r.errors[0].message).toContain('đang ghi cho nhiều thành viên');
    expect(cells(env, 'Tuần tra', ['Mã yêu cầu'])).not.toContain('phone-req-0001');
  });

  it("the owner sharing an address with a member is still served as the spreadsheet's editor", () => {
    const { env, bundle } = village();
    setEmail(env, 'TV-0050', OWNER);
    setEmail(env, 'TV-0051', OWNER);
    env.setUser(OWNER);
    const html = (bundle.doGet({}) as unknown as Html).getContent();
    expect(bootOf(html).user).toEqual({ kind: 'editor', email: OWNER });
  });
});

describe('phone saves', () => {
  it('a member saves a patrol of their own team (the same save as the sidebar) and not of another', () => {
    const { env, bundle } = village();
    env.setUser(LEADER_T1);
    const other = bundle.apiPhoneSavePatrol(patrol({ teamId: 'T2', requestId: 'phone-req-0002' }));
    expect(other.ok).toBe(false);
    expect(other.errors[0].field).toBe('teamId');
    expect(other.errors[0].message).toMatch(/^Bạn là thành viên tổ T1 · .+: chỉ ghi được tuần tra của tổ mình\.$/);
    const r = bundle.apiPhoneSavePatrol(patrol());
    expect(r.ok).toBe(true);
    expect(r.data.id).toMatch(/^TT-\d{4}$/);
    // The same request again: the save is recognised, not made twice.
    const again = bundle.apiPhoneSavePatrol(patrol());
    expect(again).toEqual(r);
    const ids = cells(env, 'Tuần tra').filter((v) => v === r.data.id);
    expect(ids).toEqual([r.data.id]);
    const row = env.counter.quiet(
      () =>
        env.spreadsheet
          .getSheetByName('Tuần tra')!
          .getDataRange()
          .getValues()
          .find((x) => x[0] === r.data.id)!,
    );
    expect(row).toContain(LEADER_T1);
  });

  it('an editor saves for any team; a stranger saves nothing', () => {
    const { env, bundle } = village();
    env.setUser(OWNER);
    expect(bundle.apiPhoneSavePatrol(patrol({ teamId: 'T4' })).ok).toBe(true);
    env.setUser('nguoila@gmail.com');
    const before = snapshot(env);
    const r = bundle.apiPhoneSavePatrol(patrol({ requestId: 'phone-req-0003' }));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: '',
          message: 'Tài khoản này chưa có quyền nhập liệu: không có trong trang Thành viên, không phải người sửa bảng.',
        },
      ],
    });
    const ev = bundle.apiPhoneSaveActivity({
      requestId: 'phone-req-0004',
      kind: 'event',
      date: '2023-06-19',
      type: 'Tin báo',
      content: 'x',
    });
    expect(ev.ok).toBe(false);
    expect(snapshot(env)).toEqual(before);
  });

  it('a member reports an event to be passed to the commune police at once', () => {
    const { env, bundle } = village();
    env.setUser(LEADER_T1);
    const type = bundle.apiBootstrap().data.lists.values['Loại sự kiện'][0];
    const r = bundle.apiPhoneSaveActivity({
      requestId: 'phone-req-0005',
      kind: 'event',
      date: '2023-06-19',
      type,
      festival: '',
      content: 'Có người lạ hỏi mua trâu',
      participants: null,
      toPolice: true,
      note: '',
    });
    expect(r.ok).toBe(true);
    expect(r.data.id).toMatch(/^SK-\d{4}$/);
  });

  it('a member corrects a patrol of their own team only, and cannot move it to another team', () => {
    const { env, bundle } = village();
    env.setUser(LEADER_T1);
    const saved = bundle.apiPhoneSavePatrol(patrol());
    const fix = (o: Record<string, unknown>) =>
      bundle.apiPhoneSaveRecord({ requestId: `fix-${Object.keys(o).join('')}-1`, sheet: 'patrols', ...o });
    expect(fix({ id: saved.data.id, record: { result: 'Đã nhắc 2 quán' } })).toEqual({
      ok: true,
      data: { id: saved.data.id, created: false },
    });
    const moved = fix({ id: saved.data.id, record: { teamId: 'T2' } });
    expect(moved.ok).toBe(false);
    expect(moved.errors[0].field).toBe('record.teamId');
    // A patrol of another team (the sample's, by team T2).
    const t2 = bundle.apiListRecords({ sheet: 'patrols', teamId: 'T2', limit: 1 }).data.rows[0];
    const other = fix({ id: t2.id, record: { result: 'x' } });
    expect(other.ok).toBe(false);
    expect(other.errors[0]).toEqual({
      field: 'id',
      message: `Tuần tra ${t2.id} là của tổ khác: bạn chỉ sửa được tuần tra của tổ mình.`,
    });
    expect(fix({ record: { result: 'x' } }).errors[0].field).toBe('sheet');
    expect(bundle.apiPhoneSaveRecord({ requestId: 'fix-h-1', sheet: 'households', id: 'H001', record: {} }).ok).toBe(
      false,
    );
  });
});

describe('menuPhoneLink', () => {
  it('shows the web app address when deployed, how to deploy it when not', () => {
    const url = 'https://script.google.com/macros/s/AKfy-test/exec';
    const deployed = village({ webAppUrl: url });
    deployed.bundle.menuPhoneLink();
    const dialog = deployed.env.ui.dialogs[deployed.env.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Liên kết nhập trên điện thoại');
    expect(bootOf(dialog.html)).toEqual({ url });
    const bare = village();
    bare.bundle.menuPhoneLink();
    expect(bootOf(bare.env.ui.dialogs[bare.env.ui.dialogs.length - 1].html)).toEqual({ url: '' });
  });

  it('is in the full menu', () => {
    const { env, bundle } = village();
    bundle.onOpen();
    expect(JSON.stringify(env.ui.menus[env.ui.menus.length - 1])).toContain('menuPhoneLink');
  });
});
