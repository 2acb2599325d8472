/**
 * The smoke scenario, pushed as `Smoke.js` beside `Code.js` to a scratch spreadsheet by
 * `npm run smoke:google`, and run the same way on the local emulator (both load this file
 * next to the bundle, so it calls the same globals). Plain JavaScript that Apps Script's V8
 * runtime runs as it is: no import, no export, no build step.
 *
 * The scenario of the bundle tests: set-up, the Pác Khuông sample, the figures of the sample
 * period, one patrol saved (and the same request repeated), the figures again. It returns only
 * JSON: what the two runs must agree on.
 */

/* Globals of the bundle (`dist/Code.js`) and of Apps Script. */
/* global SMOKE_OPTIONS, SpreadsheetApp, LockService, PropertiesService, setupWorkbook, loadSampleVillage, apiBootstrap, apiSavePatrol, apiComputeCompliance */

/** Only a spreadsheet whose name starts with this is ever emptied by the scenario. */
const SMOKE_MARKER = 'ANTT smoke';

function smokeScenario(options) {
  const opts = options || {};
  let ss = SpreadsheetApp.getActive();
  if (!ss && opts.spreadsheetId) {
    // Run through the Apps Script API, a bound script may have no active spreadsheet.
    ss = SpreadsheetApp.openById(opts.spreadsheetId);
    SpreadsheetApp.setActiveSpreadsheet(ss);
  }
  if (!ss) throw new Error('smokeScenario: no active spreadsheet here; give spreadsheetId (SMOKE_SPREADSHEET_ID).');
  if (!LockService.getDocumentLock())
    throw new Error('smokeScenario: LockService.getDocumentLock() is null in this context; run it from the editor.');
  smokeReset(ss);

  const out = {};
  out.setup = setupWorkbook();
  out.sample = loadSampleVillage();
  out.layout = smokeLayout(ss);
  out.before = smokeFigures(apiComputeCompliance(opts.period));

  const boot = apiBootstrap();
  out.bootstrap = boot.ok
    ? {
        teams: boot.data.teams.length,
        members: boot.data.members.length,
        households: boot.data.households.length,
        unreadableRows: boot.data.unreadableRows,
        timeZone: boot.data.timeZone,
      }
    : boot;
  const patrol = Object.assign({}, opts.patrol, { requestId: opts.requestId });
  const team = boot.ok ? boot.data.members.filter((m) => m.teamId === patrol.teamId) : [];
  patrol.memberIds = team.slice(0, 3).map((m) => m.id);
  patrol.participants = patrol.memberIds.length + 1;
  out.patrol = apiSavePatrol(patrol);
  out.patrolRepeated = apiSavePatrol(patrol);
  out.after = smokeFigures(apiComputeCompliance(opts.period));
  return out;
}

/** For the Apps Script editor's Run button (no arguments): the options the push wrote, result in the log. */
// biome-ignore lint/correctness/noUnusedVariables: run from the Apps Script editor; SMOKE_OPTIONS is SmokeOptions.js
function smokeScenarioFromEditor() {
  const result = smokeScenario(SMOKE_OPTIONS);
  console.log(JSON.stringify(result));
  return result;
}

/** Empties a scratch spreadsheet (refuses any other): one blank sheet, no document properties. */
function smokeReset(ss) {
  if (ss.getName().indexOf(SMOKE_MARKER) !== 0)
    throw new Error(
      `smokeScenario: "${ss.getName()}" is not a scratch spreadsheet (name must start with "${SMOKE_MARKER}").`,
    );
  const blank = ss.insertSheet();
  for (const sheet of ss.getSheets()) if (sheet.getSheetId() !== blank.getSheetId()) ss.deleteSheet(sheet);
  PropertiesService.getDocumentProperties().deleteAllProperties();
}

/** What set-up made of each sheet of the add-on: headers, rows, frozen rows, row-2 formats and rules, protections. */
function smokeLayout(ss) {
  const out = {};
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (/^(Sheet|Trang tính)\d+$/.test(name)) continue; // the blank default sheet, named by the account's language
    const width = sheet.getLastColumn();
    const row2 = width > 0 ? sheet.getRange(2, 1, 1, width) : null;
    out[name] = {
      headers: width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0].map(String) : [],
      lastRow: sheet.getLastRow(),
      frozenRows: sheet.getFrozenRows(),
      formats: row2 ? row2.getNumberFormats()[0] : [],
      rules: row2 ? row2.getDataValidations()[0].map((r) => (r ? String(r.getCriteriaType()) : null)) : [],
      sheetProtections: sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
      rangeProtections: sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length,
    };
  }
  return out;
}

/** The figures of an `apiComputeCompliance` answer (or the answer itself when it refused). */
function smokeFigures(r) {
  if (!r?.ok) return r;
  return {
    counts: r.data.counts,
    metrics: r.data.metrics.map((m) => ({
      key: m.key,
      numerator: m.numerator,
      denominator: m.denominator,
      percent: m.percent,
      target: m.target,
      met: m.met,
    })),
    unreadableRows: r.data.unreadableRows,
    issueCount: r.data.issueCount,
  };
}
