// The commune deployment's manifest (SPEC §9.1): the village manifest plus `spreadsheets.readonly`, which lets
// `SpreadsheetApp.openById` read the villages; no web app (the phone page is a village's).
export const READONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';

/** @param {string} villageManifestJson */
export function communeManifest(villageManifestJson) {
  const m = JSON.parse(villageManifestJson);
  m.oauthScopes = [...(m.oauthScopes ?? []).filter((s) => s !== READONLY_SCOPE), READONLY_SCOPE];
  delete m.webapp;
  return `${JSON.stringify(m, null, 2)}\n`;
}
