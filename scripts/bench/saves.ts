/**
 * Bench section of issue 3: Spreadsheet service calls of each save API on the emulator
 * with 100 and with 50,000 existing rows in every sheet it touches (target: the same
 * constant, ≤ 10), and the time the save takes in Node.
 */
import { callAsScriptRun } from '../../local/bundle';
import { intlClock } from '../../src/domain/clock';
import { fillSheets, SAVE_SHEETS } from '../../test/support/fill';
import { fresh } from './foundation';
import type { Add } from './table';

let requestSerial = 0;
const SAVES: [string, string, () => Record<string, unknown>][] = [
  [
    'apiSavePatrol',
    'patrol + 1 reminder',
    () => ({
      requestId: `bench-${++requestSerial}`,
      date: '2023-06-15',
      start: '20:00',
      end: '22:00',
      teamId: 'T1',
      memberIds: ['TV-0001', 'TV-0002'],
      participants: 3,
      withPolice: false,
      result: '',
      reminders: [{ category: 'Khác', cases: 1, action: 'Nhắc nhở', note: '' }],
    }),
  ],
  [
    'apiSavePatrol',
    'patrol, no reminder',
    () => ({
      requestId: `bench-${++requestSerial}`,
      date: '2023-06-15',
      start: '20:00',
      end: '22:00',
      teamId: 'T1',
      memberIds: ['TV-0001'],
      participants: 2,
      withPolice: false,
      result: '',
    }),
  ],
  [
    'apiSaveCommitments',
    '40 households × 4 types',
    () => ({
      requestId: `bench-${++requestSerial}`,
      year: 2024,
      type: '*',
      signedOn: '2023-06-01',
      householdIds: Array.from(
        { length: 40 },
        (_, i) => `H${String(i + 1 + (requestSerial % 2) * 40).padStart(3, '0')}`,
      ),
      signer: '',
    }),
  ],
  [
    'apiSaveActivity',
    'session, 20 households',
    () => ({
      requestId: `bench-${++requestSerial}`,
      kind: 'session',
      date: '2023-06-01',
      form: 'Họp thôn',
      householdIds: Array.from({ length: 20 }, (_, i) => `H${String(i + 1).padStart(3, '0')}`),
      attendees: 30,
    }),
  ],
  [
    'apiSaveActivity',
    'camera',
    () => ({
      requestId: `bench-${++requestSerial}`,
      kind: 'camera',
      location: 'Ngã ba',
      installedOn: '2023-06-01',
      working: true,
    }),
  ],
  [
    'apiSaveRecord',
    'add a household',
    () => ({ requestId: `bench-${++requestSerial}`, sheet: 'households', record: { head: 'Hộ mới', teamId: 'T1' } }),
  ],
  [
    'apiSaveRecord',
    'edit a member',
    () => ({ requestId: `bench-${++requestSerial}`, sheet: 'members', id: 'TV-0002', record: { phone: '0912345678' } }),
  ],
];

export function benchSaves(add: Add): void {
  const clock = intlClock('Asia/Ho_Chi_Minh');
  const sizes = [100, 50_000];
  const results = new Map<string, { calls: number; text: string }[]>();
  for (const size of sizes) {
    const { env, bundle } = fresh();
    bundle.setupWorkbook();
    fillSheets(env, clock, size, SAVE_SHEETS);
    for (const [fn, label, make] of SAVES) {
      env.counter.reset();
      const t = performance.now();
      const r = callAsScriptRun(bundle, fn, [make()]) as { ok: boolean };
      const ms = performance.now() - t;
      const reads = env.counter.count({ service: 'SpreadsheetApp', kind: 'read' });
      const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
      const key = `${fn} (${label})`;
      results.set(key, [
        ...(results.get(key) ?? []),
        {
          calls: reads + writes,
          text:
            `${reads + writes} (${reads} reads, ${writes} writes), ` +
            `${ms.toFixed(0)} ms in Node${r.ok ? '' : ' (failed)'}`,
        },
      ]);
    }
  }
  for (const [key, [small, large]] of results) {
    const same = small.calls === large.calls;
    add('Saves', `${key}: Spreadsheet calls at 100 rows`, small.text, '≤ 10', small.calls <= 10);
    add('Saves', `${key}: Spreadsheet calls at 50,000 rows`, large.text, 'same as at 100 rows', same);
  }
}
