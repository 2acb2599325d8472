/**
 * Docs hold aggregates and listed values only (issue 13 part 4, SPEC §4): every person's name of
 * `Nhân khẩu`, `Đối tượng giúp đỡ`, `Hoà giải` and `Nhắc nhở` of the sample village is put, one
 * name at a time, into every free-text field of every record, into the list-valued fields
 * (an event's festival, a reminder's category, a supervised person's type) and as new entries
 * of every list of `Danh mục` (the name itself and a festival named after the person); the
 * notice model, its Doc layout, the template values and the dialog's preview (HTML as the
 * dialog builds it) hold none of them. The data check flags each such list entry.
 */
import { checkWorkbook } from '../../src/domain/check';
import { computeCompliance } from '../../src/domain/compliance';
import { LIST_NAMES } from '../../src/domain/lists';
import { composeNotice } from '../../src/domain/notice/compose';
import { noticeFacts } from '../../src/domain/notice/facts';
import { layoutNotice } from '../../src/domain/notice/layout';
import { noticeTexts, SECTION_HEADING, sectionLines } from '../../src/domain/notice/model';
import { placeholderValues } from '../../src/domain/notice/placeholders';
import { keyFigures } from '../../src/domain/notice/preview';
import { RECORD_TYPES } from '../../src/domain/registry/recordTypes';
import type { WorkbookData } from '../../src/domain/report';
import { SHEET } from '../../src/domain/sheets';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleSheetValues } from '../support/sampleValues';
import { clock, sampleData } from './noticeSample';

/** A person named in a reminder's description, so that `Nhắc nhở` has a name too (the sample's have none). */
const REMINDED = 'Hoàng Văn Nhắc';

/** The sample with one description naming a person. */
function baseData(): WorkbookData {
  const data = sampleData();
  data.reminders[0].note = `Nhắc nhở ông ${REMINDED} mở quán quá giờ`;
  return data;
}

/** The names of the four sheets, read here on their own (not through privateNames.ts). */
function namesOf(data: WorkbookData): { name: string; sheet: string }[] {
  const out = new Map<string, string>();
  const add = (n: string, sheet: string) => {
    const s = n.trim();
    if (s && !out.has(s)) out.set(s, sheet);
  };
  for (const r of data.residents) add(r.name, 'Nhân khẩu');
  for (const r of data.supervised) add(r.name, 'Đối tượng giúp đỡ');
  for (const m of data.mediations) {
    add(m.chair, 'Hoà giải');
    for (const part of m.parties.split(/[–,;]/)) add(part.replace(/^\s*(hộ\s+)?(ông|bà|anh|chị)\s+/i, ''), 'Hoà giải');
  }
  add(REMINDED, 'Nhắc nhở');
  return [...out].map(([name, sheet]) => ({ name, sheet }));
}

/** Free-text columns of every record type: `text` and `longtext` (ids, references, lists, dates, numbers aside). */
const FREE_TEXT = RECORD_TYPES.map((type) => ({
  key: type.key,
  fields: type.list.filter((c) => c.type === 'text' || c.type === 'longtext').map((c) => c.field),
}));
const FREE_TEXT_FIELDS = FREE_TEXT.reduce((n, t) => n + t.fields.length, 0);
/** List-valued fields set to the name (its list holds it): they feed the notice's breakdowns and festivals. */
const LISTED: [keyof WorkbookData, string][] = [
  ['events', 'festival'],
  ['reminders', 'category'],
  ['supervised', 'type'],
];

function withName(base: WorkbookData, name: string): WorkbookData {
  const data = structuredClone(base);
  for (const { key, fields } of FREE_TEXT) {
    const rows = data[key as keyof WorkbookData] as unknown as Record<string, unknown>[];
    for (const r of rows) for (const f of fields) r[f] = name;
  }
  for (const [key, field] of LISTED) for (const r of data[key] as unknown as Record<string, unknown>[]) r[field] = name;
  for (const list of LIST_NAMES) data.lists.values[list].push(name, `Đám cưới nhà ${name}`);
  data.lists.requiredCommitments.push(name);
  return data;
}

/** Every text the notice code generates for a workbook: model, Doc layout, template values, preview HTML. */
function generated(data: WorkbookData): string {
  const period = SAMPLE_PERIOD;
  const report = computeCompliance(data, period);
  const facts = noticeFacts(data, period);
  const model = composeNotice(data.settings, report, { issuedOn: '2023-06-20', number: 1, facts });
  const values = placeholderValues({
    model,
    settings: data.settings,
    report,
    number: 1,
    issuedOn: '2023-06-20',
    withheld: facts.withheld,
  });
  // The dialog's preview (apiPreviewNotice → src/client/Notice): key figures and section 3, as HTML.
  const figures = keyFigures(report, data.settings);
  const results = model.sections.find((s) => s.heading.endsWith(SECTION_HEADING.results));
  const html = [
    '<dl class="figures">',
    ...figures.map((f) => `<dt>${f.label}</dt><dd>${f.value}</dd>`),
    '</dl><div class="results">',
    ...(results ? sectionLines(results) : []).map((p) => `<p>${p}</p>`),
    '</div>',
  ].join('');
  return [model.docName, ...noticeTexts(model), JSON.stringify(layoutNotice(model)), JSON.stringify(values), html].join(
    '\n',
  );
}

const base = baseData();
const names = namesOf(base);
const facts = (d: WorkbookData) => noticeFacts(d, SAMPLE_PERIOD);

it('the notice still names the sample’s listed partners and festival', () => {
  const text = generated(base);
  expect(text).toContain('Công an xã Thiện Thuật, Trường THPT Pác Khuông');
  expect(text).toContain('Lễ hội Háng Pò (02 lần tổ chức)');
  expect(facts(base).withheld).toEqual([]);
});

it('no name of the four sheets reaches the notice or its preview, whatever field or list it is put in', () => {
  expect(names.length).toBeGreaterThan(400);
  expect(new Set(names.map((n) => n.sheet))).toEqual(
    new Set(['Nhân khẩu', 'Đối tượng giúp đỡ', 'Hoà giải', 'Nhắc nhở']),
  );
  const leaked: string[] = [];
  let withheld = 0;
  for (const { name } of names) {
    const data = withName(base, name);
    const text = generated(data);
    if (text.includes(name)) leaked.push(name);
    withheld += facts(data).withheld.length;
  }
  const lists = LIST_NAMES.length * 2 + 1;
  console.log(
    `${names.length} names × (${FREE_TEXT_FIELDS} free-text fields + ${LISTED.length} list-valued fields ` +
      `+ ${lists} list entries) = ${names.length * (FREE_TEXT_FIELDS + LISTED.length + lists)} placements: ` +
      `${leaked.length} names in the notice or the preview, ${withheld} list entries withheld`,
  );
  expect(leaked).toEqual([]);
  // Every name added to the lists was withheld: the name itself and the festival named after the person, in every list.
  expect(withheld).toBeGreaterThanOrEqual(names.length * 2);
});

it('a name in a list of Danh mục is flagged by the data check, naming the list, its row and the name’s sheet', () => {
  const values = sampleSheetValues(clock);
  const lists = values[SHEET.lists] as unknown[][];
  const header = lists[0].map(String);
  const partners = header.indexOf('Đơn vị phối hợp');
  const festivals = header.indexOf('Lễ hội, sự kiện');
  const topics = header.indexOf('Chủ đề tuyên truyền');
  const supervised = String((values['Đối tượng giúp đỡ'] as unknown[][])[1][1]);
  const resident = String((values['Nhân khẩu'] as unknown[][])[10][1]);
  const row = lists.length + 1;
  const blank = () => header.map(() => '');
  const put = (col: number, v: string) => {
    const r = blank();
    r[col] = v;
    lists.push(r);
  };
  put(partners, supervised);
  // Accents and case as typed: a name typed without diacritics, in capitals, in a longer entry.
  const plain = resident.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();
  put(festivals, `Đám cưới nhà ${plain}`);
  put(topics, 'Phòng cháy chữa cháy tại nhà văn hoá'); // no name: not flagged
  const issues = checkWorkbook(values, clock).issues.filter((i) => i.sheet === SHEET.lists);
  expect(issues.map((i) => [i.row, i.column, i.a1])).toEqual([
    [row, 'Đơn vị phối hợp', `${String.fromCharCode(65 + partners)}${row}`],
    [row + 1, 'Lễ hội, sự kiện', `${String.fromCharCode(65 + festivals)}${row + 1}`],
  ]);
  expect(issues[0].message).toBe(
    `Đơn vị phối hợp: mục "${supervised}" chứa tên người "${supervised}" (trang "Đối tượng giúp đỡ"). ` +
      'Thông báo không ghi mục này; hãy đổi thành tên đơn vị, lễ hội, sự kiện hoặc chủ đề, không ghi tên người.',
  );
  expect(issues[1].message).toContain(`chứa tên người "${resident}" (trang "Nhân khẩu")`);
});
