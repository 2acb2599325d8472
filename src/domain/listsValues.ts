/**
 * `Danh mục` cell values (one `getValues()` matrix, header first) → lists; defaults for any
 * list column missing or empty. Items and headers are read as people type them (text.ts:
 * NFC, invisible characters out, spaces collapsed), so an item typed in NFD is its NFC twin.
 */
import { defaultLists, LIST, LIST_NAMES, type Lists, REQUIRED_COMMITMENT_HEADER } from './lists';
import { normalizeHeader } from './sheets';
import { cleanValue } from './text';

export function parseListsValues(values: readonly (readonly unknown[])[]): Lists {
  const lists = defaultLists();
  const header = (values[0] ?? []).map((h) => normalizeHeader(cleanValue(h)));
  const reqCol = header.indexOf(normalizeHeader(REQUIRED_COMMITMENT_HEADER));
  const ticked = (v: unknown) => v === true || cleanValue(v).toUpperCase() === 'TRUE';
  for (const name of LIST_NAMES) {
    const c = header.indexOf(normalizeHeader(name));
    if (c < 0) continue;
    const items = values
      .slice(1)
      .map((r) => cleanValue(r[c]))
      .filter((x) => x !== '');
    if (items.length === 0) continue;
    lists.values[name] = [...new Set(items)];
    if (name === LIST.commitmentTypes && reqCol >= 0) {
      lists.requiredCommitments = [
        ...new Set(
          values
            .slice(1)
            .filter((r) => cleanValue(r[c]) !== '' && ticked(r[reqCol]))
            .map((r) => cleanValue(r[c])),
        ),
      ];
    }
  }
  return lists;
}
