/**
 * One call of every save API with its input, for the operations table (operations.ts): each is run on the
 * sample village and on the 10,000-household workbook. A new request id each time; ids referred to (T1, TV-0001,
 * TV-0002, TT-0002) exist in both; households are the context's.
 */
let requestSerial = 0;

/** What an input may refer to: households living in the village on the saves' days (read from the workbook). */
export interface SaveContext {
  households: string[];
}

export const SAVES: [string, string, (c: SaveContext) => Record<string, unknown>][] = [
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
      // Not the hours of the patrol above: that would be a likely duplicate, refused.
      start: '05:00',
      end: '06:00',
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
    (c) => ({
      requestId: `bench-${++requestSerial}`,
      // A year neither workbook has commitments of (the sample's run 2021 to today, the generated ones are 2023).
      year: 2020,
      type: '*',
      signedOn: '2020-03-01',
      householdIds: c.households.slice(0, 40),
      signer: '',
    }),
  ],
  [
    'apiSaveActivity',
    'session, 20 households',
    (c) => ({
      requestId: `bench-${++requestSerial}`,
      kind: 'session',
      date: '2023-06-01',
      form: 'Họp thôn',
      householdIds: c.households.slice(0, 20),
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
    'apiSaveActivity',
    'mediation',
    () => ({
      requestId: `bench-${++requestSerial}`,
      kind: 'mediation',
      date: '2023-06-02',
      subject: 'Lối đi',
      outcome: 'Thành',
    }),
  ],
  [
    'apiSaveActivity',
    'event',
    () => ({ requestId: `bench-${++requestSerial}`, kind: 'event', date: '2023-06-03', type: 'Khác', content: 'Việc' }),
  ],
  [
    'apiSaveRecord',
    'add a household',
    () => ({ requestId: `bench-${++requestSerial}`, sheet: 'households', record: { head: 'Hộ mới', teamId: 'T1' } }),
  ],
  [
    'apiSaveRecord',
    'add a resident',
    (c) => ({
      requestId: `bench-${++requestSerial}`,
      sheet: 'residents',
      record: { name: 'Người mới', householdId: c.households[0] },
    }),
  ],
  [
    'apiSaveRecord',
    'edit a member',
    () => ({ requestId: `bench-${++requestSerial}`, sheet: 'members', id: 'TV-0002', record: { phone: '0912345678' } }),
  ],
  [
    'apiDeleteRecord',
    'delete a patrol with its reminders',
    () => ({ requestId: `bench-${++requestSerial}`, sheet: 'patrols', id: 'TT-0002' }),
  ],
];
