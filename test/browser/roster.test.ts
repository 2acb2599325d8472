/**
 * The Tổ bảo vệ ANTT roster in the sidebar "Hộ, nhân khẩu, tổ, thành viên" (issue 17 part 5), in real Chromium through
 * the playground: a member outside the Tổ is given a position, a training day and papers, read back from
 * `Thành viên`; a training day without a position is stopped by the field with its Vietnamese message.
 */
import { daysAgo, openPlayground, openSidebar, rowsFrom, type Session, vnDay } from './sidebar';

jest.setTimeout(120000);

let session: Session;

beforeAll(async () => {
  session = await openPlayground();
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.errors).toEqual([]);
  expect(session.dialogs).toEqual([]);
});

const members = () => rowsFrom(session.pg, 'Thành viên', 2);
const outside = () =>
  members().filter((r) => r.values['Chức danh Tổ bảo vệ ANTT'] === '' && r.shown['Ngày rời'] === '');

test('a member joins the Tổ bảo vệ ANTT: position, training day, papers; a training day alone is refused', async () => {
  const f = await openSidebar(session.page, 'Hộ, nhân khẩu, tổ, thành viên');
  await f.click('#tab-members');
  const [first, second] = outside();
  const id = String(first.values['Mã']);
  await f.selectOption('#pick-members', id);
  expect(await f.inputValue('#form-members [data-field="record.name"]')).toBe(first.values['Họ tên']);
  // The position offers the three of the law.
  const options = await f.$$eval('#form-members [data-field="record.guardRole"] option', (os) =>
    os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
  );
  expect(options).toEqual(['Tổ trưởng', 'Tổ phó', 'Tổ viên']);
  await f.selectOption('#form-members [data-field="record.guardRole"]', 'Tổ viên');
  await f.fill('#form-members [data-field="record.trainedOn"]', vnDay(daysAgo(30)));
  await f.check('#form-members [data-field="record.papers"]');
  await f.fill('#form-members [data-field="record.papersOn"]', vnDay(daysAgo(5)));
  await f.click('#form-members button[type=submit]');
  await f.waitForSelector('#toast:not([hidden])');
  expect(await f.locator('#toast .toast-text').textContent()).toBe(`Đã sửa ${id}.`);
  const row = members().find((r) => r.values['Mã'] === id)!;
  expect([
    row.values['Chức danh Tổ bảo vệ ANTT'],
    row.shown['Ngày tập huấn'],
    row.values['Đã cấp giấy chứng nhận'],
    row.shown['Ngày cấp giấy'],
  ]).toEqual(['Tổ viên', vnDay(daysAgo(30)), true, vnDay(daysAgo(5))]);

  // Another member outside the Tổ: a training day without a position is stopped by the field.
  const other = String(second.values['Mã']);
  await f.selectOption('#pick-members', other);
  await f.fill('#form-members [data-field="record.trainedOn"]', vnDay(daysAgo(3)));
  await f.click('#form-members button[type=submit]');
  await f.waitForSelector('#form-members [data-error-for="record.trainedOn"]:not(:empty)');
  expect(await f.textContent('#form-members [data-error-for="record.trainedOn"]')).toBe(
    'Ngày tập huấn: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT',
  );
  expect(members().find((r) => r.values['Mã'] === other)!.shown['Ngày tập huấn']).toBe('');
});
