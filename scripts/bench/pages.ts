/**
 * Bench section of issue 3: the data-entry sidebars — size of each dist/<Name>.html, size of
 * the page as opened on the Pác Khuông sample (bootstrap data inlined), and the time to a
 * usable form in headless Chromium (navigation start → `body[data-ready]` and the frame after
 * it painted, median of 5),
 * on the sample and on a generated village of 10,000 households; and (issue 15) the data each
 * form gets inlined (`window.__BOOT__`) on both, against 300 KB.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST, loadBundle } from '../../local/bundle';
import { createGasEnvironment } from '../../local/emulator';
import { intlClock } from '../../src/domain/clock';
import { launchChromium } from '../../test/browser/chromium';
import { generateWorkbook } from './generate';
import type { Add } from './table';

const PAGES = [
  ['Patrol', 'menuPatrol'],
  ['Commitments', 'menuCommitments'],
  ['Activity', 'menuActivity'],
  ['Registry', 'menuRegistry'],
  ['Lookup', 'menuLookup'],
] as const;
/** Issue 15: what a form gets inlined when it opens, at most. */
const BOOT_TARGET_KB = 300;

/** The inlined data of an opened page (`window.__BOOT__ = …;`), in bytes. */
export function bootBytes(html: string): number {
  const m = /window\.__BOOT__ = (.*?);<\/script>/s.exec(html);
  return m ? Buffer.byteLength(m[1]) : 0;
}
const ORIGIN = 'https://sidebar.test';
const RUNS = 5;

/**
 * Runs first in the page: a google.script.run that accepts any call (none is needed to be
 * usable), and the moment `body[data-ready]` appears. A string, not a function: the
 * bench runs under tsx, whose helpers would not exist in the page.
 */
const INIT = `
  var noop = new Proxy(function () {}, { get: function () { return noop; }, apply: function () { return noop; } });
  window.google = { script: { run: noop, host: { close: function () {} } } };
  new MutationObserver(function (_, obs) {
    if (!document.body || document.body.dataset.ready !== 'true') return;
    obs.disconnect();
    // Two frames later: the form has been laid out and painted.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { window.__readyAt = performance.now(); });
    });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
`;

/**
 * A day in 2023: the generated commitments (signed in 2023) are this year's, so the forms get who signed what as
 * they would in the year the data was entered.
 */
const NOW = new Date('2023-06-20T03:00:00Z');

function fresh() {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => NOW });
  return { env, bundle: loadBundle(env) };
}

/** The sidebar HTML each menu handler opens, on a workbook prepared by `fill`. */
function openedPages(
  fill: (env: ReturnType<typeof fresh>['env'], bundle: ReturnType<typeof fresh>['bundle']) => void,
): Map<string, string> {
  const { env, bundle } = fresh();
  bundle.setupWorkbook();
  fill(env, bundle);
  const out = new Map<string, string>();
  for (const [name, menu] of PAGES) {
    bundle[menu]();
    const ui = env.ui as unknown as { sidebars: { html: string }[] };
    out.set(name, ui.sidebars[ui.sidebars.length - 1].html);
  }
  return out;
}

/** A generated village: only the sheets the sidebars read (teams, members, households, commitments). */
function generatedVillage(households: number) {
  const values = generateWorkbook(
    { households, residents: 0, patrols: 0, reminders: 0 },
    intlClock('Asia/Ho_Chi_Minh'),
  );
  return (env: ReturnType<typeof fresh>['env']) => {
    env.counter.quiet(() => {
      for (const name of ['Tổ tự quản', 'Thành viên', 'Hộ gia đình', 'Cam kết']) {
        const rows = values[name];
        if (!rows || rows.length < 2) continue;
        const sheet = env.spreadsheet.getSheetByName(name)!;
        const need = rows.length - sheet.getMaxRows();
        if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
        sheet.getRange(2, 1, rows.length - 1, rows[0].length).setValues(rows.slice(1) as unknown[][]);
      }
    });
  };
}

/** Milliseconds from navigation start until the form is usable, measured in the page. */
async function timeToUsable(browser: Browser, html: string): Promise<{ median: number; best: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    try {
      await page.addInitScript({ content: INIT });
      await page.route(`${ORIGIN}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      await page.goto(`${ORIGIN}/sidebar`);
      await page.waitForFunction('window.__readyAt !== undefined');
      times.push(Number(await page.evaluate('window.__readyAt')));
    } finally {
      await page.close();
    }
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

/** The pages as opened on the sample and on 10,000 generated households, and what each got inlined. */
export function benchBootSizes(add: Add): { sample: Map<string, string>; big: Map<string, string> } {
  const sample = openedPages((_env, bundle) => bundle.loadSampleVillage());
  const big = openedPages(generatedVillage(10_000));
  for (const [label, pages] of [
    ['sample, 106 households', sample],
    ['generated, 10,000 households', big],
  ] as const) {
    for (const [name] of PAGES) {
      const kb = bootBytes(pages.get(name)!) / 1024;
      add(
        'Sidebars',
        `${name}: data inlined when it opens (${label})`,
        `${kb.toFixed(1)} KB`,
        `≤ ${BOOT_TARGET_KB} KB`,
        kb <= BOOT_TARGET_KB,
      );
    }
  }
  return { sample, big };
}

export async function benchPages(add: Add): Promise<void> {
  for (const [name] of PAGES) {
    const kb = statSync(path.join(DIST, `${name}.html`)).size / 1024;
    add('Sidebars', `dist/${name}.html`, `${kb.toFixed(1)} KB`, '< 150 KB', kb < 150);
  }
  const { sample, big } = benchBootSizes(add);
  const browser = await launchChromium();
  try {
    for (const [label, pages] of [
      ['sample, 106 households', sample],
      ['generated, 10,000 households', big],
    ] as const) {
      // Tra cứu is ready once its first list has come (a call this bench does not answer): sizes only.
      for (const [name] of PAGES.filter(([n]) => n !== 'Lookup')) {
        const html = pages.get(name)!;
        const t = await timeToUsable(browser, html);
        add(
          'Sidebars',
          `${name}: time to usable form in headless Chromium ` +
            `(${label}; page ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB with data)`,
          `${t.median.toFixed(0)} ms median, ${t.best.toFixed(0)} ms best of ${RUNS}`,
          '< 1000 ms',
          t.median < 1000,
        );
      }
    }
  } finally {
    await browser.close();
  }
}
