/**
 * What the lookup's delete prompt asks about (src/client/shared/recordEditor.ts `deleteLinks`), read from the
 * registry as the server's `apiDeleteRecord` reads it: rows declared `deletedWith` go with the record, every other
 * `ref`/`refs` column naming the type blocks its delete and is named in the prompt.
 */
import { deleteLinks } from '../../src/client/shared/recordEditor';

const shown = (key: string) =>
  deleteLinks(key)
    .map((l) => `${l.sheet}.${l.field}${l.cascade ? ' (goes with it)' : ''}`)
    .sort();

describe('deleteLinks', () => {
  it('a patrol takes its reminders with it, and nothing else names a patrol', () => {
    expect(shown('patrols')).toEqual(['reminders.patrolId (goes with it)']);
  });

  it('a member is blocked by the patrols and the records naming it; nothing goes with it', () => {
    const links = deleteLinks('members');
    expect(links.some((l) => l.cascade)).toBe(false);
    expect(links).toContainEqual({
      sheet: 'patrols',
      field: 'memberIds',
      column: 'Thành viên tham gia',
      cascade: false,
    });
  });

  it('a team is blocked by households, members and patrols', () => {
    const sheets = deleteLinks('teams').map((l) => `${l.sheet}.${l.field}`);
    for (const s of ['households.teamId', 'members.teamId', 'patrols.teamId']) expect(sheets).toContain(s);
    expect(deleteLinks('teams').every((l) => !l.cascade)).toBe(true);
  });

  it("a household's residents and commitments go with it; a session naming it blocks it", () => {
    const links = shown('households');
    expect(links).toContain('residents.householdId (goes with it)');
    expect(links).toContain('commitments.householdId (goes with it)');
    expect(links).toContain('sessions.householdIds');
  });
});
