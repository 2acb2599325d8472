/**
 * Protection tests (issue 13, parts 6 and 7), through the built bundle on the emulator, acting as several users
 * (`env.setUser`): the owner, an editor listed in `Cài đặt › Người được sửa trang Đối tượng giúp đỡ`, and an editor
 * who is not.
 *  - The rows of `Cài đặt` that grant rights are editable by the owner alone.
 *  - Set-up by the owner: the sensitive sheet's editors are the owner and the valid listed emails, nothing else
 *    (an editor added by hand is removed; a repeated row typed below is not read); invalid emails are reported.
 *  - Set-up by anyone else changes no protection and says so.
 *  - The data check, the summary and the sample loader check what they may write first: a protected sheet gives a
 *    Vietnamese message naming it, and nothing is written.
 */
import { callAsScriptRun } from '../../local/bundle';
import type { GasEnvironment } from '../../local/emulator';
import { t } from '../../src/domain/i18n';
import { settingDef } from '../../src/domain/settings';
import { SHEET } from '../../src/domain/sheets';
import { loaded, snapshot } from '../support/env';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SetupResult = { created: string[]; repaired: string[]; notes: string[] };

const PROTECTED = 'You are trying to edit a protected cell or object';
const LISTED = 'phoban@example.com';
const STRANGER = 'khac@example.com';
const RIGHTS_LABEL = settingDef('nguoi_sua_doi_tuong')!.label;
const RIGHTS_DESCRIPTION = `${t('setup.rightsProtection')} (nguoi_sua_doi_tuong)`;

function village(opts: { sample?: boolean } = {}) {
  const l = loaded({ now: () => new Date('2023-12-20T03:00:00Z') });
  l.bundle.setupWorkbook();
  if (opts.sample !== false) l.bundle.loadSampleVillage();
  const ss = l.env.spreadsheet as unknown as Spreadsheet;
  const owner = ss.getOwner()!.getEmail();
  ss.addEditors([LISTED, STRANGER]);
  return { ...l, ss, owner };
}

const PT = (env: GasEnvironment) =>
  (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType;

/** The row of `Cài đặt` holding a setting (1-based), read uncounted. */
function settingRow(env: GasEnvironment, label: string): number {
  return env.counter.quiet(
    () =>
      env.spreadsheet
        .getSheetByName(SHEET.settings)!
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === label) + 1,
  );
}

/** Every protection of the workbook as plain data (uncounted, seen by the owner). */
function protections(env: GasEnvironment): string {
  return env.counter.quiet(() => JSON.stringify(env.saveSpreadsheet().sheets.map((s) => [s.name, s.protections])));
}

function sensitiveEditors(env: GasEnvironment): string[] {
  return env.counter.quiet(() => {
    const p = env.spreadsheet.getSheetByName(SHEET.supervised)!.getProtections(PT(env).SHEET)[0];
    return p
      .getEditors()
      .map((u) => u.getEmail())
      .sort();
  });
}

/** The cells that differ between two snapshots, as `sheet!row:col`. */
function changedCells(before: Record<string, unknown[][]>, after: Record<string, unknown[][]>): string[] {
  const out: string[] = [];
  for (const [name, rows] of Object.entries(after))
    rows.forEach((row, i) =>
      row.forEach((v, j) => v !== before[name]?.[i]?.[j] && out.push(`${name}!${i + 1}:${j + 1}`)),
    );
  for (const name of Object.keys(before)) if (!(name in after)) out.push(`${name} (sheet)`);
  return out;
}

describe('the rows of Cài đặt that grant rights', () => {
  const { env, bundle, ss, owner } = village();
  const settings = ss.getSheetByName(SHEET.settings)!;
  const row = settingRow(env, RIGHTS_LABEL);
  afterEach(() => env.setUser(owner));

  it('are protected by a range protection over the row, for the owner alone, not the domain, not a warning', () => {
    const mine = settings.getProtections(PT(env).RANGE).filter((p) => p.getDescription() === RIGHTS_DESCRIPTION);
    expect(mine).toHaveLength(1);
    expect({
      range: mine[0].getRange().getA1Notation(),
      editors: mine[0].getEditors().map((u) => u.getEmail()),
      domain: mine[0].canDomainEdit(),
      warning: mine[0].isWarningOnly(),
    }).toEqual({ range: `A${row}:C${row}`, editors: [owner], domain: false, warning: false });
  });

  it('an editor not in the list cannot write them, remove the protection or delete the row; the owner can', () => {
    env.setUser(STRANGER);
    expect(() => settings.getRange(row, 2).setValue(STRANGER)).toThrow(PROTECTED);
    expect(() => settings.getRange(row, 1, 1, 3).clearContent()).toThrow(PROTECTED);
    expect(() => settings.deleteRow(row)).toThrow(PROTECTED);
    const p = settings.getProtections(PT(env).RANGE).find((x) => x.getDescription() === RIGHTS_DESCRIPTION)!;
    expect(p.canEdit()).toBe(false);
    expect(() => p.remove()).toThrow('You do not have permission');
    expect(() => p.addEditor(STRANGER)).toThrow('You do not have permission');
    // The other rows of Cài đặt stay open to every editor.
    expect(() => settings.getRange(row - 1, 2).setValue(settings.getRange(row - 1, 2).getValue())).not.toThrow();
    env.setUser(owner);
    settings.getRange(row, 2).setValue(LISTED);
    expect(settings.getRange(row, 2).getValue()).toBe(LISTED);
  });

  it('an editor listed there may edit the sensitive sheet but still not the list itself', () => {
    bundle.setupWorkbook();
    env.setUser(LISTED);
    expect(() => settings.getRange(row, 2).setValue(`${LISTED}\n${STRANGER}`)).toThrow(PROTECTED);
    expect(() => ss.getSheetByName(SHEET.supervised)!.getRange(2, 3).setValue('Sửa')).not.toThrow();
  });
});

describe('set-up by the owner never widens a protection beyond the list', () => {
  const { env, bundle, ss, owner } = village();
  const settings = ss.getSheetByName(SHEET.settings)!;
  const row = settingRow(env, RIGHTS_LABEL);
  /** The repeated row typed below by someone else. */
  let repeated = 0;
  const INVALID = [
    'zw\u200b@example.com', // zero-width space inside
    'an ninh@example.com', // a space inside
    'a@b', // no dotted domain
    'foo', // not an address
    '\u0430dmin@example.com', // Cyrillic а, looks like a Latin a
    'nguyễn@example.com', // a letter outside ASCII
  ];

  it('adds the valid listed emails only, removes an editor added by hand, reports every invalid entry', () => {
    settings.getRange(row, 2).setValue([` ${LISTED.toUpperCase()} `, ...INVALID].join('\n'));
    // Added by hand in the Sheets UI (the owner may): not in the list, so removed by the next set-up.
    ss.getSheetByName(SHEET.supervised)!.getProtections(PT(env).SHEET)[0].addEditor('tay@example.com');
    // A second row of the same setting, typed below by someone else: never read.
    env.setUser(STRANGER);
    repeated = settings.getLastRow() + 1;
    settings.getRange(repeated, 1, 1, 2).setValues([[RIGHTS_LABEL, STRANGER]]);
    env.setUser(owner);

    const r = bundle.setupWorkbook() as SetupResult;
    const editors = sensitiveEditors(env);
    console.log(
      `set-up by the owner: ${INVALID.length} invalid entries reported, ${editors.length} editors ` +
        `(${editors.join(', ')}), ${r.notes.length} notes`,
    );
    expect(editors).toEqual([owner, LISTED].sort());
    const shown = ['zw[U+200B]@example.com', 'an ninh@example.com', 'a@b', 'foo', '[U+0430]dmin@example.com'];
    expect(r.notes).toEqual([
      t('setup.duplicateRights', { name: RIGHTS_LABEL, sheet: SHEET.settings, row, rows: String(repeated) }),
      t('settings.badEmail', { name: RIGHTS_LABEL, emails: [...shown, 'nguy[U+1EC5]n@example.com'].join(', ') }),
      t('setup.editors', { sheets: `"${SHEET.supervised}"`, emails: `${owner}, ${LISTED}` }),
      t('setup.removedEditors', { emails: 'tay@example.com' }),
    ]);
    for (const bad of ['zw@example.com', STRANGER, 'admin@example.com', 'a@b', 'foo'])
      expect(editors).not.toContain(bad);
  });

  it('the data check reports the same invalid entries and the repeated row', () => {
    const r = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as {
      ok: true;
      data: { issues: { sheet: string; row: number; message: string }[] };
    };
    const mine = r.data.issues.filter((i) => i.sheet === SHEET.settings);
    console.log(`data check: ${mine.length} issues on the rights setting`);
    expect(mine.map((i) => i.row)).toEqual([row, repeated]);
    expect(mine[0].message).toContain('zw[U+200B]@example.com');
    expect(mine[0].message).toContain('[U+0430]dmin@example.com');
    expect(mine[1].message).toBe(t('settings.duplicateRights', { name: RIGHTS_LABEL, row }));
  });

  it('a further set-up changes nothing and says only what is still wrong', () => {
    const before = protections(env);
    env.counter.reset();
    const r = bundle.setupWorkbook() as SetupResult;
    expect(protections(env)).toBe(before);
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
    expect(r.repaired).toEqual([]);
    expect(r.notes.some((n) => n.startsWith(RIGHTS_LABEL))).toBe(true);
    expect(r.notes.some((n) => n.includes('tay@example.com'))).toBe(false);
  });
});

describe('set-up by someone who is not the owner', () => {
  const { env, bundle, ss, owner } = village();
  const settings = ss.getSheetByName(SHEET.settings)!;
  const row = settingRow(env, RIGHTS_LABEL);
  afterEach(() => env.setUser(owner));

  it('changes no protection, writes no protected cell, and says so in Vietnamese', () => {
    // A sheet they may fix (a header retyped), and the supervised sheet's header damaged by the owner.
    env.counter.quiet(() => ss.getSheetByName(SHEET.cameras)!.getRange(1, 2).setValue('vị trí'));
    const before = protections(env);
    env.setUser(STRANGER);
    env.counter.reset();
    let r: SetupResult | undefined;
    expect(() => {
      r = bundle.setupWorkbook() as SetupResult;
    }).not.toThrow();
    const protectionWrites = Object.entries(env.counter.byMethod('SpreadsheetApp') as Record<string, number>).filter(
      ([m]) => /^Protection\.(add|remove|set)|\.protect$/.test(m),
    );
    console.log(`set-up by a non-owner: ${protectionWrites.length} protection changes, ${r!.notes.length} notes`);
    expect(protectionWrites).toEqual([]);
    expect(protections(env)).toBe(before);
    expect(r!.notes[0]).toBe(t('setup.notOwner', { owner }));
    // The sheets a protection stops them from editing are named and left; the others are repaired.
    expect(r!.notes.slice(1)).toEqual([
      `${t('protect.range', { sheet: SHEET.settings, range: `A${row}:C${row}` })} ${t('setup.lockedSheet')}`,
      `${t('protect.sheet', { sheet: SHEET.supervised })} ${t('setup.lockedSheet')}`,
    ]);
    expect(r!.repaired).toEqual([SHEET.cameras]);
    expect(r!.notes.join(' ')).not.toMatch(/[A-Za-z]+ (are|is) trying|protected cell/);
  });

  it('even with their own email typed into the list by the owner, they gain nothing from their set-up', () => {
    settings.getRange(row, 2).setValue(STRANGER);
    env.setUser(STRANGER);
    bundle.setupWorkbook();
    expect(() => ss.getSheetByName(SHEET.supervised)!.getRange(2, 3).setValue('x')).toThrow(PROTECTED);
    env.setUser(owner);
    expect(sensitiveEditors(env)).toEqual([owner]);
  });

  it('on a workbook the owner never set up: sheets made, nothing protected, the sensitive one said to be open', () => {
    const fresh = loaded();
    const freshOwner = fresh.env.spreadsheet.getOwner()!.getEmail();
    fresh.env.spreadsheet.addEditor(STRANGER);
    fresh.env.setUser(STRANGER);
    const r = fresh.bundle.setupWorkbook() as SetupResult;
    expect(r.notes).toEqual([
      t('setup.notOwner', { owner: freshOwner }),
      t('setup.sensitiveOpen', { sheets: `"${SHEET.supervised}"` }),
    ]);
    expect(protections(fresh.env)).not.toContain('"type":"');
    fresh.env.setUser(freshOwner);
    expect((fresh.bundle.setupWorkbook() as SetupResult).notes).toEqual([]);
    expect(protections(fresh.env)).toContain(RIGHTS_DESCRIPTION);
  });

  it('the menu says it in an alert', () => {
    env.setUser(STRANGER);
    env.ui.reset();
    bundle.menuSetup();
    const alert = env.ui.alerts[env.ui.alerts.length - 1];
    expect(alert.title).toBe(t('setup.title'));
    expect(alert.message).toContain(t('setup.notOwner', { owner }));
  });
});

describe('actions check what they may write before writing', () => {
  const { env, bundle, ss, owner } = village();
  afterEach(() => env.setUser(owner));
  const supervised = ss.getSheetByName(SHEET.supervised)!;
  const patrols = ss.getSheetByName(SHEET.patrols)!;
  const blank = (sheet: Sheet, row: number) => env.counter.quiet(() => sheet.getRange(row, 1).setValue(''));
  const counters = () => env.counter.quiet(() => JSON.stringify(env.properties.document.toObject()));

  it('data check by an editor not listed: every problem listed, 0 cells written, a message naming the sheet', () => {
    blank(supervised, 2);
    blank(patrols, 3);
    env.counter.quiet(() => patrols.getRange(5, 2).setValue('31/04/2023'));
    const before = snapshot(env);
    const storedBefore = counters();
    env.setUser(STRANGER);
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as {
      ok: true;
      data: { issues: unknown[]; filledIds: unknown[]; blocked?: string };
    };
    const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
    const changed = changedCells(before, snapshot(env));
    console.log(`data check by a non-listed editor: ${writes} writes, ${changed.length} cells changed`);
    expect([writes, changed]).toEqual([0, []]);
    expect(counters()).toBe(storedBefore);
    expect(r.ok).toBe(true);
    expect(r.data.filledIds).toEqual([]);
    // Every problem is still listed (the day that does not exist).
    expect(JSON.stringify(r.data.issues)).toContain('31/04/2023');
    expect(r.data.blocked).toBe(
      [
        t('check.notFilled', { n: 2 }),
        t('protect.sheet', { sheet: SHEET.supervised }),
        t('protect.nothingWritten'),
      ].join(' '),
    );
    expect(JSON.stringify(r)).not.toContain(PROTECTED);
  });

  it('the menu shows it in the dialog summary', () => {
    env.setUser(STRANGER);
    bundle.menuValidate();
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.html).toContain(t('protect.sheet', { sheet: SHEET.supervised }).replace(/"/g, '\\"'));
  });

  it('the same check by a listed editor, or the owner, fills both ids', () => {
    env.counter.quiet(() =>
      ss.getSheetByName(SHEET.settings)!.getRange(settingRow(env, RIGHTS_LABEL), 2).setValue(LISTED),
    );
    bundle.setupWorkbook();
    env.setUser(LISTED);
    const r = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as {
      ok: true;
      data: { filledIds: { sheet: string }[]; blocked?: string };
    };
    expect(r.data.blocked).toBeUndefined();
    expect(r.data.filledIds.map((f) => f.sheet).sort()).toEqual([SHEET.patrols, SHEET.supervised].sort());
  });

  it('the summary, when its sheet is protected: a message naming it, 0 cells written', () => {
    const PERIOD = { from: '2023-01-01', to: '2023-06-30' };
    expect(callAsScriptRun(bundle, 'apiWriteSummary', [PERIOD])).toMatchObject({ ok: true });
    const summary = ss.getSheetByName(SHEET.summary)!;
    const p = summary.protect();
    p.removeEditors(p.getEditors());
    const before = snapshot(env);
    env.setUser(STRANGER);
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiWriteSummary', [PERIOD]);
    const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
    console.log(`summary on a protected sheet: ${writes} writes`);
    expect(writes).toBe(0);
    expect(changedCells(before, snapshot(env))).toEqual([]);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: '', message: `${t('protect.sheet', { sheet: SHEET.summary })} ${t('protect.nothingWritten')}` },
      ],
    });
    // A protected range of it is named too.
    env.setUser(owner);
    p.remove();
    const part = summary.getRange('A1:B2').protect();
    part.removeEditors(part.getEditors());
    env.setUser(STRANGER);
    expect(callAsScriptRun(bundle, 'apiWriteSummary', [PERIOD])).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining(t('protect.range', { sheet: SHEET.summary, range: 'A1:B2' })) }],
    });
  });
});

describe('the sample loader checks every sheet it would fill first', () => {
  it('by an editor on a workbook the owner set up: refused with a message naming the sheet, nothing written', () => {
    const { env, bundle, owner } = village({ sample: false });
    const before = snapshot(env);
    const protectionsBefore = protections(env);
    env.setUser(STRANGER);
    env.counter.reset();
    let message = '';
    try {
      bundle.loadSampleVillage();
    } catch (err) {
      message = (err as Error).message;
    }
    const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
    console.log(`sample loader by a non-owner: ${writes} writes`);
    expect(writes).toBe(0);
    expect(message).toMatch(/^(Vùng|Trang) .* được bảo vệ: .* Không ô nào được ghi\.$/);
    expect(message).toContain(`"${SHEET.settings}"`);
    expect(changedCells(before, snapshot(env))).toEqual([]);
    expect(protections(env)).toBe(protectionsBefore);
    env.setUser(owner);
    expect(bundle.loadSampleVillage()).toMatchObject({ rows: expect.any(Number), notes: [] });
  });
});

describe('the notice asks before taking its number', () => {
  it('a protected Cài đặt stops a non-listed editor before any Doc exists, in Vietnamese', () => {
    const { env, bundle, ss, owner } = village();
    const settings = ss.getSheetByName(SHEET.settings)!;
    const p = settings.protect();
    p.removeEditors(p.getEditors());
    const before = snapshot(env);
    const docs = env.drive.files.size;
    env.setUser(STRANGER);
    env.counter.reset();
    const generate = () =>
      callAsScriptRun(bundle, 'apiGenerateNotice', [
        { from: '2021-06-23', to: '2023-06-15', issuedOn: '2023-06-20', number: 5 },
      ]);
    expect(generate).toThrow(t('protect.sheet', { sheet: SHEET.settings }));
    // Only the toast "reading…" is shown; no cell is written (the owner's email kept in the document cache is no cell).
    const writes = env.counter.log
      .filter((c) => c.kind === 'write' && c.service !== 'CacheService')
      .map((c) => c.method);
    expect(writes).toEqual(['Spreadsheet.toast']);
    expect(env.drive.files.size).toBe(docs);
    expect(changedCells(before, snapshot(env))).toEqual([]);
    env.setUser(owner);
    expect(generate()).toMatchObject({ ok: true });
  });
});
