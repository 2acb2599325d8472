import { village } from '../support/saves';

describe('apiListRecords', () => {
  it('says how many rows it could not read (and so could not search)', () => {
    const v = village();
    const find = () =>
      v.call<{ rows: { id: string }[]; total: number; unreadable: number }>('apiListRecords', {
        sheet: 'cameras',
        query: 'cho',
      });
    const before = find();
    expect(before.ok && before.data.unreadable).toBe(0);
    // A camera row whose install day cannot be read.
    v.env.counter.quiet(() => {
      const s = v.env.spreadsheet.getSheetByName('Camera')!;
      const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
      const row: Record<string, unknown> = { Mã: 'CAM-99', 'Vị trí': 'Chợ mới', 'Ngày lắp': 'hôm qua' };
      s.appendRow(header.map((h) => row[h] ?? ''));
    });
    const after = find();
    expect(after.ok && after.data.unreadable).toBe(1);
    expect(after.ok && after.data.rows.map((r) => r.id)).not.toContain('CAM-99');
    expect(after.ok && before.ok && after.data.total).toBe(before.ok ? before.data.total : -1);
  });
});
