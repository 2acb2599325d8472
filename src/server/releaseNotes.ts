/**
 * The changelog's entries for the running version, for the help dialog. `CHANGELOG.md`
 * is inlined into `dist/Code.js` at build time (esbuild `text` loader), so there is one
 * source: the file users read on GitHub is the one the dialog shows.
 */
import changelog from '../../CHANGELOG.md';
import { parseChangelog, type Release } from '../domain/changelog';
import { APP_VERSION } from './version';

export function currentRelease(): Release | null {
  return parseChangelog(changelog).find((r) => r.version === APP_VERSION) ?? null;
}
