import { byId, cells, clock, isDateCell, records, rid, rowCount, village, writes } from '../support/saves';
import { signedTypes } from '../../src/domain/signedSummary';
import type { SignedSummary } from '../../src/domain/wire';

type Saved = { ids: string[]; alreadySigned: { householdId: string; type: string }[] };
const TYPES = [
  'Gia đình văn hoá',
  'Khu dân cư an toàn về ANTT',
  'Không ma tuý',
  'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo',
];

/** Adds a household through the API (so that one household has signed nothing yet). */
function newHousehold(v: ReturnType<typeof village>, head = 'Hoàng Văn Mới'): string {
  const r = v.call<{ id: string }>('apiSaveRecord', {
    requestId: rid('hh'),
    sheet: 'households',
    record: { head, teamId: 'T2', arrivedOn: '2023-02-01' },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  v.env.counter.reset();
  return r.data.id;
}

describe('apiSaveCommitments', () => {
  it('writes one row per household and type; a household that already signed is reported, not duplicated', () => {
    const v = village();
    const fresh = newHousehold(v);
    const before = rowCount(v.env, 'commitments');
    const input = {
      requestId: rid('ck'),
      year: 2023,
      type: '*',
      signedOn: '2023-06-10',
      householdIds: ['H001', fresh],
      signer: '=Chủ hộ',
    };
    const r = v.call<Saved>('apiSaveCommitments', input);
    expect(r.ok).toBe(true);
    const data = r.ok ? r.data : (null as never);
    expect(data.ids).toEqual(['CK-0863', 'CK-0864', 'CK-0865', 'CK-0866']);
    expect(data.alreadySigned).toEqual(TYPES.map((type) => ({ householdId: 'H001', type })));
    expect(rowCount(v.env, 'commitments')).toBe(before + 4);
    data.ids.forEach((id, i) => {
      const { record, raw } = byId(v.env, 'commitments', id);
      expect(record).toEqual({
        id,
        householdId: fresh,
        type: TYPES[i],
        year: 2023,
        signedOn: '2023-06-10',
        signer: '=Chủ hộ',
        status: 'Đã ký',
        note: '',
        requestId: input.requestId,
      });
      expect(isDateCell(raw[4]) && raw[4].getTime()).toBe(clock.midnight('2023-06-10').getTime());
    });
    // One batched write for the four rows.
    expect(v.env.counter.count({ service: 'SpreadsheetApp', method: 'Range.setValues' })).toBe(1);
    const log = cells(v.env, 'log');
    expect(log[log.length - 1].slice(2, 6)).toEqual([
      'Ký cam kết',
      'Cam kết',
      'CK-0863, CK-0864, CK-0865, CK-0866',
      'Năm 2023, mọi loại bắt buộc: 4 cam kết mới cho 1 hộ; 4 đã ký từ trước',
    ]);
  });

  it('one type for a batch of households', () => {
    const v = village();
    const a = newHousehold(v, 'Hộ A');
    const b = newHousehold(v, 'Hộ B');
    const r = v.call<Saved>('apiSaveCommitments', {
      requestId: rid('ck'),
      year: 2023,
      type: 'Không ma tuý',
      signedOn: '2023-06-01',
      householdIds: [a, b, 'H002'],
      signer: '',
    });
    expect(r).toEqual({
      ok: true,
      data: { ids: ['CK-0863', 'CK-0864'], alreadySigned: [{ householdId: 'H002', type: 'Không ma tuý' }] },
    });
    expect(
      records(v.env, 'commitments').rows.filter(
        (x) =>
          x.record.type === 'Không ma tuý' && x.record.year === 2023 && [a, b].includes(x.record.householdId as string),
      ),
    ).toHaveLength(2);
  });

  it('all already signed: nothing written, no log row', () => {
    const v = village();
    const log = rowCount(v.env, 'log');
    const r = v.call<Saved>('apiSaveCommitments', {
      requestId: rid('ck'),
      year: 2023,
      type: 'Gia đình văn hoá',
      signedOn: '2023-06-01',
      householdIds: ['H001', 'H002'],
      signer: '',
    });
    expect(r.ok && r.data.ids).toEqual([]);
    expect(r.ok && r.data.alreadySigned).toHaveLength(2);
    expect(writes(v.env)).toBe(0);
    expect(rowCount(v.env, 'log')).toBe(log);
  });

  it('a household that signed, then broke its commitment (Vi phạm) signed that year: reported, not duplicated', () => {
    const v = village();
    const r = v.call<Saved>('apiSaveCommitments', {
      requestId: rid('ck'),
      year: 2022,
      type: 'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo',
      signedOn: '2022-12-02', // a year's commitment is signed that year (SPEC §2.1)
      householdIds: ['H012'],
      signer: '',
    });
    expect(r).toEqual({
      ok: true,
      data: {
        ids: [],
        alreadySigned: [{ householdId: 'H012', type: 'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo' }],
      },
    });
  });

  it('a repeated request id returns the first data (cache, then sheet) and writes nothing', () => {
    const v = village();
    const fresh = newHousehold(v);
    const input = {
      requestId: rid('ck'),
      year: 2023,
      type: '*',
      signedOn: '2023-06-10',
      householdIds: ['H001', fresh],
      signer: '',
    };
    const first = v.call('apiSaveCommitments', input);
    const rows = rowCount(v.env, 'commitments');
    expect(v.call('apiSaveCommitments', input)).toEqual(first);
    v.env.ctx.now = () => new Date('2023-06-20T10:00:00Z'); // the cache has forgotten
    v.env.counter.reset();
    expect(v.call('apiSaveCommitments', input)).toEqual(first);
    expect(writes(v.env)).toBe(0);
    expect(rowCount(v.env, 'commitments')).toBe(rows);
  });

  describe('invalid input', () => {
    const base = () => ({
      requestId: rid('ck'),
      year: 2023,
      type: 'Không ma tuý',
      signedOn: '2023-06-01',
      householdIds: ['H001'],
      signer: '',
    });
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['no household', { householdIds: [] }, 'householdIds', /^Mã hộ: chọn ít nhất một/],
      [
        'an unknown household',
        { householdIds: ['H001', 'H999'] },
        'householdIds',
        /không có mã "H999" trong trang "Hộ gia đình"/,
      ],
      [
        'a household gone before the day',
        { householdIds: ['H037'] },
        'householdIds',
        /"H037" không hoạt động vào ngày 01\/06\/2023/,
      ],
      [
        'a type not in Danh mục',
        { type: 'Không trộm cắp' },
        'type',
        /^Loại cam kết: "Không trộm cắp" không có trong danh mục/,
      ],
      ['an empty type', { type: '' }, 'type', /^Loại cam kết: không được để trống/],
      ['a bad year', { year: 20230 }, 'year', /^Năm: năm không hợp lệ/],
      ['a year as text', { year: '2023' }, 'year', /^Năm: phải là số/],
      ['a bad day', { signedOn: '2023-02-29' }, 'signedOn', /^Ngày ký: không phải ngày/],
      ['a missing day', { signedOn: undefined }, 'signedOn', /^Ngày ký: không được để trống/],
      ['a too long signer', { signer: 'x'.repeat(201) }, 'signer', /^Người ký: dài quá 200 ký tự/],
    ];
    it.each(cases)('%s', (_n, change, field, message) => {
      const v = village();
      const before = rowCount(v.env, 'commitments');
      const r = v.call('apiSaveCommitments', JSON.parse(JSON.stringify({ ...base(), ...change })));
      expect(r.ok ? null : r.errors.find((e) => e.field === field)?.message).toMatch(message);
      expect(writes(v.env)).toBe(0);
      expect(rowCount(v.env, 'commitments')).toBe(before);
    });
  });
});

describe('apiBootstrap signed', () => {
  it('summarises per household who has a Đã ký row of each type, this year and the last', () => {
    const v = village();
    const r = v.call<{ signed: SignedSummary; households: { id: string }[] }>('apiBootstrap', undefined);
    if (!r.ok) throw new Error('bootstrap failed');
    const signed = r.data.signed;
    expect(signed.years).toEqual(['2022', '2023']);
    expect(signedTypes(signed, 'H001', '2023')).toContain('Gia đình văn hoá');
    // Signed, then Vi phạm: the household did sign.
    expect(signedTypes(signed, 'H012', '2022')).toContain('Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo');
    expect(signed.households.H037).toBeUndefined(); // moved away in 2022: not an active household
    // Exactly the active households apiSaveCommitments reports as already signed.
    const active = new Set(r.data.households.map((x) => x.id));
    const rows = records(v.env, 'commitments').rows.filter(
      (x) => x.record.year === 2023 && x.record.status === 'Đã ký' && active.has(String(x.record.householdId)),
    );
    const pairs = new Set(rows.map((x) => `${x.record.householdId}|${x.record.type}`));
    expect(Object.keys(signed.households).flatMap((id) => signedTypes(signed, id, '2023')).length).toBe(pairs.size);
    // The counts are of the active households, type by type.
    for (const type of signed.types)
      expect(signed.counts['2023'][type]).toBe([...pairs].filter((p) => p.endsWith(`|${type}`)).length);
  });
});
