/**
 * What a person reads when a server function fails (SPEC §6, "Arguments"): the message of an error
 * escaping an `api*` function, in Vietnamese, whatever threw it.
 * - A message of this add-on (a catalogue template filled in: "Bảng tính đang bận…", "Bạn không có
 *   quyền ghi vào trang…") is kept as it is.
 * - A message Apps Script gives in English for a fault a person can act on (a protected cell, a
 *   lock not obtained, a service called too often, a quota or the time limit, a permission) becomes
 *   a Vietnamese sentence that says what to do.
 * - A message Apps Script gives in Vietnamese (its messages follow the account's language) is kept,
 *   without its "Exception: " prefix.
 * - Anything else (a JavaScript fault, an unknown service error) becomes one generic sentence; the
 *   original is for the log (`logged`), never for the page.
 */
import { t, VI } from './i18n';

/** A letter of the Vietnamese alphabet with a diacritic (either case), đ included. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** Words of English error messages (JavaScript's and Apps Script's) that no message of ours holds. */
const ENGLISH = new RegExp(
  '\\b(Exception|Error|Maximum|undefined|Cannot|cannot|Invalid|invalid|expected|Expected|Service|permission|' +
    'not found|is not)\\b',
);

export interface UserMessage {
  /** The sentence to show. */
  message: string;
  /** False when the original must go to the log (it is not what the page shows). */
  ours: boolean;
}

/** Known Apps Script and JavaScript faults (first match wins) and what the user reads instead. */
const KNOWN: readonly [RegExp, () => string][] = [
  [/protected (cell|range|sheet|object)|trying to edit a protected/i, () => t('error.protected')],
  [/lock timeout|holding the lock|could not obtain (a |the )?lock|lock wait/i, () => t('lock.busy')],
  [
    /invoked too many times|too many simultaneous|rate limit|too many requests|try again later/i,
    () => t('error.tooOften'),
  ],
  [/exceeded maximum execution time|timed out|time limit|deadline/i, () => t('error.timeout')],
  [/quota|limit exceeded|too much computer time|daily limit|usage limit/i, () => t('error.quota')],
  [
    /permission|not authori[sz]ed|authori[sz]ation is required|access denied|do not have access|forbidden/i,
    () => t('error.permission'),
  ],
  [/maximum call stack|too much recursion|invalid (array|string) length|out of memory/i, () => t('error.tooLarge')],
  // What google.script.run itself says in the page when the call does not get through.
  [/networkerror|connection failure|failed to fetch|network (error|request)|http 0\b/i, () => t('error.network')],
  [/server error occurred/i, () => t('error.service')],
];

let templates: RegExp[] | null = null;

/**
 * Each catalogue template whose own words (placeholders aside) hold a Vietnamese letter, as a pattern of
 * a whole message (a template of placeholders and punctuation alone would match anything).
 */
function catalogue(): RegExp[] {
  if (!templates) {
    const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    templates = Object.values(VI)
      .filter((tpl) => VIETNAMESE.test(tpl.replace(/\{\w+\}/g, '')))
      .map(
        (tpl) =>
          new RegExp(
            `^${tpl
              .split(/\{\w+\}/)
              .map(quote)
              .join('[\\s\\S]*')}$`,
            'u',
          ),
      );
  }
  return templates;
}

/** The message of anything thrown (an Error, a string, another value). */
export function thrownMessage(e: unknown): string {
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  try {
    return String(e);
  } catch {
    return '';
  }
}

export function userMessage(raw: string): UserMessage {
  const text = raw.trim();
  if (text && catalogue().some((re) => re.test(text))) return { message: text, ours: true };
  for (const [re, message] of KNOWN) if (re.test(text)) return { message: message(), ours: false };
  const bare = text.replace(/^Exception:\s*/, '');
  if (VIETNAMESE.test(bare) && !ENGLISH.test(bare)) return { message: bare, ours: false };
  return { message: bare === text ? t('error.unknown') : t('error.service'), ours: false };
}
