/**
 * Bench section of issue 14: the phone web app (SPEC §7.1) — the page `doGet` serves, raw and gzip, on the Pác
 * Khuông sample and on a generated village of 10,000 households; the time to a usable page in headless Chromium at
 * 360 × 640 under DevTools' "Slow 3G" (`Network.emulateNetworkConditions`: 2,000 ms latency, 400 kbit/s down),
 * served gzip-compressed over HTTP by a local server (Google's front ends compress the web app's page too); and
 * the Spreadsheet calls of a save from the phone (`apiPhoneSavePatrol`, which checks the caller first) beside the
 * same save from the sidebar (`apiSavePatrol`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { callAsScriptRun } from '../../local/bundle';
import { intlClock } from '../../src/domain/clock';
import { launchChromium } from '../../test/browser/chromium';
import { fresh } from './foundation';
import { generateWorkbook } from './generate';
import { bootBytes } from './pages';
import type { Add } from './table';

const LEADER_T1 = 'totruong1@example.com';
/** Chrome DevTools' "Slow 3G" preset. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1024 * 0.8) / 8, uploadThroughput: 5120 };

type Env = ReturnType<typeof fresh>['env'];
type Html = { getContent(): string };

function sample(): ReturnType<typeof fresh> {
  const l = fresh();
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  return l;
}

/** A village of `households` households (teams, members, households), the spreadsheet's owner opening the page. */
function generated(households: number): ReturnType<typeof fresh> {
  const l = fresh();
  l.bundle.setupWorkbook();
  const values = generateWorkbook(
    { households, residents: 0, patrols: 0, reminders: 0 },
    intlClock('Asia/Ho_Chi_Minh'),
  );
  l.env.counter.quiet(() => {
    for (const name of ['Tổ tự quản', 'Thành viên', 'Hộ gia đình']) {
      const rows = values[name];
      if (!rows || rows.length < 2) continue;
      const sheet = l.env.spreadsheet.getSheetByName(name)!;
      const need = rows.length - sheet.getMaxRows();
      if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
      sheet.getRange(2, 1, rows.length - 1, rows[0].length).setValues(rows.slice(1) as unknown[][]);
    }
  });
  return l;
}

function page(env: Env, bundle: ReturnType<typeof fresh>['bundle'], email: string): string {
  env.setUser(email);
  return (bundle.doGet({}) as Html).getContent();
}

/** Milliseconds from navigation start to `body[data-ready]` painted, the page served over throttled HTTP. */
async function slow3g(html: string): Promise<number> {
  const body = gzipSync(html);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await p.addInitScript({
      content: `
        var noop = new Proxy(function () {}, {
          get: function () { return noop; },
          apply: function () { return noop; },
        });
        window.google = { script: { run: noop, host: { close: function () {} } } };
        new MutationObserver(function (_, obs) {
          if (!document.body || document.body.dataset.ready !== 'true') return;
          obs.disconnect();
          requestAnimationFrame(function () {
            requestAnimationFrame(function () { window.__readyAt = performance.now(); });
          });
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });`,
    });
    await p.goto(url, { timeout: 120_000 });
    await p.waitForFunction('window.__readyAt !== undefined', undefined, { timeout: 120_000 });
    return Number(await p.evaluate('window.__readyAt'));
  } finally {
    await browser.close();
    server.close();
  }
}

function savePatrol(env: Env, bundle: ReturnType<typeof fresh>['bundle'], fn: string, n: number): string {
  env.setUser(LEADER_T1);
  env.counter.reset();
  const r = callAsScriptRun(bundle, fn, [
    {
      requestId: `bench-phone-${fn}-${n}`,
      date: '2023-06-15',
      start: `0${n}:00`,
      end: `0${n}:30`,
      teamId: 'T1',
      memberIds: [],
      participants: 2,
      withPolice: false,
      result: '',
      reminders: [{ category: 'Khác', cases: 1, action: '', note: '' }],
    },
  ]) as { ok: boolean };
  const reads = env.counter.count({ service: 'SpreadsheetApp', kind: 'read' });
  const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
  const all = env.counter.count({ service: 'SpreadsheetApp' });
  return `${all} (${reads} reads, ${writes} writes)${r.ok ? '' : ' (failed)'}`;
}

export async function benchPhone(add: Add): Promise<void> {
  const village = sample();
  const small = page(village.env, village.bundle, LEADER_T1);
  const big = generated(10_000);
  const large = page(big.env, big.bundle, big.env.ctx.user.email);
  for (const [label, html] of [
    ['sample, 106 households', small],
    ['generated, 10,000 households', large],
  ] as const) {
    const raw = Buffer.byteLength(html) / 1024;
    const gz = gzipSync(html).length / 1024;
    add('Phone', `Phone page as served by doGet (${label}): raw`, `${raw.toFixed(1)} KB`);
    add('Phone', `Phone page as served by doGet (${label}): gzip`, `${gz.toFixed(1)} KB`, '≤ 120 KB', gz <= 120);
    const boot = bootBytes(html) / 1024;
    add('Phone', `Phone page: data inlined (${label})`, `${boot.toFixed(1)} KB`, '≤ 300 KB', boot <= 300);
  }
  for (const [label, html] of [
    ['sample', small],
    ['10,000 households', large],
  ] as const) {
    const ms = await slow3g(html);
    add('Phone', `time to usable page under Slow 3G, 360×640 (${label})`, `${(ms / 1000).toFixed(1)} s`);
  }
  add(
    'Phone',
    'Spreadsheet calls: apiPhoneSavePatrol (patrol + 1 reminder)',
    savePatrol(village.env, village.bundle, 'apiPhoneSavePatrol', 1),
  );
  add(
    'Phone',
    'Spreadsheet calls: apiSavePatrol, the same save from the sidebar',
    savePatrol(village.env, village.bundle, 'apiSavePatrol', 3),
  );
}
