/**
 * The notice holds aggregates only: no name from `Đối tượng giúp đỡ`, `Nhắc nhở`,
 * `Hoà giải` or `Nhân khẩu` of the sample village appears in any text the notice code
 * generates (the model, the template values, the dialog preview, the Doc name) — for the
 * whole period and for each year, and even when a name is typed into a free-text field
 * the notice reads (a session's topics or partners are filtered to list values and
 * organisations; a person's name put into a topic does not come through).
 */
import { computeCompliance } from '../../src/domain/compliance';
import { composeNotice } from '../../src/domain/notice/compose';
import { noticeFacts } from '../../src/domain/notice/facts';
import { noticeTexts } from '../../src/domain/notice/model';
import { placeholderValues } from '../../src/domain/notice/placeholders';
import { keyFigures } from '../../src/domain/notice/preview';
import type { Period, WorkbookData } from '../../src/domain/report';
import { buildPacKhuong } from '../../src/sample/pacKhuong';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleData } from './noticeSample';

/** Every person's name of the four sheets (and the free text of `Nhắc nhở`). */
function protectedNames(): string[] {
  const sheets = buildPacKhuong().sheets;
  const out = new Set<string>();
  const add = (v: unknown) => {
    const s = String(v ?? '').trim();
    if (s) out.add(s);
  };
  for (const r of sheets['Nhân khẩu']) add(r['Họ tên']);
  for (const r of sheets['Đối tượng giúp đỡ']) add(r['Họ tên']);
  for (const r of sheets['Hoà giải']) {
    add(r['Người chủ trì']);
    // "Hộ ông Nguyễn Văn A – hộ ông Trần Văn B": the names after ông/bà.
    for (const part of String(r['Các bên'] ?? '').split(/[–,;-]/))
      add(part.replace(/^\s*(hộ\s+)?(ông|bà|anh|chị)\s+/i, ''));
  }
  for (const r of sheets['Nhắc nhở']) add(r['Mô tả']);
  return [...out];
}

function generatedTexts(data: WorkbookData, period: Period): string[] {
  const report = computeCompliance(data, period);
  const model = composeNotice(data.settings, report, {
    issuedOn: '2023-06-20',
    number: 1,
    facts: noticeFacts(data, period),
  });
  const values = Object.values(
    placeholderValues({ model, settings: data.settings, report, number: 1, issuedOn: '2023-06-20' }),
  ).flat();
  const figures = keyFigures(report, data.settings).flatMap((f) => [f.label, f.value]);
  return [model.docName, ...noticeTexts(model), ...values, ...figures];
}

const names = protectedNames();

it('collects the names to protect from the four sheets', () => {
  const sheets = buildPacKhuong().sheets;
  expect(names.length).toBeGreaterThan(sheets['Nhân khẩu'].length * 0.9);
  expect(names).toEqual(expect.arrayContaining(sheets['Đối tượng giúp đỡ'].map((r) => String(r['Họ tên']))));
  // The signer of the seed is not one of the residents of the sample (so the check below can be strict).
  expect(names).not.toContain('Nguyễn Mạnh Tuấn');
});

it.each([
  ['the whole period', SAMPLE_PERIOD],
  ['2021', { from: '2021-01-01', to: '2021-12-31' }],
  ['2022', { from: '2022-01-01', to: '2022-12-31' }],
  ['2023', { from: '2023-01-01', to: '2023-12-31' }],
])('no protected name in any generated text (%s)', (_label, period) => {
  const texts = generatedTexts(sampleData(), period).join('\n');
  const leaked = names.filter((n) => texts.includes(n));
  expect(leaked).toEqual([]);
});

it('keeps a name typed into a session topic or a reminder out of the notice', () => {
  const data = sampleData();
  const supervisedName = data.supervised[0].name;
  const residentName = data.residents[10].name;
  data.sessions[0].topics = `Phòng cháy chữa cháy; vụ việc của ${supervisedName}`;
  data.reminders[0].note = `Nhắc nhở ${residentName}`;
  data.mediations[0].subject = `Hoà giải cho ${residentName}`;
  const texts = generatedTexts(data, SAMPLE_PERIOD).join('\n');
  expect(texts).not.toContain(supervisedName);
  expect(texts).not.toContain(residentName);
  expect(texts).toContain('phòng cháy chữa cháy');
  // The check does see a name where the notice is allowed to write one (the signer, from the settings).
  data.settings.nguoi_ky = residentName;
  expect(names.filter((n) => generatedTexts(data, SAMPLE_PERIOD).join('\n').includes(n))).toEqual([residentName]);
});
