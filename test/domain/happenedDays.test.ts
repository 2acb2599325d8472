/**
 * Days of things that happened may not be after today (SPEC §2.1): a household's `Ngày đến` and a supervision's
 * `Ngày bắt đầu` as the other day columns of the registry; a planned `Ngày chuyển đi` or `Ngày kết thúc` may be.
 */
import { fieldCheck } from '../../src/domain/fieldChecks';
import { type SheetKey, sheetDef } from '../../src/domain/sheets';

const TODAY = '2023-06-16';
const check = (key: SheetKey, field: string) =>
  fieldCheck(sheetDef(key).columns.find((c) => c.field === field)!, undefined, TODAY);

describe('a day after today', () => {
  it.each([
    ['households', 'arrivedOn', 'Ngày đến', '2023-07-31'],
    ['supervised', 'startOn', 'Ngày bắt đầu', '2023-09-11'],
    ['patrols', 'date', 'Ngày', '2023-06-17'],
  ] as const)('%s.%s: refused after today, taken on today', (key, field, name, day) => {
    expect(check(key, field)(day)).toEqual([`${name}: không được sau ngày hôm nay (16/06/2023)`]);
    expect(check(key, field)(TODAY)).toEqual([]);
  });
  it('a planned move or end may lie ahead', () => {
    expect(check('households', 'leftOn')('2023-09-10')).toEqual([]);
    expect(check('supervised', 'endOn')('2024-09-12')).toEqual([]);
  });
});
