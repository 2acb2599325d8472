/** The stored form of a save's plan (src/server/save/plan.ts): exact round trip, small, ASCII. */
import fc from 'fast-check';
import { decodePlan, encodePlan, MAX_PLAN, type Plan } from '../../src/server/save/plan';

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('Gia đình văn hoá', 'Hộ ở “xóm Nà”', '=1+1', '😀'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);

describe('plans', () => {
  it('come back exactly as they were stored (rows, edits, removals, journal, answer)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom('id', 'a', 'b', 'note'), value), { maxLength: 30 }),
        fc.array(fc.string(), { maxLength: 8 }),
        fc.string(),
        (rows, ids, summary) => {
          const withIds = rows.map((r, i) => ({ ...r, id: `CK-${String(i + 1).padStart(4, '0')}` }));
          const plan: Plan = {
            action: 'Ký cam kết',
            steps: [
              { op: 'append', sheet: 'commitments', rows: withIds },
              { op: 'edit', sheet: 'members', id: 'TV-0001', fields: { phone: summary } },
              { op: 'remove', sheet: 'reminders', ids },
            ],
            journal: { action: 'Ký cam kết', sheets: ['Cam kết'], recordIds: ids, summary },
            data: { ids: withIds.map((r) => r.id), other: ids },
          };
          const text = encodePlan(plan);
          expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
          // `null` cells come back left out (a blank), as the row encoder treats them.
          const blankless = withIds.map((r) =>
            Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)),
          );
          expect(decodePlan(text)).toEqual({
            ...plan,
            steps: [{ ...plan.steps[0], rows: blankless }, plan.steps[1], plan.steps[2]],
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('are small: 5,000 households × 3 commitment types fit, ids stored as runs', () => {
    const types = ['Gia đình văn hoá', 'Không vi phạm pháp luật', 'Khu dân cư an toàn về ANTT'];
    const rows = [];
    let n = 0;
    for (let h = 1; h <= 5000; h++)
      for (const type of types)
        rows.push({
          id: `CK-${String(++n).padStart(5, '0')}`,
          householdId: `H${String(h).padStart(4, '0')}`,
          type,
          year: 2024,
          signedOn: '2024-01-15',
          signer: 'Trưởng thôn',
          status: 'Đã ký',
          note: '',
          requestId: 'r-1',
        });
    const plan: Plan = {
      action: 'Ký cam kết',
      steps: [{ op: 'append', sheet: 'commitments', rows }],
      journal: { action: 'Ký cam kết', sheets: ['Cam kết'], recordIds: rows.map((r) => r.id), summary: '…' },
      data: { ids: rows.map((r) => r.id), alreadySigned: [] },
    };
    const text = encodePlan(plan);
    console.log(`Plan of 15,000 commitments: ${text.length.toLocaleString('en')} characters (limit ${MAX_PLAN})`);
    expect(text.length).toBeLessThan(MAX_PLAN);
    expect(decodePlan(text)).toEqual(plan);
  });
});
