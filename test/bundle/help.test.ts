/**
 * "Hướng dẫn" through dist/Code.js: the version and the changelog entries it is given, and
 * the sample-village example it quotes, checked against the sample's real figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callAsScriptRun } from '../../local/bundle';
import { latestRelease, parseChangelog } from '../../src/domain/changelog';
import { helpSections, SAMPLE_EXAMPLE, SHEET_HELP } from '../../src/client/Help/content';
import { SHEETS } from '../../src/domain/sheets';
import { loaded } from '../support/env';

const ROOT = path.resolve(__dirname, '..', '..');

function helpBoot(): { version: string; release: unknown; sheets: { name: string }[] } {
  const { env, bundle } = loaded();
  bundle.menuHelp();
  const html = env.ui.dialogs[env.ui.dialogs.length - 1].html;
  const m = /window\.__BOOT__ = (.*?);<\/script>/s.exec(html);
  if (!m) throw new Error('no boot data');
  return JSON.parse(m[1]);
}

test('the dialog gets the version of package.json and the entries of that version in CHANGELOG.md', () => {
  const boot = helpBoot();
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const release = latestRelease(parseChangelog(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')));
  expect(boot.version).toBe(pkg.version);
  expect(boot.release).toEqual(release);
  expect(boot.sheets.map((s) => s.name)).toEqual(SHEETS.map((s) => s.name));
});

test('every sheet has a line of help', () => {
  for (const s of SHEETS) expect(SHEET_HELP[s.name]).toBeTruthy();
});

test('the example quotes the sample village as the add-on computes it', () => {
  const { bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const ex = SAMPLE_EXAMPLE;
  const r = callAsScriptRun(bundle, 'apiComputeCompliance', [{ from: ex.from, to: ex.to }]) as {
    data: {
      counts: Record<string, number>;
      metrics: { key: string; numerator: number; denominator: number; percent: number | null; met: boolean | null }[];
    };
  };
  const c = r.data.counts;
  const m = (key: string) => r.data.metrics.find((x) => x.key === key)!;
  const pct = (n: number | null) => String(n).replace('.', ',');
  expect([
    c.households,
    c.teams,
    c.members,
    c.patrols,
    c.patrolParticipations,
    c.schoolSessions,
    c.camerasWorking,
  ]).toEqual([ex.households, ex.teams, ex.members, ex.patrols, ex.patrolParticipations, ex.schoolSessions, ex.cameras]);
  expect(c.schoolAttendees.toLocaleString('vi-VN')).toBe(ex.schoolAttendees);
  for (const key of ['patrolPlan', 'householdParticipation'] as const) {
    expect([m(key).numerator, m(key).denominator, pct(m(key).percent)]).toEqual([
      ex[key].numerator,
      ex[key].denominator,
      ex[key].percent,
    ]);
  }
  expect(m('householdParticipation').met).toBe(true);
  // The founding day of the sample is the start of the example's period.
  const settings = callAsScriptRun(bundle, 'apiBootstrap', []) as { data: { settings: Record<string, unknown> } };
  expect(JSON.stringify(settings.data.settings)).toContain(ex.from);
  const text = JSON.stringify(helpSections());
  expect(text).toContain(`${ex.patrols} lượt tuần tra với ${ex.patrolParticipations} lượt thành viên tham gia`);
});
