/**
 * Settings that grant rights (SPEC §2.2, §5): `nguoi_sua_doi_tuong` lists who may edit the sensitive sheets. Its
 * row of `Cài đặt` is protected for the owner alone by set-up, and its emails are read strictly, as typed: an
 * address with an invisible character, a space inside, a letter outside ASCII (a Cyrillic letter that looks like a
 * Latin one) or without a dotted domain is reported and never given access.
 */

/** Keys of the settings whose value grants access (their rows of `Cài đặt` are editable by the owner only). */
export const RIGHTS_SETTING_KEYS: readonly string[] = ['nguoi_sua_doi_tuong'];

export function grantsRights(key: string): boolean {
  return RIGHTS_SETTING_KEYS.includes(key);
}

/** An address as Google accounts have them: ASCII only, a local part, `@`, and a domain of at least two labels. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`^[A-Za-z0-9._%+'-]+@${LABEL}(?:\\.${LABEL})+$`);

export interface EmailList {
  /** Valid addresses, lower-cased, each once, in the order typed. */
  valid: string[];
  /** Entries that are not an address, as typed (outer spaces trimmed). */
  invalid: string[];
}

/**
 * The emails of a rights setting: one per line, or separated by `,` or `;`. Only the ends of each entry are trimmed
 * (spaces, tabs, no-break spaces); nothing inside is removed, so an invisible character makes the entry invalid.
 */
export function parseEmailList(value: unknown): EmailList {
  const valid: string[] = [];
  const invalid: string[] = [];
  if (value === null || value === undefined) return { valid, invalid };
  for (const raw of String(value).split(/[\r\n,;]+/)) {
    const entry = raw.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '');
    if (entry === '') continue;
    if (EMAIL.test(entry) && !entry.includes('..') && !entry.startsWith('.')) {
      const e = entry.toLowerCase();
      if (!valid.includes(e)) valid.push(e);
    } else if (!invalid.includes(entry)) {
      invalid.push(entry);
    }
  }
  return { valid, invalid };
}

/**
 * An entry as a message shows it: characters outside printable ASCII written as `[U+200B]`, so an invisible
 * character or a look-alike letter can be seen.
 */
export function visibleEntry(entry: string): string {
  return [...entry]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      return code >= 0x20 && code < 0x7f ? ch : `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
    })
    .join('');
}
