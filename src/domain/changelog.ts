/**
 * The user-facing changelog (`CHANGELOG.md`, Keep a Changelog style) as data: one release
 * per `## [x.y.z] - YYYY-MM-DD` heading, its `### …` sections and their `- …` items, as
 * plain text (Markdown emphasis, code marks and links reduced to their words).
 */

export interface ReleaseSection {
  title: string;
  items: string[];
}

export interface Release {
  version: string;
  /** `YYYY-MM-DD`, or null for an unreleased heading. */
  date: string | null;
  sections: ReleaseSection[];
}

const RELEASE = /^##\s+\[([^\]]+)\](?:\s*-\s*(\d{4}-\d{2}-\d{2}))?\s*$/;
const SECTION = /^###\s+(.+?)\s*$/;
const ITEM = /^[-*]\s+(.*)$/;
const VERSION = /^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;

/** Markdown inline marks to plain text: `[text](url)` → text, `**x**`/`*x*`/`_x_`/`` `x` `` → x. */
export function plainText(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/(^|\W)_([^_\s][^_]*)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every release of the changelog, in file order (newest first by convention). */
export function parseChangelog(md: string): Release[] {
  const releases: Release[] = [];
  let release: Release | null = null;
  let section: ReleaseSection | null = null;
  let item: string[] | null = null;
  const flush = () => {
    if (item && section) section.items.push(plainText(item.join(' ')));
    item = null;
  };
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const r = RELEASE.exec(line);
    if (r) {
      flush();
      release = { version: r[1].trim(), date: r[2] ?? null, sections: [] };
      releases.push(release);
      section = null;
      continue;
    }
    if (/^#{1,2}\s/.test(line)) {
      // Another top-level heading ends the release being read.
      flush();
      release = null;
      section = null;
      continue;
    }
    if (!release) continue;
    const s = SECTION.exec(line);
    if (s) {
      flush();
      section = { title: plainText(s[1]), items: [] };
      release.sections.push(section);
      continue;
    }
    const i = ITEM.exec(line);
    if (i && section) {
      flush();
      item = [i[1]];
    } else if (item && /^\s+\S/.test(line)) {
      item.push(line.trim());
    } else if (line.trim() === '') {
      flush();
    }
  }
  flush();
  return releases;
}

/** The newest released version (the first heading with a version number and a date). */
export function latestRelease(releases: Release[]): Release | null {
  return releases.find((r) => VERSION.test(r.version) && r.date !== null) ?? null;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`. */
export function releaseDay(date: string | null): string {
  return date ? date.split('-').reverse().join('/') : '';
}
