/**
 * The probe of issue 13, through the built bundle on the emulator with the sample village: a
 * supervised person's name typed among a session's partners, a resident's name in a festival's
 * `Nội dung` and as a festival of `Danh mục`, a mediation party's name added as a topic (and
 * typed in a session's topics). The Doc and the dialog's preview hold none of them, and still
 * name the listed partners and festival; the data check names each list entry and the partner.
 */
import { callAsScriptRun } from '../../local/bundle';
import { documentToJson } from '../../local/emulator/document';
import type { GasEnvironment } from '../../local/emulator';
import { loaded } from '../support/env';

type Result<T> = { ok: true; data: T } | { ok: false; errors: { field: string; message: string }[] };
const PERIOD = { from: '2021-06-23', to: '2023-06-15' };

function data<T>(r: unknown): T {
  const res = r as Result<T>;
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** Sheet helpers on the emulated workbook (not counted). */
function sheetOf(env: GasEnvironment, name: string) {
  const sheet = env.spreadsheet.getSheetByName(name)!;
  const values = () => env.counter.quiet(() => sheet.getDataRange().getValues());
  const col = (header: string) => values()[0].indexOf(header) + 1;
  const set = (row: number, header: string, v: unknown) =>
    env.counter.quiet(() => sheet.getRange(row, col(header)).setValue(v));
  /** Appends `v` below the last value of a column; returns its row. */
  const append = (header: string, v: string) => {
    const c = col(header);
    const rows = values().map((r) => r[c - 1]);
    let last = rows.length;
    while (last > 1 && (rows[last - 1] === '' || rows[last - 1] === null)) last--;
    set(last + 1, header, v);
    return last + 1;
  };
  return { values, col, set, append };
}

// Today after the sample's last day, so that no day of it lies ahead (the data check reports those).
const { env, bundle } = loaded({ now: () => new Date('2023-12-20T03:00:00Z') });
bundle.setupWorkbook();
bundle.loadSampleVillage();

const supervised = String(sheetOf(env, 'Đối tượng giúp đỡ').values()[1][1]);
const resident = String(sheetOf(env, 'Nhân khẩu').values()[20][1]);
const parties = String(sheetOf(env, 'Hoà giải').values()[1][3]);
const party = /ông ([^–]+?)\s*–/.exec(parties)![1];
const NAMES = [supervised, resident, party];

// 1. A supervised person's name among a meeting's partners.
const sessions = sheetOf(env, 'Sinh hoạt, tuyên truyền');
const meeting = sessions.values().findIndex((r) => r[2] === 'Họp thôn') + 1;
sessions.set(meeting, 'Đơn vị phối hợp', `Công an xã Thiện Thuật, ${supervised}`);
// 2. A resident's name in a festival's content, and a festival of Danh mục named after the resident.
const lists = sheetOf(env, 'Danh mục');
const wedding = `Đám cưới nhà ${resident}`;
const festivalRow = lists.append('Lễ hội, sự kiện', wedding);
const events = sheetOf(env, 'Tin báo, sự kiện');
const festival = events.values().findIndex((r) => r[2] === 'Bảo đảm ANTT lễ hội, sự kiện') + 1;
events.set(festival, 'Nội dung', `Lễ hội Háng Pò; ${wedding}`);
const tip = events.values().findIndex((r) => r[2] === 'Tin báo, tố giác') + 1;
events.set(tip, 'Loại', 'Bảo đảm ANTT lễ hội, sự kiện');
events.set(tip, 'Lễ hội, sự kiện', wedding);
// 3. A mediation party's name added as a topic, and typed among a meeting's topics.
const topicRow = lists.append('Chủ đề tuyên truyền', party);
sessions.set(meeting, 'Chủ đề', `Phòng cháy chữa cháy, ${party}`);

it('the Doc names no one, and still names the listed partners and festival', () => {
  const notice = data<{ docId: string }>(
    callAsScriptRun(bundle, 'apiGenerateNotice', [{ ...PERIOD, issuedOn: '2023-06-20' }]),
  );
  const doc = JSON.stringify(documentToJson(env.docs.get(notice.docId)!));
  expect(NAMES.filter((n) => doc.includes(n))).toEqual([]);
  expect(doc).toContain('Công an xã Thiện Thuật');
  expect(doc).toContain('Lễ hội Háng Pò (02 lần tổ chức)');
  expect(doc).toContain('và 01 lễ hội, sự kiện khác trên địa bàn'); // counted, not named
});

it('the preview names no one', () => {
  const preview = JSON.stringify(data(callAsScriptRun(bundle, 'apiPreviewNotice', [PERIOD])));
  expect(NAMES.filter((n) => preview.includes(n))).toEqual([]);
  expect(preview).toContain('Lễ hội Háng Pò');
});

it('the data check names each list entry holding a name, and the partner not in the list', () => {
  const r = data<{ issues: { sheet: string; row: number; column: string; message: string; a1: string | null }[] }>(
    callAsScriptRun(bundle, 'apiValidateWorkbook', []),
  );
  const found = r.issues
    .filter((i) => i.sheet === 'Danh mục' || i.sheet === 'Sinh hoạt, tuyên truyền')
    .map((i) => [i.sheet, i.row, i.column, i.message]);
  const inLists = [
    [
      'Danh mục',
      topicRow,
      'Chủ đề tuyên truyền',
      expect.stringContaining(`Chủ đề tuyên truyền: mục "${party}" chứa tên người "${party}" (trang "Hoà giải")`),
    ],
    [
      'Danh mục',
      festivalRow,
      'Lễ hội, sự kiện',
      expect.stringContaining(`Lễ hội, sự kiện: mục "${wedding}" chứa tên người "${resident}" (trang "Nhân khẩu")`),
    ],
  ].sort((a, b) => Number(a[1]) - Number(b[1])); // in row order
  expect(found).toEqual([
    ...inLists,
    ['Sinh hoạt, tuyên truyền', meeting, 'Đơn vị phối hợp', expect.stringContaining(`"${supervised}" không có`)],
  ]);
});
