import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callAsScriptRun, DIST, topLevelFunctions } from '../../local/bundle';
import { loaded } from '../support/env';

const SPEC_FUNCTIONS = [
  'onOpen',
  'onInstall',
  'setupWorkbook',
  'apiBootstrap',
  'apiSavePatrol',
  'apiSaveCommitments',
  'apiSaveActivity',
  'apiComputeCompliance',
  'apiWriteSummary',
  'apiValidateWorkbook',
  'apiGenerateNotice',
];

describe('dist/Code.js as Apps Script runs it', () => {
  it('defines every SPEC §6 function as a top-level global function', () => {
    const names = topLevelFunctions();
    for (const f of SPEC_FUNCTIONS) expect(names).toContain(f);
    const { bundle } = loaded();
    for (const f of SPEC_FUNCTIONS) expect(typeof bundle[f]).toBe('function');
  });

  it('has a forwarder for every export of the server entry and nothing else at top level', () => {
    const src = readFileSync(path.resolve(__dirname, '../../src/server/index.ts'), 'utf8');
    const exported = [...src.matchAll(/\b([A-Za-z_$][\w$]*)\b(?=[,\s]*(?:\}|,))/g)].map((m) => m[1]);
    const names = topLevelFunctions();
    for (const n of names) expect(exported).toContain(n);
    const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/\b(require|import)\(/);
    expect(code).not.toMatch(/^export /m);
  });

  it('ships the manifest with the minimal scopes and the time zone', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('onOpen builds the ANTT tự quản menu without reading the document', () => {
    const { env, bundle } = loaded();
    env.counter.reset();
    bundle.onOpen({ authMode: 'NONE' });
    const menu = env.ui.menus.find((m: { caption: string }) => m.caption === 'ANTT tự quản');
    expect(menu).toBeDefined();
    const items = JSON.stringify(menu);
    expect(items).toContain('Thiết lập bảng tính');
    expect(items).toContain('menuSetup');
    // Every menu item names a global function of the bundle.
    for (const fn of items.match(/"menu[A-Za-z]+"/g) ?? []) expect(typeof bundle[JSON.parse(fn)]).toBe('function');
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Spreadsheet.getSheets' })).toBe(0);
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Sheet.getRange' })).toBe(0);
  });

  it('setupWorkbook runs and returns plain JSON over google.script.run', () => {
    const { bundle } = loaded();
    const r = callAsScriptRun(bundle, 'setupWorkbook', []) as { created: string[]; repaired: string[] };
    expect(r.created).toHaveLength(18);
    expect(r.created).toContain('Tuần tra');
  });

  it('apiBootstrap returns the sample village to the forms', () => {
    const { bundle } = loaded();
    bundle.setupWorkbook();
    bundle.loadSampleVillage();
    const r = callAsScriptRun(bundle, 'apiBootstrap', []) as {
      ok: boolean;
      data: { teams: unknown[]; members: unknown[]; households: unknown[]; unreadableRows: number; today: string };
    };
    expect(r.ok).toBe(true);
    expect(r.data.teams).toHaveLength(6);
    expect(r.data.unreadableRows).toBe(0);
    expect(r.data.today).toBe('2023-06-20');
  });

  it('menuHelp opens the help dialog with its data inlined and escaped', () => {
    const { env, bundle } = loaded();
    bundle.menuHelp();
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Hướng dẫn');
    expect(dialog.html).toContain('window.__BOOT__ = {"version":"0.1.0"');
    expect(dialog.html).not.toContain('<?');
  });
});
