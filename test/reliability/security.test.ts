/**
 * Security (issue 7, part 4).
 *  - Hostile strings (script tags, event handlers, `javascript:` links, closing tags,
 *    placeholders, formulas) typed into every text column of every sheet the forms and
 *    dialogs show — team, member and household names, every list of `Danh mục`, the
 *    settings, topics… — then every page (Patrol, Commitments, Activity, Registry,
 *    Compliance, DataCheck, Notice, Help) opened from the menu in real Chromium through the
 *    playground: nothing runs, no element is made from data, the hostile text shows as text.
 *  - The notice (a Doc made by apiGenerateNotice on the emulator, built-in layout and a
 *    custom template holding every placeholder) holds no name from `Đối tượng giúp đỡ`,
 *    `Nhắc nhở`, `Hoà giải` or `Nhân khẩu`, and user text in it is not filled as a placeholder.
 *  - `Đối tượng giúp đỡ` is protected: another editor is refused, a listed one may write.
 *  - The manifest asks exactly the scopes the code needs, each explained in the README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { callAsScriptRun, DIST } from '../../local/bundle';
import { documentToJson, type ElementJson } from '../../local/emulator/document';
import type { GasEnvironment } from '../../local/emulator';
import { t } from '../../src/domain/i18n';
import { LIST_NAMES, LISTS_SHEET_HEADERS } from '../../src/domain/lists';
import { PLACEHOLDERS } from '../../src/domain/notice/placeholders';
import { SETTING_DEFS, settingDef } from '../../src/domain/settings';
import { SHEET, type SheetDef, SHEETS } from '../../src/domain/sheets';
import { loaded } from '../support/env';
import { openPlayground, type Session } from '../browser/sidebar';

jest.setTimeout(120_000);

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '" onmouseover="window.__pwned=1',
  'javascript:window.__pwned=1',
  '</textarea><svg onload=window.__pwned=1>',
  '{{so_ho}}',
  '=IMPORTXML("http://x","//a")',
];
const ROOT = path.resolve(__dirname, '..', '..');

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes a cell as text (as a user typing with a leading apostrophe): a formula stays text. */
function put(sheet: Sheet, row: number, col: number, text: string): void {
  const cell = sheet.getRange(row, col);
  cell.setNumberFormat('@');
  cell.setValue(text);
}

/**
 * Puts hostile strings into every text column of the first three data rows of every record
 * sheet, a hostile value into every list of `Danh mục` (and uses it in those rows), a
 * hostile id into two reference columns (so the data check quotes it), and hostile text
 * into every text setting. Returns the number of cells written.
 */
function poison(ss: Spreadsheet): number {
  let k = 0;
  const next = () => HOSTILE[k++ % HOSTILE.length];
  const header = (s: Sheet) => s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
  // Danh mục: one hostile value at the end of every list.
  const lists = ss.getSheetByName(SHEET.lists)!;
  const listHeader = header(lists);
  const listValue: Record<string, string> = {};
  const listValues = lists.getDataRange().getValues();
  for (const name of LIST_NAMES) {
    const c = listHeader.indexOf(name);
    let row = listValues.length;
    while (row > 1 && String(listValues[row - 1][c]) === '') row--;
    listValue[name] = `${next()} ${name}`;
    put(lists, row + 1, c + 1, listValue[name]);
  }
  expect(LISTS_SHEET_HEADERS.length).toBe(LIST_NAMES.length + 1);
  // Record sheets: text columns, and list columns with the hostile list value.
  const records = SHEETS.filter((d): d is SheetDef => d.kind === 'record');
  for (const def of records) {
    const sheet = ss.getSheetByName(def.name)!;
    const h = header(sheet);
    const last = Math.min(sheet.getLastRow(), 4);
    for (let row = 2; row <= last; row++) {
      for (const col of def.columns) {
        const c = h.indexOf(col.header) + 1;
        if (c === 0 || col.field === 'requestId') continue;
        if (col.type === 'text' || col.type === 'longtext') put(sheet, row, c, next());
        else if (col.type === 'enum' && col.list) put(sheet, row, c, listValue[col.list]);
      }
    }
  }
  // References to ids that do not exist: the data check quotes them.
  const patrols = ss.getSheetByName(SHEET.patrols)!;
  put(patrols, 5, header(patrols).indexOf('Mã tổ') + 1, HOSTILE[0]);
  const residents = ss.getSheetByName(SHEET.residents)!;
  put(residents, 5, header(residents).indexOf('Mã hộ') + 1, HOSTILE[1]);
  // Every text setting (the notice dialog shows signer, authority, recipients and the template).
  const settings = ss.getSheetByName(SHEET.settings)!;
  const rows = settings.getDataRange().getValues();
  for (const def of SETTING_DEFS.filter(
    (d) => (d.type === 'text' || d.type === 'lines') && d.key !== 'nguoi_sua_doi_tuong',
  )) {
    const r = rows.findIndex((x) => x[0] === def.label) + 1;
    if (r > 1) put(settings, r, 2, def.key === 'mau_thong_bao' ? HOSTILE[3] : `${next()} ${def.key}`);
  }
  return k;
}

// ------------------------------------------------------------------------------ pages

interface PageReport {
  pwned: unknown;
  scripts: number;
  images: number;
  svgs: number;
  embeds: number;
  frames: number;
  handlers: string[];
  scriptUrls: string[];
  text: string;
}

/** What a page made of its data: counted in the page itself. */
const INSPECT = `(() => {
  const all = [...document.querySelectorAll('*')];
  const handlers = all.flatMap((e) =>
    [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + '[' + a.name + ']'),
  );
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
  const scriptUrls = all.flatMap((e) =>
    urlAttributes.map((n) => e.getAttribute(n)).filter((v) => v && /^\\s*javascript:/i.test(v)),
  );
  const values = [...document.querySelectorAll('input, textarea, select')].map((e) => e.value);
  const attrs = all.flatMap((e) => ['title', 'aria-label', 'placeholder', 'value'].map((n) => e.getAttribute(n) || ''));
  return {
    pwned: window.__pwned,
    scripts: document.scripts.length,
    images: document.images.length,
    svgs: document.querySelectorAll('svg').length,
    embeds: document.querySelectorAll('object, embed').length,
    frames: document.querySelectorAll('iframe, frame').length,
    handlers,
    scriptUrls,
    text: [document.body.textContent, ...values, ...attrs].join('\\n'),
  };
})()`;

/** `shows`: how many of the hostile strings the page must show as text (they come from the sheets it displays). */
const PAGES: { page: string; item: string; ready: string; shows: number }[] = [
  { page: 'Patrol', item: t('menu.patrol'), ready: 'body[data-ready="true"]', shows: 3 },
  { page: 'Commitments', item: t('menu.commitments'), ready: 'body[data-ready="true"]', shows: 3 },
  { page: 'Activity', item: t('menu.activity'), ready: 'body[data-ready="true"]', shows: 3 },
  { page: 'Registry', item: t('menu.registry'), ready: 'body[data-ready="true"]', shows: 3 },
  { page: 'Compliance', item: t('menu.compliance'), ready: '#result .metrics', shows: 3 },
  { page: 'DataCheck', item: t('menu.validate'), ready: '#recheck', shows: 2 },
  { page: 'Notice', item: t('menu.notice'), ready: 'dl.figures', shows: 3 },
  // The lookup opens on the first record type (households) and lists its first page.
  { page: 'Lookup', item: t('menu.lookup'), ready: '#lookup-results li', shows: 1 },
  // Help shows no sheet data, only the add-on's own text: opened for what it may run.
  { page: 'Help', item: t('menu.help'), ready: '#version', shows: 0 },
];

describe('every page opened on a workbook full of hostile strings, in Chromium', () => {
  let s: Session;
  let written = 0;
  const reports = new Map<string, PageReport>();

  beforeAll(async () => {
    s = await openPlayground((pg) => {
      written = poison(pg.env.spreadsheet as unknown as Spreadsheet);
    });
    for (const p of PAGES) {
      const frame = await openFromMenu(s, p.item, p.ready);
      reports.set(p.page, (await frame.evaluate(INSPECT)) as PageReport);
      // A modal dialog covers the menu: closed before the next page.
      const close = s.page.locator('#dialogs .panel-close');
      if (await close.count()) await close.first().click();
    }
  });

  afterAll(async () => {
    await s?.close();
  });

  async function openFromMenu(session: Session, item: string, ready: string): Promise<Frame> {
    const page = session.page;
    const before: string[] = await page
      .locator('iframe.page-frame')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''));
    await page.locator('.menu-button', { hasText: t('menu.title') }).click();
    await page.locator('.menu.open .menu-item', { hasText: item }).first().click();
    const handle = await page.waitForFunction(
      (seen: string[]) =>
        [...document.querySelectorAll('iframe.page-frame')].find((f) => !seen.includes(f.getAttribute('src') ?? '')) ??
        null,
      before,
    );
    const frame = await handle.asElement()!.contentFrame();
    if (!frame) throw new Error(`no frame for ${item}`);
    await frame.waitForSelector(ready);
    return frame;
  }

  it('put hostile text into the workbook', () => {
    expect(written).toBeGreaterThan(100);
  });

  it.each(PAGES.map((p) => [p.page, p] as const))(
    '%s: nothing runs and no element is made from data; the hostile text is shown as text',
    (_name, p) => {
      const r = reports.get(p.page)!;
      // The page's own two scripts (bundle and boot data) and the playground's google.script.run shim.
      const own = (readFileSync(path.join(DIST, `${p.page}.html`), 'utf8').match(/<script\b/gi) ?? []).length;
      expect({
        pwned: r.pwned,
        scripts: r.scripts,
        images: r.images,
        svgs: r.svgs,
        embeds: r.embeds,
        frames: r.frames,
        handlers: r.handlers,
        scriptUrls: r.scriptUrls,
      }).toEqual({
        pwned: undefined,
        scripts: own + 1,
        images: 0,
        svgs: 0,
        embeds: 0,
        frames: 0,
        handlers: [],
        scriptUrls: [],
      });
      const shown = HOSTILE.filter((x) => r.text.includes(x));
      expect(shown.length).toBeGreaterThanOrEqual(p.shows);
    },
  );

  it('the workbook view of the playground ran nothing either, and no page raised an error', async () => {
    expect(await s.page.evaluate('window.__pwned')).toBeUndefined();
    expect(s.errors).toEqual([]);
    expect(s.dialogs).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ the notice

/** Every text of a document (body, header, footer) and its name. */
function docTexts(env: GasEnvironment, id: string): string {
  const doc = documentToJson(env.docs.get(id)!);
  const all = (el: ElementJson | null | undefined): string =>
    el ? `${el.text ?? ''}\n${(el.children ?? []).map(all).join('\n')}` : '';
  return [doc.name, all(doc.body), all(doc.header), all(doc.footer)].join('\n');
}

describe('the notice holds aggregates only', () => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const ss = env.spreadsheet;
  const PRIVATE: Record<string, string[]> = {
    [SHEET.supervised]: ['Họ tên', 'Ghi chú'],
    [SHEET.reminders]: ['Mô tả'],
    [SHEET.mediations]: ['Nội dung', 'Các bên', 'Người chủ trì', 'Ghi chú'],
    [SHEET.residents]: ['Họ tên', 'Ghi chú'],
  };
  // Give every private cell a name no other sheet or setting holds, then collect them all.
  const names = new Set<string>();
  env.counter.quiet(() => {
    let n = 0;
    for (const [name, headers] of Object.entries(PRIVATE)) {
      const sheet = ss.getSheetByName(name)!;
      const values = sheet.getDataRange().getValues();
      for (const h of headers) {
        const c = values[0].indexOf(h);
        const column = values.slice(1).map(() => [`Nguyễn Thị Riêng Tư ${++n}`]);
        sheet.getRange(2, c + 1, column.length, 1).setValues(column);
        column.forEach(([v]) => names.add(v));
      }
    }
  });
  const input = { from: '2021-06-23', to: '2023-06-20', issuedOn: '2023-06-20' };

  it('in the built-in layout', () => {
    const r = callAsScriptRun(bundle, 'apiGenerateNotice', [input]) as { ok: true; data: { docId: string } };
    expect(r.ok).toBe(true);
    const text = docTexts(env, r.data.docId);
    expect(text).toContain('THÔNG BÁO');
    expect([...names].filter((x) => text.includes(x))).toEqual([]);
    // Not even a part of one (the numbering makes every name unique).
    expect(text).not.toContain('Riêng Tư');
  });

  it('in a custom template holding every placeholder; user text in a setting is not filled as a placeholder', () => {
    const app = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const tplId = env.counter.quiet(() => {
      const tpl = app.create('Mẫu có mọi chỗ điền');
      const body = tpl.getBody();
      for (const p of PLACEHOLDERS) body.appendParagraph(p.block ? `{{${p.key}}}` : `${p.key}: {{${p.key}}}`);
      tpl.saveAndClose();
      const settings = ss.getSheetByName(SHEET.settings)!;
      const rows = settings.getDataRange().getValues();
      const set = (key: string, v: string) => {
        const r = rows.findIndex((x) => x[0] === settingDef(key)!.label) + 1;
        settings.getRange(r, 2).setValue(v);
      };
      set('mau_thong_bao', `https://docs.google.com/document/d/${tpl.getId()}/edit`);
      set('nguoi_ky', 'Ông {{so_ho}} {{nguoi_ky}}');
      return tpl.getId();
    });
    const r = callAsScriptRun(bundle, 'apiGenerateNotice', [{ ...input, useTemplate: true }]) as {
      ok: true;
      data: { docId: string };
    };
    expect(r.ok).toBe(true);
    expect(r.data.docId).not.toBe(tplId);
    const text = docTexts(env, r.data.docId);
    expect([...names].filter((x) => text.includes(x))).toEqual([]);
    expect(text).not.toContain('Riêng Tư');
    // The placeholders of the template were filled; the text typed into a setting was kept as typed.
    expect(text).toContain('so_ho: 106');
    expect(text).toContain('Ông {{so_ho}} {{nguoi_ky}}');
  });
});

// ------------------------------------------------------------------------------ the sensitive sheet

describe('Đối tượng giúp đỡ is protected', () => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const ss = env.spreadsheet;
  const owner = ss.getOwner()!.getEmail();
  const PT = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType;
  const sheet = ss.getSheetByName(SHEET.supervised)!;
  const supervised = (requestId: string) => ({
    requestId,
    kind: 'supervised',
    name: 'Nguyễn Văn X',
    type: 'Án treo',
    startOn: '2023-05-01',
    memberId: '',
  });
  const refused = t('save.protected', { sheet: SHEET.supervised });
  afterEach(() => env.setUser(owner));

  it('by a sheet protection that is not a warning, for the owner alone', () => {
    const p = sheet.getProtections(PT.SHEET);
    expect(p).toHaveLength(1);
    expect([p[0].isWarningOnly(), p[0].canDomainEdit(), p[0].getEditors().map((u) => u.getEmail())]).toEqual([
      false,
      false,
      [owner],
    ]);
  });

  it('another editor is refused, by the form and by typing; an editor listed in Cài đặt is not, after set-up', () => {
    ss.addEditors(['khac@example.com', 'phoban@example.com']);
    env.setUser('khac@example.com');
    const rows = sheet.getLastRow();
    expect(() => callAsScriptRun(bundle, 'apiSaveActivity', [supervised('s-1')])).toThrow(refused);
    expect(() => sheet.getRange(2, 2).setValue('Sửa tay')).toThrow('protected');
    expect(sheet.getLastRow()).toBe(rows);
    expect(env.locks.isHeld('document')).toBe(false);

    env.setUser(owner);
    const settings = ss.getSheetByName(SHEET.settings)!;
    const r =
      settings
        .getDataRange()
        .getValues()
        .findIndex((x) => x[0] === settingDef('nguoi_sua_doi_tuong')!.label) + 1;
    settings.getRange(r, 2).setValue('phoban@example.com');
    bundle.setupWorkbook();
    env.setUser('phoban@example.com');
    expect(callAsScriptRun(bundle, 'apiSaveActivity', [supervised('s-2')])).toMatchObject({
      ok: true,
      data: { kind: 'supervised' },
    });
    expect(sheet.getLastRow()).toBe(rows + 1);
    env.setUser('khac@example.com');
    expect(() => callAsScriptRun(bundle, 'apiSaveActivity', [supervised('s-3')])).toThrow(refused);
  });
});

// ------------------------------------------------------------------------------ scopes

describe('the manifest asks only what the code needs', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  const scopes = manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');

  it('the README explains each scope of the manifest, and no other', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const lines = readme.slice(readme.indexOf('### Scopes')).split('\n').slice(1);
    const start = lines.findIndex((l) => l.startsWith('|'));
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
    const table = lines.slice(start, end).filter((l) => /^\|\s*`/.test(l));
    const rows = table
      .map((l) => l.split('|').map((c) => c.trim()))
      .map(([, scope, why]) => ({ scope: scope.replace(/`/g, ''), why }));
    expect(rows.map((r) => r.scope).sort()).toEqual([...scopes].sort());
    for (const r of rows) expect(r.why.length).toBeGreaterThan(15);
    expect(manifest.oauthScopes.every((s) => s.startsWith('https://www.googleapis.com/auth/'))).toBe(true);
  });

  it('each scope is used by the code, and the code uses no service needing another', () => {
    const needs: Record<string, RegExp> = {
      'spreadsheets.currentonly': /SpreadsheetApp\.getActive/,
      'script.container.ui': /\.(showSidebar|showModalDialog|createMenu)\(/,
      documents: /\bDocumentApp\b/,
      'drive.file': /\bDriveApp\b/,
      'userinfo.email': /Session\.getActiveUser\(\)/,
    };
    // `ScriptApp.getService().getUrl()` (the phone page's address, SPEC §7.1) needs no scope; nothing else of
    // ScriptApp is used (its trigger methods would need `script.scriptapp`).
    const scriptApp = [...code.matchAll(/ScriptApp\.(\w+)/g)].map((m) => m[1]);
    expect([...new Set(scriptApp)]).toEqual(['getService']);
    const rest = code.replace(/ScriptApp\.getService\(\)/g, '');
    const used = Object.entries(needs)
      .filter(([, re]) => re.test(rest))
      .map(([s]) => s);
    expect([...scopes].sort()).toEqual(used.sort());
    // Services that would need a scope not asked for.
    for (const service of [
      'UrlFetchApp',
      'GmailApp',
      'MailApp',
      'CalendarApp',
      'ScriptApp',
      'FormApp',
      'SlidesApp',
      'ContactsApp',
      'Drive.Files',
      'SpreadsheetApp.openBy',
    ]) {
      expect([service, rest.includes(service)]).toEqual([service, false]);
    }
    // Narrower scopes where they exist: the current spreadsheet only, Drive files the add-on made or was given.
    expect(scopes).not.toContain('spreadsheets');
    expect(scopes).not.toContain('drive');
  });
});
