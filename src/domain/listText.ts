/**
 * A text cell that holds values of a `Danh mục` list, separated by commas, semicolons or
 * line breaks (`Đơn vị phối hợp` of a session: "Công an xã Thiện Thuật, Trường THPT Pác
 * Khuông"). Free text stays allowed in the cell; what the add-on uses of it (the notice, the
 * form's ticks) is only the list entries it holds, found as whole pieces between separators
 * (case- and space-insensitive) — an entry may itself hold a comma ("Phương thức, thủ đoạn
 * tội phạm"). Only the list entry's own text is ever given back, never the cell's.
 */

const SEPARATOR = /[,;\n]/;
const key = (s: string) => s.trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** The pieces of a cell between separators, trimmed, blanks left out. */
export function listPieces(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((x) => x.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Where `entry` (its own pieces) starts in `pieces` (keys), or -1. */
function findEntry(pieces: readonly string[], entry: string): number {
  const want = listPieces(entry).map(key);
  if (want.length === 0) return -1;
  for (let i = 0; i + want.length <= pieces.length; i++) if (want.every((w, j) => pieces[i + j] === w)) return i;
  return -1;
}

/** The list entries a cell holds, in the order they stand in the cell (each entry's own text). */
export function listEntriesIn(text: string, entries: readonly string[]): string[] {
  const pieces = listPieces(text).map(key);
  return entries
    .map((entry, order) => ({ entry, at: findEntry(pieces, entry), order }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((x) => x.entry);
}

/** The cell with `entry` added at the end (`on`) or taken out (`!on`); other pieces kept as typed. */
export function withListEntry(text: string, entry: string, on: boolean): string {
  const pieces = listPieces(text);
  const at = findEntry(pieces.map(key), entry);
  if (at >= 0) pieces.splice(at, listPieces(entry).length);
  if (on) pieces.push(entry.trim());
  return pieces.join(', ');
}

/** The pieces of a cell that are no part of a list entry it holds (what the notice leaves out). */
export function unlistedPieces(text: string, entries: readonly string[]): string[] {
  const pieces = listPieces(text);
  const keys = pieces.map(key);
  const covered = new Set<number>();
  for (const entry of entries) {
    const at = findEntry(keys, entry);
    if (at >= 0) for (let j = 0; j < listPieces(entry).length; j++) covered.add(at + j);
  }
  return pieces.filter((_, i) => !covered.has(i));
}
