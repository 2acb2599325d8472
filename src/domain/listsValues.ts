/** `Danh mục` cell values (one `getValues()` matrix, header first) → lists; defaults for any list column missing or empty. */
import { defaultLists, LIST, LIST_NAMES, type Lists, REQUIRED_COMMITMENT_HEADER } from './lists';
import { normalizeHeader } from './sheets';

export function parseListsValues(values: readonly (readonly unknown[])[]): Lists {
  const lists = defaultLists();
  const header = (values[0] ?? []).map(normalizeHeader);
  const reqCol = header.indexOf(normalizeHeader(REQUIRED_COMMITMENT_HEADER));
  for (const name of LIST_NAMES) {
    const c = header.indexOf(normalizeHeader(name));
    if (c < 0) continue;
    const items = values
      .slice(1)
      .map((r) => String(r[c] ?? '').trim())
      .filter((x) => x !== '');
    if (items.length === 0) continue;
    lists.values[name] = [...new Set(items)];
    if (name === LIST.commitmentTypes && reqCol >= 0) {
      lists.requiredCommitments = values
        .slice(1)
        .filter(
          (r) => String(r[c] ?? '').trim() !== '' && (r[reqCol] === true || String(r[reqCol]).toUpperCase() === 'TRUE'),
        )
        .map((r) => String(r[c]).trim());
    }
  }
  return lists;
}
