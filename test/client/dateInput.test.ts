/**
 * The day boxes' messages (src/client/shared/dateInput.ts `dayProblem`): a pasted day with invisible characters or
 * spaces round the separators is a day; a text in the dd/mm/yyyy form that is no calendar day says which part is
 * impossible; a required blank box says it is blank; the format's example is the server's today.
 */
import { dayProblem } from '../../src/client/shared/dateInput';
import { t } from '../../src/domain/i18n';
import { errorsOf, patrolInput } from '../../src/domain/inputs';
import { defaultLists } from '../../src/domain/lists';

describe('dayProblem', () => {
  const today = '2023-06-16';

  it.each(['15/06/2023', '15/06/2023\u200b', '\ufeff15/06/2023', ' 15 / 06 / 2023 ', '１５/０６/２０２３', '5.6.2023'])(
    '%j is a day',
    (typed) => expect(dayProblem('Ngày', typed, { required: true, today })).toBeNull(),
  );

  it('names a blank required day as blank (invisible characters alone too), a blank optional one not at all', () => {
    expect(dayProblem('Ngày', '', { required: true, today })).toBe('Ngày: không được để trống');
    expect(dayProblem('Ngày', ' \u200b ', { required: true, today })).toBe('Ngày: không được để trống');
    expect(dayProblem('Ngày ký', '', { today })).toBeNull();
  });

  it('says a day in the right form that the calendar lacks is not real, and why', () => {
    expect(dayProblem('Ngày', '29/02/2023', { today })).toBe(
      'Ngày: "29/02/2023" không có thật: tháng 2/2023 chỉ có 28 ngày',
    );
    expect(dayProblem('Ngày', '31/04/2023', { today })).toBe(
      'Ngày: "31/04/2023" không có thật: tháng 4/2023 chỉ có 30 ngày',
    );
    expect(dayProblem('Ngày', '06/16/2023', { today })).toBe(
      'Ngày: "06/16/2023" không có thật: không có tháng 16 (tháng từ 1 đến 12)',
    );
    // 2024 is a leap year: 29/02/2024 is a day, 30/02/2024 is not.
    expect(dayProblem('Ngày', '29/02/2024', { today })).toBeNull();
    expect(dayProblem('Ngày', '30/02/2024', { today })).toContain('tháng 2/2024 chỉ có 29 ngày');
  });

  it('gives the format with the server’s today as the example, and counts invisible characters removed', () => {
    expect(dayProblem('Ngày', '16/06/23', { today })).toBe(
      t('form.badDay', { name: 'Ngày', value: '16/06/23', example: '16/06/2023' }),
    );
    expect(dayProblem('Ngày', '16/06/23', { today })).toContain('(ví dụ 16/06/2023)');
    expect(dayProblem('Ngày', '1/6\u200b\u200b', { today })).toBe(
      `${t('form.badDay', { name: 'Ngày', value: '1/6', example: '16/06/2023' })} (đã bỏ 2 ký tự ẩn)`,
    );
    expect(dayProblem('Ngày', '29/02/2023\u200b', { today })).toBe(
      'Ngày: "29/02/2023" không có thật: tháng 2/2023 chỉ có 28 ngày (đã bỏ 1 ký tự ẩn)',
    );
  });
});

describe('the shared schema (pages and server) on a blank required day', () => {
  const ctx = { lists: defaultLists(), today: '2023-06-16', teams: [], members: [], households: [] };
  const patrol = { requestId: 'r', start: '20:00', end: '22:00', teamId: '', memberIds: [], participants: 2 };
  it.each([null, ''])('a patrol whose Ngày is %j: "không được để trống", not "không phải ngày"', (date) => {
    const r = patrolInput(ctx).safeParse({ ...patrol, date });
    if (r.success) throw new Error('a blank day was accepted');
    expect(errorsOf(r.error)).toEqual([{ field: 'date', message: 'Ngày: không được để trống' }]);
  });
});
