/**
 * The names of people the add-on keeps out of every Doc (SPEC §4 "Docs hold aggregates and
 * listed values only"): the names of `Đối tượng giúp đỡ` and `Nhân khẩu`, the parties and
 * the chair of `Hoà giải`, and the people named in a `Nhắc nhở` description ("nhắc nhở
 * ông Nguyễn Văn A…"). A `Danh mục` entry that holds one of them is flagged by the data
 * check and left out of the notice.
 *
 * Names are compared word by word, after NFC, case-insensitively and whatever the place of
 * the tone mark ("Hoà" = "Hòa"); a word typed without any diacritic matches its accented
 * forms ("Vu Van Thai" = "Vũ Văn Thái"), but two accented words must carry the same marks:
 * "Gia đình văn hoá" does not hold "Đinh Văn Hoà" (folding every accent away would say it
 * does). A name of two words or more counts when an entry holds its words in a row ("Đám
 * cưới nhà Vũ Văn Thái" holds "Vũ Văn Thái"); a one-word name only when the entry is that
 * word; a one-letter name never.
 */
import { MEDIATIONS, REMINDERS, RESIDENTS, SUPERVISED } from './registry/recordTypes';

/** Where a name was found (the sheet's name). */
export interface PrivateName {
  name: string;
  sheet: string;
}

/** The records the names come from (fields read: see `privateNamesOf`). */
export interface NameSources {
  residents: readonly { name: string }[];
  supervised: readonly { name: string }[];
  mediations: readonly { parties: string; chair: string }[];
  reminders: readonly { note: string }[];
}

export const NAME_SHEETS = {
  residents: RESIDENTS.name,
  supervised: SUPERVISED.name,
  mediations: MEDIATIONS.name,
  reminders: REMINDERS.name,
} as const;

/** A word as compared: its letters without marks (`đ` kept), its marks in a fixed order, and whether it has any. */
interface WordKey {
  base: string;
  marks: string;
  /** Letters without marks and with `đ` → `d`: how a word typed without diacritics compares. */
  plain: string;
  accented: boolean;
}

/** `đ`, a letter of its own (NFD keeps it whole): its plain form is `d`. */
const D_STROKE = String.fromCharCode(0x111);

function wordKey(word: string): WordKey {
  const d = word.normalize('NFC').toLowerCase().normalize('NFD');
  const base = d.replace(/\p{M}/gu, '');
  const marks = [...d]
    .filter((ch) => /\p{M}/u.test(ch))
    .sort()
    .join('');
  return { base, marks, plain: base.split(D_STROKE).join('d'), accented: marks !== '' || base.includes(D_STROKE) };
}

const sameWord = (a: WordKey, b: WordKey) =>
  a.accented && b.accented ? a.base === b.base && a.marks === b.marks : a.plain === b.plain;

/** The words of a text (letters and digits), NFC. */
const wordsOf = (text: string) =>
  text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words that stand before a person's name: "hộ ông …", "bà …", "cháu …". */
const TITLE = /^(hộ|nhà|ông|bà|anh|chị|em|cháu|cô|chú|bác|cụ|bé)$/iu;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The names in a text that names people in passing (a description, the parties of a
 * mediation): the capitalised words after a title word ("hộ ông Lăng Văn Tú" → "Lăng Văn Tú").
 */
export function namesAfterTitles(text: string): string[] {
  const words = wordsOf(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!TITLE.test(words[i])) continue;
    let j = i + 1;
    while (j < words.length && TITLE.test(words[j])) j++;
    const run: string[] = [];
    while (j < words.length && CAPITALISED.test(words[j])) run.push(words[j++]);
    if (run.length) out.push(run.join(' '));
    i = j - 1;
  }
  return out;
}

/**
 * A field that holds people (the parties, the chair): each piece between separators ("–",
 * ",", ";", "và") that is written as a name (every word capitalised, "Lăng Văn Tú"), and the
 * names after a title word ("hộ ông Lăng"). "Trưởng ban" is not a name.
 */
export function namesInPeopleField(text: string): string[] {
  const out = namesAfterTitles(text);
  for (const piece of text.normalize('NFC').split(/\s+[-–—]\s+|[,;\n/]|\s+và\s+/u)) {
    const words = piece.split(/\s+/).filter(Boolean);
    if (words.length >= 2 && words.every((w) => CAPITALISED.test(w)) && !TITLE.test(words[0]))
      out.push(words.join(' '));
  }
  return out;
}

/** Every private name of the workbook with the sheet it is from (first sheet kept for a repeated name). */
export function privateNamesOf(src: NameSources): PrivateName[] {
  const out = new Map<string, PrivateName>();
  // A name written the same way again (many residents share one) is not split again.
  const seen = new Set<string>();
  const add = (name: string, sheet: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const words = wordsOf(name);
    const k = words.map((w) => w.toLowerCase()).join(' ');
    if (k.length >= 2 && !out.has(k)) out.set(k, { name: words.join(' '), sheet });
  };
  for (const r of src.supervised) add(r.name, NAME_SHEETS.supervised);
  for (const r of src.residents) add(r.name, NAME_SHEETS.residents);
  for (const m of src.mediations)
    for (const n of [...namesInPeopleField(m.parties), ...namesInPeopleField(m.chair)]) add(n, NAME_SHEETS.mediations);
  for (const r of src.reminders) for (const n of namesAfterTitles(r.note)) add(n, NAME_SHEETS.reminders);
  return [...out.values()];
}

/** Finds the private name a text holds: `find(entry)` → the name, or null. */
export type NameFinder = (text: string) => PrivateName | null;

export function nameFinder(names: readonly PrivateName[]): NameFinder {
  // A word's key made once: 40,000 residents' names share a few thousand words.
  const keys = new Map<string, WordKey>();
  const keyOf = (word: string) => {
    let k = keys.get(word);
    if (!k) keys.set(word, (k = wordKey(word)));
    return k;
  };
  // Names by the plain form of their first word; a one-word name shorter than 2 letters is never sought.
  const byFirst = new Map<string, { words: WordKey[]; name: PrivateName }[]>();
  for (const n of names) {
    const words = wordsOf(n.name).map(keyOf);
    if (words.length === 0 || (words.length === 1 && words[0].base.length < 2)) continue;
    const list = byFirst.get(words[0].plain) ?? [];
    list.push({ words, name: n });
    byFirst.set(words[0].plain, list);
  }
  return (text) => {
    const words = wordsOf(text).map(keyOf);
    for (let i = 0; i < words.length; i++) {
      for (const c of byFirst.get(words[i].plain) ?? []) {
        // A one-word name: only the whole entry. A full name: its words in a row anywhere.
        if (c.words.length === 1 ? words.length !== 1 : i + c.words.length > words.length) continue;
        if (c.words.every((w, j) => sameWord(w, words[i + j]))) return c.name;
      }
    }
    return null;
  };
}
