/**
 * Whether a custom notice template (`Cài đặt › Mẫu thông báo`) comes from a trusted place
 * (SPEC §4): it is used only when the spreadsheet's owner owns it, or when it sits in one of
 * the spreadsheet's folders (not a user's *My Drive*, which is everyone's own). Anything else —
 * a Doc of another editor, a Doc whose owner or folders Drive does not tell — is refused, so
 * an editor cannot have a Doc of their own copied into the notice. Pure: the server reads the
 * facts from Drive.
 */
import { t } from '../i18n';

export interface TemplateFacts {
  /** The template's owner ('' when Drive does not tell, e.g. a shared drive). */
  owner: string;
  /** The spreadsheet's owner ('' when unknown). */
  spreadsheetOwner: string;
  /** The name of a folder holding both the spreadsheet and the template, or null. */
  sharedFolder: string | null;
}

export interface TemplateTrust {
  trusted: boolean;
  /** Why it may be used, or why not (a sentence). */
  reason: string;
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function templateTrust(facts: TemplateFacts): TemplateTrust {
  if (facts.owner && facts.spreadsheetOwner && sameEmail(facts.owner, facts.spreadsheetOwner))
    return { trusted: true, reason: t('notice.trustOwner', { owner: facts.owner }) };
  if (facts.sharedFolder !== null)
    return { trusted: true, reason: t('notice.trustFolder', { folder: facts.sharedFolder }) };
  if (!facts.spreadsheetOwner) return { trusted: false, reason: t('notice.trustUnknown') };
  return {
    trusted: false,
    reason: t('notice.untrusted', {
      owner: facts.owner || t('notice.ownerUnknown'),
      spreadsheetOwner: facts.spreadsheetOwner,
    }),
  };
}

/** The first `n` non-empty paragraphs, each cut to `max` characters, for the dialog to show. */
export function firstLines(paragraphs: readonly string[], n = 3, max = 200): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const line = p.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    out.push(line.length > max ? `${line.slice(0, max - 1)}…` : line);
    if (out.length === n) break;
  }
  return out;
}
