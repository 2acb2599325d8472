/**
 * The TT 124/2021 self-assessment through the built bundle on the emulator with the sample village up to 07/12/2026
 * (issue 17): `apiAssessTt124` judges the five criteria from one read of the workbook and writes nothing;
 * `apiGenerateTt124` writes the Doc "Bản tự đánh giá" in the Nghị định 30 layout beside the spreadsheet, and its PDF;
 * no incident summary or handler reaches either; a wrong request gets Vietnamese messages and creates nothing.
 */
import { callAsScriptRun } from '../../local/bundle';
import { documentToJson } from '../../local/emulator/document';
import { loaded, snapshot } from '../support/env';

type Result<T> = { ok: true; data: T } | { ok: false; errors: { field: string; message: string }[] };
interface Assessment {
  period: { from: string; to: string };
  overall: string;
  criteria: { number: number; status: string; reason: string; evidence: { label: string; count: number }[] }[];
}
interface Made {
  docId: string;
  url: string;
  title: string;
  pdfId: string | null;
  placedBesideSpreadsheet: boolean;
  overall: string;
}
function data<T>(r: unknown): T {
  const res = r as Result<T>;
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const { env, bundle } = loaded({ now: () => new Date('2026-12-07T03:00:00Z') });
bundle.setupWorkbook();
bundle.loadSampleVillage();
/** The free text of every incident of the sample: its summary and its note (who handled it is a team here). */
const freeText = env.counter.quiet(() => {
  const rows = env.spreadsheet.getSheetByName('Vụ việc')!.getDataRange().getValues();
  const h = rows[0].map(String);
  return rows
    .slice(1)
    .flatMap((r) => ['Tóm tắt', 'Ghi chú'].map((c) => String(r[h.indexOf(c)] ?? '')))
    .filter((s) => s.length > 3);
});

it('assesses 2025 from the records, writing nothing', () => {
  expect(freeText.length).toBeGreaterThan(10);
  const before = snapshot(env);
  env.counter.reset();
  const a = data<Assessment>(callAsScriptRun(bundle, 'apiAssessTt124', [{ year: 2025, policy: 'met' }]));
  expect(a.period).toEqual({ from: '2024-11-01', to: '2025-10-31' });
  expect(a.criteria.map((c) => c.status)).toEqual(EXPECTED_2025);
  expect(a.overall).toBe('notMet');
  expect(a.criteria[0].evidence.map((e) => [e.label, e.count]).slice(2)).toEqual([
    ['Hộ đang cư trú ngày 31/10/2025', 106],
    ['Hộ đã ký cam kết Khu dân cư an toàn về ANTT năm 2025', 106],
  ]);
  const text = JSON.stringify(a);
  for (const s of freeText) expect([s, text.includes(s)]).toEqual([s, false]);
  expect(env.counter.log.filter((c) => /set|append|insert|delete|create/i.test(c.method))).toEqual([]);
  expect(snapshot(env)).toEqual(before);
});

it('writes the Doc "Bản tự đánh giá" in the ND30 layout beside the spreadsheet, and its PDF', () => {
  const made = data<Made>(
    callAsScriptRun(bundle, 'apiGenerateTt124', [{ year: 2025, policy: 'met', issuedOn: '2025-11-05' }]),
  );
  expect(made.title).toBe('Bản tự đánh giá khu dân cư an toàn về ANTT năm 2025 – Thôn Pác Khuông – 05/11/2025');
  expect(made.overall).toBe('notMet');
  const doc = documentToJson(env.docs.get(made.docId)!);
  expect(doc.page).toMatchObject({ width: 595.28, height: 841.89, marginLeft: 85.04, marginRight: 42.52 });
  const text = doc.body.text ?? '';
  expect(text).toContain(
    'BẢN TỰ ĐÁNH GIÁ\nKết quả thực hiện các tiêu chí khu dân cư “An toàn về an ninh, trật tự” năm 2025',
  );
  expect(text).toContain('Kính gửi: Ủy ban nhân dân xã Thiện Thuật.');
  expect(text).toContain('từ ngày 01/11/2024 đến ngày 31/10/2025 (mốc thời gian đánh giá tại điểm a khoản 2 Điều 8');
  expect(text).toContain('III. Kết luận');
  for (const s of freeText) expect([s, text.includes(s)]).toEqual([s, false]);
  const folderOf = (id: string) => env.drive.file(id).parents[0];
  expect(made.placedBesideSpreadsheet).toBe(true);
  expect(folderOf(made.docId)).toBe(folderOf(env.spreadsheet.getId()));
  expect(made.pdfId).not.toBeNull();
  expect(env.drive.file(made.pdfId!).getName()).toBe(`${made.title}.pdf`);
});

it('refuses a wrong request with Vietnamese messages naming the field, creating nothing', () => {
  const before = env.docs.size;
  const r = callAsScriptRun(bundle, 'apiGenerateTt124', [
    { year: 2019, to: '31/10/2025', policy: 'tốt', issuedOn: '' },
  ]) as Result<unknown>;
  expect(r.ok ? [] : r.errors).toEqual([
    { field: 'year', message: 'Năm đánh giá: phải là số nguyên từ 2022 đến 2100' },
    { field: 'to', message: 'Đến ngày: "31/10/2025" không phải ngày hợp lệ' },
    { field: 'policy', message: 'Tự nhận xét tiêu chí 2: chọn Đạt, Chưa đạt hoặc để trống' },
    { field: 'issuedOn', message: 'Ngày ban hành: không được để trống' },
  ]);
  expect(env.docs.size).toBe(before);
});

const EXPECTED_2025 = ['met', 'met', 'notMet', 'notMet', 'met'];
