/**
 * Issue 15 part 3: the forms open with what they need. At 10,000 households `apiBootstrap` inlines no household
 * (the pickers find them with `apiFindHouseholds`) and only the counts of who signed what, ≤ 300 KB in each
 * sidebar; at village size every active household and who of them signed, as before.
 */
import { callAsScriptRun } from '../../local/bundle';
import { HOUSEHOLDS_INLINE_MAX } from '../../src/domain/householdSearch';
import { signedTypes } from '../../src/domain/signedSummary';
import { defaultLists } from '../../src/domain/lists';
import type { BootstrapData, FoundHouseholds } from '../../src/domain/wire';
import { scaleWorkbook, type ScaleWorkbook } from '../support/scale';
import { village } from '../support/saves';

jest.setTimeout(120_000);

const TARGET = 300 * 1024;
const REQUIRED = defaultLists().requiredCommitments;

type Answer<T> = { ok: true; data: T } | { ok: false; errors: { field: string; message: string }[] };
const call = <T>(w: Pick<ScaleWorkbook, 'bundle'>, fn: string, input?: unknown) =>
  callAsScriptRun(w.bundle, fn, input === undefined ? [] : [input]) as Answer<T>;
const data = <T>(a: Answer<T>): T => {
  if (!a.ok) throw new Error(JSON.stringify(a.errors));
  return a.data;
};
/** The data a sidebar got inlined (`window.__BOOT__ = …;`). */
const inlined = (html: string) => /window\.__BOOT__ = (.*?);<\/script>/s.exec(html)![1];

/** Keeps the first `n` data rows of a sheet (a village of 10,000 households has about 20 teams and 400 members). */
function keepRows(w: ScaleWorkbook, name: string, n: number): void {
  w.env.counter.quiet(() => {
    const sheet = w.env.spreadsheet.getSheetByName(name)!;
    sheet.deleteRows(n + 2, sheet.getLastRow() - n - 1);
  });
}

describe('at 10,000 households', () => {
  let w: ScaleWorkbook;
  beforeAll(() => {
    w = scaleWorkbook(10_000);
    keepRows(w, 'Tổ tự quản', 20);
    keepRows(w, 'Thành viên', 400);
  });

  it('apiBootstrap inlines no household, the counts of who signed, ≤ 300 KB', () => {
    const boot = data(call<BootstrapData>(w, 'apiBootstrap'));
    expect(Buffer.byteLength(JSON.stringify(boot))).toBeLessThanOrEqual(TARGET);
    expect(boot.householdSearch).toBe(true);
    expect(boot.householdCount).toBe(10_000);
    expect(boot.households).toEqual([]);
    expect(boot.signed.households).toEqual({});
    expect(boot.members).toHaveLength(400);
    // The generated commitments (test/support/scale.ts): row i is household i/4's type i % 4 in 2022, Vi phạm
    // (without a Đã ký row) when i % 100 = 99 — 100 rows, all of the fourth type.
    expect(boot.signed.years).toEqual(['2022', '2023']);
    const types = defaultLists().values['Loại cam kết'];
    expect(types.slice(0, 4).map((type) => boot.signed.counts['2022'][type])).toEqual([2_500, 2_500, 2_500, 2_400]);
    expect(boot.signed.counts['2022']['*']).toBe(REQUIRED.length === 4 ? 2_400 : -1);
    expect(boot.signed.counts['2023']['*']).toBe(0);
  });

  it('every sidebar opens with ≤ 300 KB inlined', () => {
    const ui = w.env.ui as unknown as { sidebars: { html: string }[] };
    for (const menu of ['menuPatrol', 'menuCommitments', 'menuActivity', 'menuRegistry', 'menuLookup']) {
      (w.bundle as unknown as Record<string, () => void>)[menu]();
      const boot = inlined(ui.sidebars[ui.sidebars.length - 1].html);
      expect([menu, Buffer.byteLength(boot) <= TARGET]).toEqual([menu, true]);
      expect(JSON.parse(boot).householdSearch).toBe(true);
    }
  });

  it('apiFindHouseholds finds by head (accents optional) and id, with who signed', () => {
    w.env.counter.reset();
    const found = data(call<FoundHouseholds>(w, 'apiFindHouseholds', { query: 'chu ho 1234', signed: true }));
    expect(found.households.map((h) => h.id)).toEqual(['H1234']);
    expect(found.total).toBe(1);
    // H1234 = household 1233: rows 4932–4935 of the generated commitments, all four types in 2022.
    expect(signedTypes(found.signed!, 'H1234', '2022')).toEqual(REQUIRED);
    expect(Object.keys(found.signed!.households)).toEqual(['H1234']);
    expect(w.env.counter.count({ service: 'SpreadsheetApp', kind: 'read' })).toBeLessThan(20);

    // Words hold inside ids and names: "999" is in Chủ hộ 999, 1999, …, 9990–9999 (addresses are Xóm 0–19).
    const many = data(call<FoundHouseholds>(w, 'apiFindHouseholds', { query: 'chủ hộ 999', limit: 5 }));
    const all = Array.from({ length: 10_000 }, (_, i) => i + 1).filter((k) => String(k).includes('999'));
    expect(many.households.map((h) => h.id)).toEqual(all.slice(0, 5).map((k) => `H${String(k).padStart(3, '0')}`));
    expect(many.total).toBe(all.length);
    expect(many.signed).toBeUndefined();
  });

  it("apiFindHouseholds by team ('Chọn cả tổ'): the team's active households, ids and heads only, who signed", () => {
    // A direct filter of the generated sheet: the active households whose Tổ is T3.
    const rows = w.env.counter.quiet(() =>
      w.env.spreadsheet.getSheetByName('Hộ gia đình')!.getDataRange().getValues(),
    ) as unknown[][];
    const [header, ...body] = rows.map((r) => r.map(String));
    const col = (name: string) => header.indexOf(name);
    const team = body.filter((r) => r[col('Tổ')] === 'T3' && r[col('Ngày chuyển đi')] === '');
    expect(team.length).toBeGreaterThan(HOUSEHOLDS_INLINE_MAX);
    w.env.counter.reset();
    const answer = call<FoundHouseholds>(w, 'apiFindHouseholds', { teamId: 'T3', idsOnly: true, signed: true });
    const found = data(answer);
    expect(found.ids).toEqual(team.map((r) => r[col('Mã hộ')]));
    expect(found.heads).toEqual(team.map((r) => r[col('Chủ hộ')]));
    expect([found.total, found.households]).toEqual([team.length, []]);
    // H003 (household 2: commitment rows 8–11) signed the four types in 2022; H2505 (beyond 2,500) none.
    expect(signedTypes(found.signed!, 'H003', '2022')).toEqual(REQUIRED);
    expect(signedTypes(found.signed!, 'H2505', '2022')).toEqual([]);
    expect(Object.keys(found.signed!.households).every((id) => found.ids!.includes(id))).toBe(true);
    // Small: about 25 bytes a household (1,667 of them), the records not sent.
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThan(60 * 1024);
    expect(w.env.counter.count({ service: 'SpreadsheetApp', kind: 'read' })).toBeLessThan(20);

    // Narrowed by words within the team, and limited.
    const some = data(call<FoundHouseholds>(w, 'apiFindHouseholds', { teamId: 'T3', query: 'chu ho 99', limit: 3 }));
    // Every word in the id, head or address ("99" in H099, H399, … or Chủ hộ 99, 199, …), in sheet order.
    const ids = team.map((r) => r[col('Mã hộ')]).filter((id, i) => `${id} ${team[i][col('Chủ hộ')]}`.includes('99'));
    expect(some.households.map((h) => h.id)).toEqual(ids.slice(0, 3));
    expect(some.total).toBe(ids.length);
  });

  it("apiFindHouseholds with all ('Chọn tất cả'): every active household with its team, ids only", () => {
    const rows = w.env.counter.quiet(() =>
      w.env.spreadsheet.getSheetByName('Hộ gia đình')!.getDataRange().getValues(),
    ) as unknown[][];
    const [header, ...body] = rows.map((r) => r.map(String));
    const col = (name: string) => header.indexOf(name);
    const active = body.filter((r) => r[col('Ngày chuyển đi')] === '');
    const answer = call<FoundHouseholds>(w, 'apiFindHouseholds', { all: true, idsOnly: true });
    const found = data(answer);
    expect(found.ids).toEqual(active.map((r) => r[col('Mã hộ')]));
    expect(found.teams).toEqual(active.map((r) => r[col('Tổ')]));
    expect([found.total, found.ids!.length]).toEqual([10_000, 10_000]);
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThan(400 * 1024);
    const five = data(call<FoundHouseholds>(w, 'apiFindHouseholds', { all: true, idsOnly: true, limit: 5 }));
    expect([five.ids, five.total]).toEqual([['H001', 'H002', 'H003', 'H004', 'H005'], 10_000]);
  });

  it('apiFindHouseholds refuses a bad team, limit or neither query nor team, naming the field', () => {
    const errors = (input: unknown) => {
      const a = call<FoundHouseholds>(w, 'apiFindHouseholds', input);
      return a.ok ? [] : a.errors;
    };
    expect(errors({ teamId: 7 })).toEqual([
      { field: 'teamId', message: 'Mã tổ (chọn cả tổ): phải là chữ, nhiều nhất 100 ký tự' },
    ]);
    expect(errors({ teamId: 'T1', limit: 20_001 })).toEqual([
      { field: 'limit', message: 'Số hộ tìm tối đa (chọn cả tổ, chọn tất cả): phải là số nguyên từ 1 đến 20000' },
    ]);
    expect(errors({ all: true, limit: 0 })).toEqual([
      { field: 'limit', message: 'Số hộ tìm tối đa (chọn cả tổ, chọn tất cả): phải là số nguyên từ 1 đến 20000' },
    ]);
    expect(errors({ all: 1 })).toEqual([
      { field: 'all', message: 'Tuỳ chọn tìm hộ: phải là đúng hoặc sai (true/false)' },
    ]);
    expect(errors({ idsOnly: true })).toEqual([
      { field: 'query', message: 'Từ khoá tìm hộ: phải là chữ, nhiều nhất 200 ký tự' },
    ]);
    expect(errors({ teamId: 'T1', idsOnly: 'yes' })).toEqual([
      { field: 'idsOnly', message: 'Tuỳ chọn tìm hộ: phải là đúng hoặc sai (true/false)' },
    ]);
    expect(errors({ query: 'x', limit: 2.5 })).toEqual([
      { field: 'limit', message: 'Số hộ tìm tối đa: phải là số nguyên từ 1 đến 100' },
    ]);
  });
});

describe('at village size', () => {
  it('inlines every active household and who of them signed', () => {
    const v = village();
    const boot = data(call<BootstrapData>(v, 'apiBootstrap'));
    expect(boot.householdSearch).toBe(false);
    expect(boot.households.length).toBe(boot.householdCount);
    expect(boot.householdCount).toBeGreaterThan(90);
    expect(boot.households.length).toBeLessThanOrEqual(HOUSEHOLDS_INLINE_MAX);
    expect(Object.keys(boot.signed.households).length).toBeGreaterThan(50);
  });

  it('finds "hoang van" among the sample heads (Hoàng Văn …), and refuses a bad limit in Vietnamese', () => {
    const v = village();
    const found = data(call<FoundHouseholds>(v, 'apiFindHouseholds', { query: 'hoang van' }));
    expect(found.households.length).toBeGreaterThan(1);
    for (const h of found.households) expect(h.head).toMatch(/^Hoàng Văn /);
    const bad = call<FoundHouseholds>(v, 'apiFindHouseholds', { query: 'x', limit: 500 });
    expect(bad.ok ? [] : bad.errors).toEqual([
      { field: 'limit', message: 'Số hộ tìm tối đa: phải là số nguyên từ 1 đến 100' },
    ]);
  });

  it('a household more than HOUSEHOLDS_INLINE_MAX: the forms search instead', () => {
    const w = scaleWorkbook(HOUSEHOLDS_INLINE_MAX);
    expect(data(call<BootstrapData>(w, 'apiBootstrap')).households).toHaveLength(HOUSEHOLDS_INLINE_MAX);
    data(
      call(w, 'apiSaveRecord', {
        requestId: 'one-more',
        sheet: 'households',
        record: { head: 'Hộ mới', teamId: 'T1' },
      }),
    );
    const boot = data(call<BootstrapData>(w, 'apiBootstrap'));
    expect([boot.householdSearch, boot.households.length, boot.householdCount]).toEqual([
      true,
      0,
      HOUSEHOLDS_INLINE_MAX + 1,
    ]);
  });
});
