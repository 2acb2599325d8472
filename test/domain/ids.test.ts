import { highestId, idsAfter, nextIds } from '../../src/domain/ids';
import { sheetDef } from '../../src/domain/sheets';

const patrols = sheetDef('patrols');

describe('new ids', () => {
  it('are numbered after the highest, padded to the registry width', () => {
    expect(idsAfter(patrols, 42, 3)).toEqual(['TT-0043', 'TT-0044', 'TT-0045']);
    expect(idsAfter(patrols, 9999, 2)).toEqual(['TT-10000', 'TT-10001']);
    expect(idsAfter(patrols, 0, 0)).toEqual([]);
  });

  it('come after every id of the sheet, however written, and after the counter', () => {
    // Typed by hand without padding, with more padding, another sheet's, free text: only this sheet's numbers count.
    const existing = ['TT-0007', 'TT-43', 'TT-00044', 'NN-0100', 'tuần tra 9', ''];
    expect(highestId(patrols, existing)).toBe(44);
    const ids = nextIds(patrols, existing, 2);
    expect(ids).toEqual(['TT-0045', 'TT-0046']);
    for (const id of ids) expect(existing).not.toContain(id);
    expect(nextIds(patrols, existing, 1, 120)).toEqual(['TT-0121']);
  });
});
