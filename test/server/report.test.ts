/**
 * `apiGenerateReport` through the built bundle on the emulator with the sample village (issue 16): a six-month
 * report in the Nghị định 30 layout, its PDF beside it in the spreadsheet's folder, the preview, and the Vietnamese
 * messages of a wrong request (nothing created).
 */
import { callAsScriptRun } from '../../local/bundle';
import { documentToJson } from '../../local/emulator/document';
import { loaded } from '../support/env';

type Result<T> = { ok: true; data: T } | { ok: false; errors: { field: string; message: string }[] };
interface Made {
  docId: string;
  url: string;
  title: string;
  pdfId: string | null;
  pdfUrl: string | null;
  placedBesideSpreadsheet: boolean;
}
function data<T>(r: unknown): T {
  const res = r as Result<T>;
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const { env, bundle } = loaded({ now: () => new Date('2023-12-20T03:00:00Z') });
bundle.setupWorkbook();
bundle.loadSampleVillage();

it('writes the six-month report as a Doc in the ND30 layout, and its PDF beside it', () => {
  const made = data<Made>(
    callAsScriptRun(bundle, 'apiGenerateReport', [{ kind: '6thang', year: 2023, half: 1, issuedOn: '2023-07-05' }]),
  );
  expect(made.title).toBe('Báo cáo sơ kết 6 tháng đầu năm 2023 mô hình Thôn Pác Khuông tự quản về ANTT – 05/07/2023');
  const doc = documentToJson(env.docs.get(made.docId)!);
  expect(doc.page).toMatchObject({ width: 595.28, height: 841.89, marginLeft: 85.04, marginRight: 42.52 });
  const text = doc.body.text;
  expect(text).toContain('BÁO CÁO\nSơ kết 6 tháng đầu năm 2023 mô hình “Thôn Pác Khuông tự quản về ANTT”');
  expect(text).toContain('Kính gửi: Công an xã Thiện Thuật.');
  expect(text).toContain('- Tuần tra, kiểm soát: 10 lượt (cùng kỳ: 10 lượt; bằng cùng kỳ).');
  expect(text).toContain(
    '- Nhắc nhở trường hợp vi phạm: 09 trường hợp (cùng kỳ: 13 trường hợp; giảm bốn trường hợp, tương ứng 30,8%).',
  );
  expect(text).toContain('- Thành viên tham gia tuần tra mới đạt 47,9% (56/117), chưa đạt mục tiêu 80%.');
  expect(made.placedBesideSpreadsheet).toBe(true);
  expect(made.pdfId).not.toBeNull();
  const pdf = env.drive.file(made.pdfId!);
  expect(pdf.getMimeType()).toBe('application/pdf');
  expect(pdf.getName()).toBe(`${made.title}.pdf`);
  const folderOf = (id: string) => env.drive.file(id).parents[0];
  expect(folderOf(made.pdfId!)).toBe(folderOf(made.docId));
  expect(folderOf(made.docId)).toBe(folderOf(env.spreadsheet.getId()));
  expect(made.pdfUrl).toBe(pdf.getUrl());
});

it('previews the report without creating anything', () => {
  const before = env.docs.size;
  const p = data<{ title: string; lines: string[] }>(
    callAsScriptRun(bundle, 'apiPreviewReport', [{ kind: 'nam', year: 2022 }]),
  );
  expect(p.lines).toContain('Tổng kết năm 2022 mô hình “Thôn Pác Khuông tự quản về ANTT”');
  expect(p.lines).toContain('- Tuần tra, kiểm soát: 21 lượt (cùng kỳ: 12 lượt; tăng chín lượt, tương ứng 75%).');
  expect(env.docs.size).toBe(before);
});

it('refuses a wrong request with Vietnamese messages, creating nothing', () => {
  const before = env.docs.size;
  const r = callAsScriptRun(bundle, 'apiGenerateReport', [
    { kind: 'tuan', year: 1990, issuedOn: 'hôm qua' },
  ]) as Result<unknown>;
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors.map((e) => e.field)).toEqual(['kind', 'year', 'issuedOn']);
  expect(r.errors[0].message).toBe('Loại báo cáo: chọn báo cáo tháng, quý, sơ kết 6 tháng hoặc tổng kết năm');
  expect(r.errors[1].message).toBe('Năm: phải là số nguyên từ 2000 đến 2100');
  const month = callAsScriptRun(bundle, 'apiGenerateReport', [
    { kind: 'thang', year: 2023, month: 13, issuedOn: '2023-07-05' },
  ]) as Result<unknown>;
  expect(month.ok ? [] : month.errors.map((e) => e.message)).toEqual(['Tháng: phải là số nguyên từ 1 đến 12']);
  expect(env.docs.size).toBe(before);
});

it('saves the notice as PDF beside its Doc too', () => {
  const made = data<Made>(
    callAsScriptRun(bundle, 'apiGenerateNotice', [{ from: '2021-06-23', to: '2023-06-15', issuedOn: '2023-06-20' }]),
  );
  expect(made.pdfId).not.toBeNull();
  const pdf = env.drive.file(made.pdfId!);
  expect(pdf.getMimeType()).toBe('application/pdf');
  expect(pdf.getName()).toBe(`${made.title}.pdf`);
  expect(pdf.parents).toEqual(env.drive.file(made.docId).parents);
  expect(made.pdfUrl).toBe(pdf.getUrl());
});
