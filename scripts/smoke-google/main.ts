/**
 * `npm run smoke:google`: the scenario of the bundle tests (set-up, the Pác Khuông sample, the
 * figures of the sample period, one patrol saved and repeated, the figures again) run on a real
 * Google spreadsheet with clasp, and on the local emulator, and the two results compared. Then
 * `smokeCosts` measures the constants of the bench's cost model (scripts/bench/cost.ts) on Google,
 * and prints them beside cost.ts's values (costs.ts).
 * For a maintainer with a Google account; never run in CI. README, "Kiểm tra trên Google thật".
 *
 *   npm run smoke:google                      creates a scratch spreadsheet-bound script, pushes, runs
 *   SMOKE_SCRIPT_ID=… npm run smoke:google    reuses that scratch script (its spreadsheet is emptied first)
 *   npm run smoke:google -- --compare f.json  compares a result copied from the editor's log, no clasp
 *                                             (smokeScenarioFromEditor's, or smokeCostsFromEditor's)
 *   npm run smoke:google -- --no-costs        the scenario only
 *
 * Environment: SMOKE_SCRIPT_ID (a scratch script to reuse), SMOKE_SPREADSHEET_ID (its spreadsheet,
 * used only if the script has no active spreadsheet when run through the Apps Script API),
 * SMOKE_CLASP_USER (a `clasp login --user` name; default: clasp's default user).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../../local/bundle';
import { createGasEnvironment } from '../../local/emulator';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import {
  type CostsResult,
  costsReport,
  isCostsResult,
  type JsTiming,
  loadScenario,
  nodeJsTiming,
  runCostsOn,
  SCENARIO,
} from './costs';

const ROOT = path.resolve(__dirname, '../..');
const CLASP = path.join(ROOT, 'node_modules/@google/clasp/build/src/index.js');
const OUT_DIR = path.join(ROOT, 'test-output', 'smoke-google');
const TITLE = `ANTT smoke ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
/** Only for `openById` when the API run has no active spreadsheet; the add-on's own manifest does not ask for it. */
const SMOKE_EXTRA_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
/** Reported, not failed on: they depend on the account's defaults, not on the add-on. */
const INFORMATIONAL = new Set(['setup.repaired']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface SmokeOptions {
  requestId: string;
  spreadsheetId?: string;
  period: { from: string; to: string };
  patrol: Record<string, Json>;
}

class SmokeError extends Error {}

function fail(message: string): never {
  throw new SmokeError(message);
}

// ------------------------------------------------------------------------------ the scenario's input

function smokeOptions(): SmokeOptions {
  return {
    requestId: `smoke-${Date.now().toString(36)}`,
    ...(process.env.SMOKE_SPREADSHEET_ID ? { spreadsheetId: process.env.SMOKE_SPREADSHEET_ID } : {}),
    period: SAMPLE_PERIOD,
    patrol: {
      date: '2023-06-10',
      start: '19:30',
      end: '21:30',
      teamId: 'T2',
      area: 'Khu dân cư tổ 2',
      withPolice: true,
      result: 'Tình hình ổn định (smoke test).',
      reminders: [{ category: 'Kinh doanh quá giờ quy định', cases: 1, action: 'Nhắc nhở', note: '' }],
    },
  };
}

// ------------------------------------------------------------------------------ the emulator's run

function emulator() {
  return createGasEnvironment({ htmlDir: DIST, spreadsheetName: `${TITLE} (emulator)`, now: () => new Date() });
}

/** The same scenario file on the emulator, loaded beside `dist/Code.js` in one `vm` context. */
function runOnEmulator(options: SmokeOptions): Json {
  return JSON.parse(JSON.stringify(loadScenario(emulator()).smokeScenario(options))) as Json;
}

// ------------------------------------------------------------------------------ clasp

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function clasp(args: string[], cwd: string): Run {
  const user = process.env.SMOKE_CLASP_USER;
  const r = spawnSync(process.execPath, [CLASP, ...(user ? ['--user', user] : []), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The JSON object clasp printed with `--json` (whatever a spinner wrote before it is skipped). */
function jsonOf(r: Run, what: string): Record<string, unknown> {
  const text = r.stdout.trim();
  const start = text.indexOf('{');
  try {
    return JSON.parse(start >= 0 ? text.slice(start) : text) as Record<string, unknown>;
  } catch {
    return fail(`${what}: clasp did not answer JSON (exit ${r.status}).\n${r.stdout}\n${r.stderr}`.trim());
  }
}

function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  return [...manifest.oauthScopes, SMOKE_EXTRA_SCOPE];
}

function loginHint(): string {
  const user = process.env.SMOKE_CLASP_USER ? ` --user ${process.env.SMOKE_CLASP_USER}` : '';
  return [
    'Log in with your own OAuth client (Desktop app) of a standard Google Cloud project in which the',
    'Apps Script API and the Google Drive API are enabled (README, "Kiểm tra trên Google thật"):',
    `  npx clasp login${user} --creds client_secret.json --extra-scopes ${manifestScopes().join(',')}`,
  ].join('\n');
}

function assertLoggedIn(cwd: string): string {
  const info = jsonOf(clasp(['--json', 'show-authorized-user'], cwd), 'clasp show-authorized-user');
  if (info.loggedIn !== true) fail(`clasp is not logged in.\n${loginHint()}`);
  if (info.clientType === 'google-provided')
    fail(
      `clasp is logged in with its built-in OAuth client: \`clasp run\` cannot use it (the script and the\n` +
        `caller must share one standard Cloud project).\n${loginHint()}`,
    );
  return typeof info.email === 'string' ? info.email : '(unknown account)';
}

/** A scratch Sheets-bound script: the one of SMOKE_SCRIPT_ID, or a new one (`clasp create --type sheets`). */
function scratchProject(dir: string): { scriptId: string; spreadsheetId: string; created: boolean } {
  const reuse = process.env.SMOKE_SCRIPT_ID;
  if (reuse) {
    writeFileSync(path.join(dir, '.clasp.json'), JSON.stringify({ scriptId: reuse, rootDir: 'build' }, null, 2));
    return { scriptId: reuse, spreadsheetId: process.env.SMOKE_SPREADSHEET_ID ?? '', created: false };
  }
  const r = clasp(['--json', 'create-script', '--type', 'sheets', '--title', TITLE, '--rootDir', 'build'], dir);
  if (r.status !== 0) fail(`clasp create-script failed (exit ${r.status}).\n${r.stdout}\n${r.stderr}`.trim());
  const made = jsonOf(r, 'clasp create-script');
  if (typeof made.scriptId !== 'string') fail(`clasp create-script gave no scriptId.\n${r.stdout}`);
  return { scriptId: made.scriptId, spreadsheetId: String(made.parentId ?? ''), created: true };
}

/** `build/` = `dist/` + the scenario + its options, with a manifest that allows `clasp run`. */
function stage(dir: string, options: SmokeOptions): void {
  const build = path.join(dir, 'build');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  for (const f of readdirSync(DIST)) if (f !== 'appsscript.json') copyFileSync(path.join(DIST, f), path.join(build, f));
  copyFileSync(SCENARIO, path.join(build, 'Smoke.js'));
  writeFileSync(path.join(build, 'SmokeOptions.js'), `const SMOKE_OPTIONS = ${JSON.stringify(options, null, 2)};\n`);
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
  manifest.oauthScopes = manifestScopes();
  manifest.executionApi = { access: 'MYSELF' };
  writeFileSync(path.join(build, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function runHints(message: string, scriptId: string): string {
  const editor = `https://script.google.com/d/${scriptId}/edit`;
  if (/PERMISSION_DENIED|does not have permission|permission to run/i.test(message))
    return (
      `The script must use the standard Cloud project of your OAuth client: open ${editor},\n` +
      'Project Settings › Google Cloud Platform (GCP) Project › Change project, paste the project *number*.'
    );
  if (/not found|API executable|NOT_FOUND/i.test(message))
    return `Deploy it as an API executable: ${editor} › Deploy › New deployment › type "API Executable".`;
  if (/scope|authoriz|insufficient/i.test(message)) return loginHint();
  return `Or run smokeScenarioFromEditor in ${editor} and compare its log: npm run smoke:google -- --compare <file>`;
}

/** `clasp run-function name` with `params`: its response, or a SmokeError with what Google said and a hint. */
function runFunction(dir: string, name: string, params: unknown[], scriptId: string): Json {
  const run = clasp(['--json', 'run-function', name, '--params', JSON.stringify(params)], dir);
  const answer = run.stdout.includes('{') ? jsonOf(run, 'clasp run-function') : {};
  const error = answer.error as { message?: string; details?: { errorMessage?: string }[] } | undefined;
  if (run.status !== 0 || error || !('response' in answer)) {
    const message = [error?.message, ...(error?.details ?? []).map((d) => d.errorMessage), run.stderr, run.stdout]
      .filter(Boolean)
      .join('\n')
      .trim();
    const hint = runHints(message, scriptId).replace('smokeScenarioFromEditor', `${name}FromEditor`);
    fail(`clasp run-function ${name} failed.\n${message}\n\n${hint}`);
  }
  return answer.response as Json;
}

interface GoogleRun {
  scenario: Json;
  /** smokeCosts's result, or why it could not be had; absent with --no-costs. */
  costs?: CostsResult | { failed: string };
}

function runOnGoogle(options: SmokeOptions, keep: boolean, costs: boolean): GoogleRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'antt-smoke-'));
  try {
    const account = assertLoggedIn(dir);
    console.log(`clasp: logged in as ${account}`);
    const project = scratchProject(dir);
    const spreadsheetId = options.spreadsheetId ?? project.spreadsheetId;
    const opts: SmokeOptions = spreadsheetId ? { ...options, spreadsheetId } : options;
    console.log(
      project.created
        ? `Created the scratch spreadsheet https://docs.google.com/spreadsheets/d/${project.spreadsheetId}\n` +
            `and its script ${project.scriptId}. Next time reuse them:\n` +
            `  SMOKE_SCRIPT_ID=${project.scriptId} SMOKE_SPREADSHEET_ID=${project.spreadsheetId} npm run smoke:google`
        : `Reusing the scratch script ${project.scriptId}.`,
    );
    stage(dir, opts);
    const push = clasp(['push', '--force'], dir);
    if (push.status !== 0) fail(`clasp push failed (exit ${push.status}).\n${push.stdout}\n${push.stderr}`.trim());
    console.log('Pushed dist/ + Smoke.js. Running smokeScenario with clasp run (a minute or two)…');
    const out: GoogleRun = { scenario: runFunction(dir, 'smokeScenario', [opts], project.scriptId) };
    if (!costs) return out;
    console.log('Running smokeCosts with clasp run (about a minute)…');
    try {
      const measured = runFunction(dir, 'smokeCosts', [spreadsheetId ? { spreadsheetId } : {}], project.scriptId);
      out.costs = isCostsResult(measured) ? measured : { failed: `not a smokeCosts result: ${shown(measured)}` };
    } catch (err) {
      if (!(err instanceof SmokeError)) throw err;
      out.costs = { failed: err.message };
    }
    return out;
  } finally {
    if (keep) console.log(`Kept the clasp project folder: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------ comparison

interface Difference {
  path: string;
  google: Json | undefined;
  emulator: Json | undefined;
}

function differences(google: Json | undefined, emulator: Json | undefined, at = ''): Difference[] {
  if (JSON.stringify(google) === JSON.stringify(emulator)) return [];
  const isObject = (v: Json | undefined): v is { [key: string]: Json } | Json[] => typeof v === 'object' && v !== null;
  if (!isObject(google) || !isObject(emulator) || Array.isArray(google) !== Array.isArray(emulator))
    return [{ path: at || '(whole result)', google, emulator }];
  const g = google as Record<string, Json>;
  const e = emulator as Record<string, Json>;
  const keys = [...new Set([...Object.keys(g), ...Object.keys(e)])];
  return keys.flatMap((k) => differences(g[k], e[k], at ? `${at}.${k}` : k));
}

const shown = (v: Json | undefined) => (v === undefined ? '(absent)' : JSON.stringify(v));

function compare(google: Json, emulator: Json): number {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'google.json'), `${JSON.stringify(google, null, 2)}\n`);
  writeFileSync(path.join(OUT_DIR, 'emulator.json'), `${JSON.stringify(emulator, null, 2)}\n`);
  const all = differences(google, emulator);
  const info = all.filter((d) => INFORMATIONAL.has(d.path));
  const real = all.filter((d) => !INFORMATIONAL.has(d.path));
  const figures = (r: Json) => {
    const counts = (r as { after?: { counts?: Record<string, number> } })?.after?.counts;
    return counts ? `${counts.patrols} patrols, ${counts.patrolParticipations} participations` : '?';
  };
  console.log(`\nAfter the patrol — Google: ${figures(google)}; emulator: ${figures(emulator)}.`);
  for (const d of info) console.log(`note  ${d.path}: Google ${shown(d.google)}, emulator ${shown(d.emulator)}`);
  for (const d of real) console.log(`DIFF  ${d.path}: Google ${shown(d.google)}, emulator ${shown(d.emulator)}`);
  console.log(`\nBoth results: ${path.relative(ROOT, OUT_DIR)}/{google,emulator}.json`);
  if (real.length) {
    console.log(`${real.length} difference(s) between Google and the emulator: see docs/EMULATOR.md, then fix one.`);
    return 1;
  }
  console.log('Google and the emulator agree on every compared figure.');
  return 0;
}

// ------------------------------------------------------------------------------ the cost model's constants

/**
 * smokeCosts on the emulator (for reference), its JS workload in Node here, the three results written to
 * test-output/smoke-google/costs-{google,emulator,node}.json, the table printed.
 */
function reportCosts(google: CostsResult): number {
  console.log('\nEmulator: running smokeCosts, and its JavaScript workload in Node…');
  const onEmulator = runCostsOn(emulator(), google.options ?? {}); // the same sizes and counts as on Google
  const node: JsTiming = nodeJsTiming(google.js?.objects ?? 50_000, google.js?.runsMs?.length ?? 3);
  mkdirSync(OUT_DIR, { recursive: true });
  const results: [string, unknown][] = [
    ['google', google],
    ['emulator', onEmulator],
    ['node', node],
  ];
  for (const [name, r] of results)
    writeFileSync(path.join(OUT_DIR, `costs-${name}.json`), `${JSON.stringify(r, null, 2)}\n`);
  console.log(`\n${costsReport(google, onEmulator, node)}`);
  console.log(`\nThe three results: ${path.relative(ROOT, OUT_DIR)}/costs-{google,emulator,node}.json`);
  return 0;
}

// ------------------------------------------------------------------------------ main

function main(argv: string[]): number {
  if (!existsSync(path.join(DIST, 'Code.js'))) fail('dist/Code.js is missing: run `npm run build` first.');
  const at = argv.indexOf('--compare');
  const options = smokeOptions();
  if (at >= 0) {
    const file = argv[at + 1];
    if (!file || !existsSync(file))
      fail('--compare needs the JSON file copied from the log of smokeScenarioFromEditor or smokeCostsFromEditor.');
    const google = JSON.parse(readFileSync(file, 'utf8')) as Json;
    if (isCostsResult(google)) return reportCosts(google);
    console.log('Emulator: running the same scenario…');
    return compare(google, runOnEmulator(options));
  }
  const google = runOnGoogle(options, argv.includes('--keep'), !argv.includes('--no-costs'));
  console.log('Emulator: running the same scenario…');
  const status = compare(google.scenario, runOnEmulator(options));
  if (!google.costs) return status;
  if ('failed' in google.costs) {
    console.error(`\nsmoke:google: the cost measurement failed.\n${google.costs.failed}`);
    return 1;
  }
  return Math.max(status, reportCosts(google.costs));
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof SmokeError)) throw err;
  console.error(`\nsmoke:google: ${err.message}`);
  process.exitCode = 1;
}
