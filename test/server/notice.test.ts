/**
 * apiGenerateNotice through the built bundle on the emulator, with the sample village:
 * the Doc's ND30 layout read back from the document (page, margins, fonts, sizes,
 * alignment, indents, spacing, borderless two-column tables), its text, where it is
 * placed in Drive, the document number, toasts, the number of DocumentApp calls, and
 * failures that leave nothing behind.
 */
import { callAsScriptRun } from '../../local/bundle';
import { documentToJson, type ElementJson, FakeBody } from '../../local/emulator/document';
import { settingDef } from '../../src/domain/settings';
import type { GasEnvironment } from '../../local/emulator';
import { loaded } from '../support/env';

type Result<T> = { ok: true; data: T } | { ok: false; errors: { field: string; message: string }[] };
interface Notice {
  docId: string;
  url: string;
  title: string;
  number: number;
  nextNumber: number;
  usedTemplate: boolean;
  placedBesideSpreadsheet: boolean;
  unreadableRows: number;
  unknownPlaceholders?: string[];
}

const PERIOD = { from: '2021-06-23', to: '2023-06-15' };
const TNR = 'Times New Roman';

function village() {
  const l = loaded();
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  return l;
}

/** The row of a setting in `Cài đặt` and its value cell. */
function settingCell(env: GasEnvironment, key: string) {
  const sheet = env.spreadsheet.getSheetByName('Cài đặt')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === settingDef(key)!.label);
  if (row < 1) throw new Error(`no setting ${key}`);
  return sheet.getRange(row + 1, 2);
}
const setting = (env: GasEnvironment, key: string) => Number(env.counter.quiet(() => settingCell(env, key).getValue()));
const setSetting = (env: GasEnvironment, key: string, v: unknown) =>
  env.counter.quiet(() => settingCell(env, key).setValue(v));

function generate(bundle: ReturnType<typeof loaded>['bundle'], input: Record<string, unknown> = {}): Result<Notice> {
  return callAsScriptRun(bundle, 'apiGenerateNotice', [
    { ...PERIOD, issuedOn: '2023-06-20', ...input },
  ]) as Result<Notice>;
}
function ok(r: Result<Notice>): Notice {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

/** Paragraphs (in tables too) with their text, paragraph attributes and the attributes of their runs. */
function paragraphs(el: ElementJson): ElementJson[] {
  if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') return [el];
  return (el.children ?? []).flatMap(paragraphs);
}
const runsOf = (p: ElementJson) => (p.children ?? []).flatMap((c) => c.runs ?? []);
/** The one value of a character attribute over a paragraph's runs (throws when mixed). */
function char(p: ElementJson, key: string): unknown {
  const values = new Set(runsOf(p).map((r) => r.attributes[key]));
  if (values.size !== 1) throw new Error(`${p.text}: ${key} is ${[...values].join('/')}`);
  return [...values][0];
}
const style = (p: ElementJson) => ({
  text: p.text,
  size: char(p, 'FONT_SIZE'),
  bold: char(p, 'BOLD'),
  italic: char(p, 'ITALIC'),
  align: p.attributes.HORIZONTAL_ALIGNMENT,
});

describe('apiGenerateNotice, built-in layout', () => {
  const { env, bundle } = village();
  const folder = env.drive.registerFolder({ name: 'ANTT thôn Pác Khuông' });
  env.drive.file(env.spreadsheet.getId()).parents = [folder.id];
  env.counter.reset();
  const data = ok(generate(bundle));
  const doc = documentToJson(env.docs.get(data.docId)!);
  const body = doc.body.children!;
  const all = paragraphs(doc.body);

  it('returns the Doc, its title and link', () => {
    expect(data).toMatchObject({
      title: 'Thông báo kết quả mô hình Thôn Pác Khuông tự quản về ANTT – 20/06/2023',
      number: 1,
      nextNumber: 2,
      usedTemplate: false,
      placedBesideSpreadsheet: true,
      unreadableRows: 0,
    });
    expect(data.url).toContain(data.docId);
    expect(doc.name).toBe(data.title);
    expect(data.unknownPlaceholders).toBeUndefined();
  });

  it('is A4 (595,28 × 841,89 pt) with margins 20/20/30/15 mm', () => {
    expect(doc.page).toEqual({
      width: 595.28,
      height: 841.89,
      marginTop: 56.69,
      marginBottom: 56.69,
      marginLeft: 85.04,
      marginRight: 42.52,
    });
  });

  it('writes every run in Times New Roman, black', () => {
    for (const p of all)
      for (const r of runsOf(p))
        expect([r.text, r.attributes.FONT_FAMILY, r.attributes.FOREGROUND_COLOR]).toEqual([r.text, TNR, '#000000']);
    expect(all.filter((p) => runsOf(p).length > 0).length).toBeGreaterThan(40);
  });

  it('opens with a borderless two-column header table (agencies and number | nation, motto, place-date)', () => {
    const table = body[0];
    expect(table.type).toBe('TABLE');
    expect(table.attributes.BORDER_WIDTH).toBe(0);
    expect(table.children).toHaveLength(1);
    const [left, right] = table.children![0].children!;
    expect(table.children![0].children).toHaveLength(2);
    expect(Object.values(table.columnWidths!).reduce((a, b) => a + b, 0)).toBeCloseTo(467.72, 1);
    expect(left.attributes).toMatchObject({ PADDING_LEFT: 0, PADDING_RIGHT: 0, VERTICAL_ALIGNMENT: 'TOP' });
    const l = left.children!.map(style);
    expect(l[0]).toEqual({ text: 'UBND HUYỆN BÌNH GIA', size: 13, bold: false, italic: false, align: 'CENTER' });
    expect(l[1]).toEqual({ text: 'BAN CHỈ ĐẠO 138', size: 13, bold: true, italic: false, align: 'CENTER' });
    expect(l[2].text).toMatch(/^—+$/);
    expect(l[3]).toEqual({ text: 'Số: 01/TB-BCĐ', size: 13, bold: false, italic: false, align: 'CENTER' });
    const r = right.children!.map(style);
    expect(r[0]).toEqual({
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      size: 13,
      bold: true,
      italic: false,
      align: 'CENTER',
    });
    expect(r[1]).toEqual({ text: 'Độc lập - Tự do - Hạnh phúc', size: 14, bold: true, italic: false, align: 'CENTER' });
    expect(r[2].text).toMatch(/^—+$/);
    expect(r[3]).toEqual({
      text: 'Bình Gia, ngày 20 tháng 6 năm 2023',
      size: 14,
      bold: false,
      italic: true,
      align: 'CENTER',
    });
  });

  it('has the title and subject centred in bold 14', () => {
    const i = body.findIndex((e) => e.text === 'THÔNG BÁO');
    expect(style(body[i])).toEqual({ text: 'THÔNG BÁO', size: 14, bold: true, italic: false, align: 'CENTER' });
    expect(style(body[i + 1])).toMatchObject({ size: 14, bold: true, align: 'CENTER' });
    expect(body[i + 1].text).toMatch(
      /^Kết quả, kinh nghiệm xây dựng thực hiện mô hình “Tự quản về an ninh trật tự” thôn Pác Khuông/,
    );
  });

  it('sets the body in 14, justified, first line indented 1,27 cm (36 pt), ≥ 6 pt after, headings bold', () => {
    const headings = body.filter((e) => /^\d\. /.test(e.text ?? ''));
    expect(headings.map((h) => h.text)).toEqual([
      '1. Đặc điểm tình hình',
      '2. Công tác chỉ đạo, triển khai thực hiện mô hình',
      '3. Kết quả hoạt động của mô hình',
      '4. Một số kinh nghiệm trong công tác xây dựng, thực hiện mô hình',
    ]);
    for (const h of headings) expect(style(h)).toMatchObject({ size: 14, bold: true, align: 'JUSTIFY' });
    const first = body.indexOf(headings[0]);
    const closing = body.findIndex((e) => (e.text ?? '').endsWith('./.'));
    expect(closing).toBeGreaterThan(first);
    const prose = body.slice(first, closing + 1).filter((e) => e.type === 'PARAGRAPH');
    expect(prose.length).toBeGreaterThan(15);
    for (const p of prose) {
      expect([
        p.text?.slice(0, 30),
        p.attributes.HORIZONTAL_ALIGNMENT,
        p.attributes.INDENT_FIRST_LINE,
        char(p, 'FONT_SIZE'),
      ]).toEqual([p.text?.slice(0, 30), 'JUSTIFY', 36, 14]);
      expect(p.attributes.SPACING_AFTER as number).toBeGreaterThanOrEqual(6);
    }
    expect(prose.filter((p) => !headings.includes(p)).every((p) => char(p, 'BOLD') === false)).toBe(true);
  });

  it('states the seed figures in section 3', () => {
    const start = body.findIndex((e) => e.text === '3. Kết quả hoạt động của mô hình');
    const end = body.findIndex((e) => (e.text ?? '').startsWith('4. '));
    const s3 = body
      .slice(start + 1, end)
      .map((e) => e.text)
      .join(' ');
    for (const f of [
      'trên 90%',
      '91,5%',
      'ký cam kết 100% hộ gia đình',
      'định danh điện tử',
      'Phối hợp quản lý giáo dục 02 đối tượng tù tha, 02 án treo',
      '05 mắt Camera',
      'tuần tra, kiểm soát 43 lượt với 209 lượt thành viên tham gia, nhắc nhở 43 trường hợp',
      '07 trường hợp lấn chiếm lòng đường, vỉa hè; 05 trường hợp xả rác',
      '05 buổi với 1.700 học sinh',
      'Lễ hội Háng Pò',
    ]) {
      expect(s3).toContain(f);
    }
  });

  it('ends with ./. then a borderless table: Nơi nhận (12 bold italic, list 11) left, the signature right', () => {
    const closing = body.findIndex((e) => (e.text ?? '').endsWith('./.'));
    const table = body[closing + 1];
    expect(table.type).toBe('TABLE');
    expect(table.attributes.BORDER_WIDTH).toBe(0);
    const [left, right] = table.children![0].children!;
    const l = left.children!.map(style);
    expect(l[0]).toEqual({ text: 'Nơi nhận:', size: 12, bold: true, italic: true, align: 'LEFT' });
    expect(l.slice(1).map((x) => [x.text, x.size, x.bold])).toEqual([
      ['- Thường trực BCĐ 138 tỉnh;', 11, false],
      ['- BCĐ 138 huyện;', 11, false],
      ['- UBND các xã, thị trấn;', 11, false],
      ['- Lưu: VT, CAH.', 11, false],
    ]);
    const r = right.children!.map(style);
    expect(r.map((x) => [x.text, x.size, x.bold, x.align])).toEqual([
      ['TRƯỞNG BAN', 14, true, 'CENTER'],
      ['CHỦ TỊCH UBND HUYỆN', 14, true, 'CENTER'],
      ['Nguyễn Mạnh Tuấn', 14, true, 'CENTER'],
    ]);
    expect(right.children![2].attributes.SPACING_BEFORE as number).toBeGreaterThanOrEqual(48); // room for the signature
    // Nothing but the empty paragraph Docs keeps after a final table.
    expect(body.slice(closing + 2).map((e) => e.text)).toEqual(['']);
  });

  it('is placed beside the spreadsheet, saved and closed', () => {
    expect(env.drive.parentNames(data.docId)).toEqual(['ANTT thôn Pác Khuông']);
    expect(env.docs.get(data.docId)!.closed).toBe(true);
  });

  it('advances the next number after success', () => {
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(2);
  });

  it('shows progress in toasts', () => {
    expect(env.ui.toasts.map((t) => t.message)).toEqual([
      'Đang đọc số liệu…',
      'Đang tạo văn bản Google Docs…',
      `Đã tạo "${data.title}".`,
    ]);
  });

  it('uses one appendParagraph and one setAttributes per paragraph: no call per word or per run', () => {
    const calls = env.counter.byMethod('DocumentApp');
    const count = all.length;
    expect(Object.keys(calls).filter((m) => m.startsWith('Text.'))).toEqual([]);
    expect(calls['Paragraph.setAttributes']).toBe(count);
    expect((calls['Body.appendParagraph'] ?? 0) + (calls['TableCell.appendParagraph'] ?? 0)).toBeLessThan(count);
    const total = env.counter.count({ service: 'DocumentApp' });
    expect(total).toBeLessThan(3 * count);
    expect(total).toBeLessThan(200);
  });
});

describe('apiGenerateNotice: number, placement, failures', () => {
  it('writes the number given, moves the next number up (never down)', () => {
    const { env, bundle } = village();
    const first = ok(generate(bundle, { number: 7 }));
    expect([first.number, first.nextNumber, setting(env, 'so_van_ban_tiep_theo')]).toEqual([7, 8, 8]);
    expect(documentToJson(env.docs.get(first.docId)!).body.children![0].text).toContain('Số: 07/TB-BCĐ');
    const again = ok(generate(bundle, { number: '3' }));
    expect([again.number, again.nextNumber, setting(env, 'so_van_ban_tiep_theo')]).toEqual([3, 8, 8]);
    const next = ok(generate(bundle));
    expect([next.number, next.nextNumber]).toEqual([8, 9]);
  });

  it('refuses bad input with field errors, creating nothing and keeping the number', () => {
    const { env, bundle } = village();
    const docs = env.docs.size;
    const r = generate(bundle, { issuedOn: '', number: 'abc', to: '2020-01-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['to', 'issuedOn', 'number']);
    expect(env.docs.size).toBe(docs);
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
  });

  it('refuses a period that ends before the founding day (23/06/2021), in the preview too', () => {
    const { env, bundle } = village();
    const docs = env.docs.size;
    const early = { from: '2020-01-01', to: '2020-01-31' };
    for (const r of [
      generate(bundle, { ...early, issuedOn: '2020-02-05' }),
      callAsScriptRun(bundle, 'apiPreviewNotice', [early]) as Result<unknown>,
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors.map((e) => e.field)).toEqual(['to']);
        expect(r.errors[0].message).toContain('trước ngày thành lập mô hình (23/06/2021');
      }
    }
    expect(env.docs.size).toBe(docs);
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
    expect(ok(generate(bundle, { from: '2020-01-01', to: '2021-06-23' })).number).toBe(1);
  });

  it('refuses two issuers: district rows kept under "từ 01/7/2025" are named, the preview warns', () => {
    const { env, bundle } = village();
    const docs = env.docs.size;
    env.counter.quiet(() => settingCell(env, 'cap_hanh_chinh').setValue('từ 01/7/2025'));
    const preview = callAsScriptRun(bundle, 'apiPreviewNotice', [PERIOD]) as Result<{ warnings: string[] }>;
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.data.warnings).toHaveLength(1);
    expect(preview.data.warnings[0]).toContain('Cơ quan chủ quản (“UBND HUYỆN BÌNH GIA”)');
    // As the dialog sends it: its authority and recipients prefilled from the rows.
    const r = generate(bundle, { authority: 'TRƯỞNG BAN', recipients: ['BCĐ 138 huyện', 'Lưu: VT, CAH'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual(['authority', 'recipients', 'settings']);
      expect(r.errors[2].message).toContain('Cơ quan ban hành (“BAN CHỈ ĐẠO 138”)');
      expect(r.errors[2].message).toContain('Chức vụ kiêm nhiệm (“CHỦ TỊCH UBND HUYỆN”)');
    }
    expect(env.docs.size).toBe(docs);
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
    // Rows fixed (blank: the commune preset): made, with one issuer.
    for (const k of ['co_quan_chu_quan', 'co_quan_ban_hanh', 'ky_hieu_van_ban', 'dia_danh', 'tham_quyen_ky'])
      setSetting(env, k, '');
    setSetting(env, 'chuc_vu_kiem_nhiem', '');
    setSetting(env, 'noi_nhan', '');
    const made = ok(generate(bundle, { issuedOn: '2025-08-01', to: '2025-07-31' }));
    const text = documentToJson(env.docs.get(made.docId)!)
      .body.children!.map((c) => c.text)
      .join('\n');
    expect(text).toContain('CÔNG AN XÃ THIỆN THUẬT');
    expect(text).toContain('Công an xã Thiện Thuật thông báo');
    expect(text).not.toMatch(/huyện|HUYỆN|138|CAH/);
  });

  it("stays in the user's Drive when the spreadsheet's folder is not writable, and says so", () => {
    const { env, bundle } = village();
    const shared = env.drive.registerFolder({ name: 'Thư mục được chia sẻ', writable: false });
    env.drive.file(env.spreadsheet.getId()).parents = [shared.id];
    const data = ok(generate(bundle));
    expect(data.placedBesideSpreadsheet).toBe(false);
    expect(env.drive.parentNames(data.docId)).toEqual(['My Drive']);
    expect(env.ui.toasts[env.ui.toasts.length - 1].message).toContain(
      'Không đặt được văn bản vào thư mục của bảng tính',
    );
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(2);
  });

  it('trashes a half-written Doc and keeps the number when writing fails', () => {
    const { env, bundle } = village();
    const proto = FakeBody.prototype as unknown as { appendTable: (...a: unknown[]) => unknown };
    const real = proto.appendTable;
    proto.appendTable = () => {
      throw new Error('Service Documents failed while accessing document');
    };
    try {
      // The guard (src/server/guard.ts) turns the raw English error into a Vietnamese one.
      expect(() => generate(bundle)).toThrow('Đã xảy ra lỗi không mong muốn');
    } finally {
      proto.appendTable = real;
    }
    const made = [...env.docs.keys()];
    expect(made).toHaveLength(1);
    expect(env.drive.file(made[0]).trashed).toBe(true);
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
  });
});

describe('custom template', () => {
  function withTemplate(opts: { folderWritable?: boolean; templateFolderWritable?: boolean } = {}) {
    const l = village();
    const { env } = l;
    const app = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const tplId = env.counter.quiet(() => {
      const tpl = app.create('Mẫu thông báo của huyện');
      const body = tpl.getBody();
      body.getChild(0).asParagraph().setText('Số: {{so_ky_hieu}}');
      body.appendParagraph('{{ dia_danh_ngay }}');
      body.appendParagraph(
        'Có {{so_ho}} hộ; {{ty_le_cam_ket}} ký cam kết; giá $1 \\ {{so_camera}} camera; {{so_ho}} hộ.',
      );
      body.appendParagraph('{{muc_3}}').setAttributes({
        FONT_FAMILY: TNR,
        FONT_SIZE: 14,
        INDENT_FIRST_LINE: 36,
        HORIZONTAL_ALIGNMENT: app.HorizontalAlignment.JUSTIFY,
      });
      body.appendParagraph('Các mục lạ: {{khong_co}} và {{la_gi}}.');
      body.appendTable([['{{noi_nhan}}', '{{nguoi_ky}}']]);
      tpl.addHeader().appendParagraph('{{co_quan_ban_hanh}}');
      tpl.saveAndClose();
      return tpl.getId();
    });
    const ssFolder = env.drive.registerFolder({ name: 'Thư mục bảng tính', writable: opts.folderWritable ?? true });
    env.drive.file(env.spreadsheet.getId()).parents = [ssFolder.id];
    const tplFolder = env.drive.registerFolder({ name: 'Mẫu', writable: opts.templateFolderWritable ?? true });
    env.drive.file(tplId).parents = [tplFolder.id];
    setSetting(env, 'mau_thong_bao', `https://docs.google.com/document/d/${tplId}/edit`);
    return { ...l, tplId };
  }
  const texts = (el: ElementJson) => paragraphs(el).map((p) => p.text);

  it('copies the template beside the spreadsheet, fills each known placeholder, leaves and reports others', () => {
    const { env, bundle, tplId } = withTemplate();
    const data = ok(generate(bundle, { useTemplate: true }));
    expect(data).toMatchObject({
      usedTemplate: true,
      placedBesideSpreadsheet: true,
      unknownPlaceholders: ['khong_co', 'la_gi'],
      number: 1,
      nextNumber: 2,
    });
    expect(data.docId).not.toBe(tplId);
    expect(env.drive.parentNames(data.docId)).toEqual(['Thư mục bảng tính']);
    const copy = documentToJson(env.docs.get(data.docId)!);
    expect(copy.name).toBe(data.title);
    const lines = texts(copy.body);
    expect(lines.slice(0, 3)).toEqual([
      'Số: 01/TB-BCĐ',
      'Bình Gia, ngày 20 tháng 6 năm 2023',
      'Có 106 hộ; 100% ký cam kết; giá $1 \\ 05 camera; 106 hộ.',
    ]);
    // {{muc_3}} alone in its paragraph: one paragraph per paragraph of section 3, each with the placeholder's style.
    const s3 = lines.slice(3, lines.indexOf('Các mục lạ: {{khong_co}} và {{la_gi}}.'));
    expect(s3).toHaveLength(3);
    expect(s3[0]).toMatch(/^Từ khi thành lập \(ngày 23\/6\/2021\)/);
    expect(s3.join(' ')).toContain('05 buổi với 1.700 học sinh');
    for (const p of paragraphs(copy.body).slice(3, 6))
      expect([p.attributes.INDENT_FIRST_LINE, p.attributes.HORIZONTAL_ALIGNMENT, char(p, 'FONT_SIZE')]).toEqual([
        36,
        'JUSTIFY',
        14,
      ]);
    // {{noi_nhan}} in a table cell; {{nguoi_ky}} inline.
    expect(lines).toEqual(
      expect.arrayContaining(['- Thường trực BCĐ 138 tỉnh;', '- Lưu: VT, CAH.', 'Nguyễn Mạnh Tuấn']),
    );
    expect(texts(copy.header!)).toContain('BAN CHỈ ĐẠO 138');
    expect(lines.join('\n')).not.toMatch(/\{\{(?!khong_co|la_gi)/);
    // The template itself is unchanged.
    expect(texts(documentToJson(env.docs.get(tplId)!).body)[0]).toBe('Số: {{so_ky_hieu}}');
    expect(env.ui.toasts[env.ui.toasts.length - 1].message).toContain(
      'Mẫu có 2 chỗ điền không nhận ra: {{khong_co}}, {{la_gi}}',
    );
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(2);
  });

  it('builds the copy with DocumentApp when Drive refuses to copy it', () => {
    const { env, bundle } = withTemplate({ folderWritable: false, templateFolderWritable: false });
    const data = ok(generate(bundle, { useTemplate: true }));
    expect(data).toMatchObject({
      usedTemplate: true,
      placedBesideSpreadsheet: false,
      unknownPlaceholders: ['khong_co', 'la_gi'],
    });
    const copy = documentToJson(env.docs.get(data.docId)!);
    expect(texts(copy.body)[0]).toBe('Số: 01/TB-BCĐ');
    expect(texts(copy.header!)).toContain('BAN CHỈ ĐẠO 138');
    expect(env.drive.parentNames(data.docId)).toEqual(['My Drive']);
  });

  it('says so when there is no template, or it cannot be opened — and creates nothing', () => {
    const { env, bundle } = withTemplate();
    const docs = env.docs.size;
    setSetting(env, 'mau_thong_bao', '');
    expect(generate(bundle, { useTemplate: true })).toEqual({
      ok: false,
      errors: [{ field: 'useTemplate', message: 'Chưa có Mẫu thông báo (đường dẫn Google Docs) trong trang Cài đặt' }],
    });
    setSetting(env, 'mau_thong_bao', 'mẫu ở đâu đó');
    expect(generate(bundle, { useTemplate: true })).toMatchObject({
      ok: false,
      errors: [{ field: 'useTemplate', message: expect.stringContaining('không phải đường dẫn Google Docs') }],
    });
    setSetting(env, 'mau_thong_bao', 'https://docs.google.com/document/d/doc-999999/edit');
    expect(generate(bundle, { useTemplate: true })).toEqual({
      ok: false,
      errors: [{ field: 'useTemplate', message: UNREADABLE }],
    });
    expect(env.docs.size).toBe(docs);
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
  });
});

const UNREADABLE =
  'Không mở được Mẫu thông báo ghi trong trang Cài đặt: không có tệp này, hoặc bạn không có quyền xem nó.';
const OWNER = 'thuky@example.com';
const OTHER = 'pho.ban@example.com';
type Info = { title: string; owner: string; lines: string[]; trusted: boolean; reason: string; unknown: string[] };

describe('custom template from a trusted place only', () => {
  /** The sample village, the spreadsheet in its own folder, and `makeDoc`: a Doc made by a user, in a folder. */
  function setup() {
    const l = village();
    const { env } = l;
    const folder = env.drive.registerFolder({ name: 'ANTT thôn Pác Khuông' });
    env.drive.file(env.spreadsheet.getId()).parents = [folder.id];
    const app = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const makeDoc = (owner: string, title: string, paragraphs: string[], parentId?: string) => {
      env.setUser(owner);
      const id = env.counter.quiet(() => {
        const doc = app.create(title);
        const body = doc.getBody();
        body.getChild(0).asParagraph().setText(paragraphs[0]);
        for (const p of paragraphs.slice(1)) body.appendParagraph(p);
        doc.saveAndClose();
        return doc.getId();
      });
      env.setUser(OWNER);
      if (parentId) env.drive.file(id).parents = [parentId];
      setSetting(env, 'mau_thong_bao', `https://docs.google.com/document/d/${id}/edit`);
      return id;
    };
    const info = () => callAsScriptRun(l.bundle, 'apiTemplateInfo', []) as Result<Info>;
    return { ...l, folder, makeDoc, info };
  }
  const PARAGRAPHS = ['Số: {{so_ky_hieu}}', '', '  ', 'THÔNG BÁO', 'Kết quả: {{muc_3}} {{la_gi}}', 'Dòng thứ tư'];

  it("uses the spreadsheet owner's Doc (outside the spreadsheet's folder), and says why", () => {
    const { env, bundle, makeDoc, info } = setup();
    makeDoc(OWNER, 'Mẫu của thư ký', PARAGRAPHS);
    expect(info()).toEqual({
      ok: true,
      data: {
        title: 'Mẫu của thư ký',
        owner: OWNER,
        lines: ['Số: {{so_ky_hieu}}', 'THÔNG BÁO', 'Kết quả: {{muc_3}} {{la_gi}}'],
        trusted: true,
        reason: `Mẫu của chủ bảng tính (${OWNER}).`,
        unknown: ['la_gi'],
      },
    });
    const data = ok(generate(bundle, { useTemplate: true }));
    expect(data).toMatchObject({ usedTemplate: true, number: 1, unknownPlaceholders: ['la_gi'] });
    expect(documentToJson(env.docs.get(data.docId)!).body.children![0].text).toBe('Số: 01/TB-BCĐ');
  });

  it("refuses another editor's Doc outside the spreadsheet's folder: nothing created, the number kept", () => {
    const { env, bundle, makeDoc, info } = setup();
    makeDoc(OTHER, 'Mẫu tự làm', ['Nội dung bất kỳ: {{so_ho}} hộ']);
    const reason = `Mẫu thuộc ${OTHER}, không phải chủ bảng tính (${OWNER}), và không nằm trong thư mục của bảng tính.`;
    expect(info()).toMatchObject({ ok: true, data: { title: 'Mẫu tự làm', owner: OTHER, trusted: false, reason } });
    const docs = env.docs.size;
    const files = env.drive.files.size;
    // The editor who wrote the setting runs it: still refused (the spreadsheet's owner decides, not the caller).
    for (const user of [OWNER, OTHER]) {
      env.setUser(user);
      env.counter.reset();
      expect(generate(bundle, { useTemplate: true })).toEqual({
        ok: false,
        errors: [
          {
            field: 'useTemplate',
            message:
              `Không dùng được Mẫu thông báo ghi trong trang Cài đặt: ${reason} ` +
              'Chỉ dùng mẫu của chủ bảng tính, hoặc mẫu nằm trong thư mục của bảng tính.',
          },
        ],
      });
      expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(1); // the reading toast only
      expect(env.counter.count({ service: 'DocumentApp', kind: 'write' })).toBe(0);
      expect(env.counter.byMethod('DriveApp')).toMatchObject({ 'DriveApp.getFileById': 2, 'File.getOwner': 2 });
    }
    env.setUser(OWNER);
    expect([env.docs.size, env.drive.files.size]).toEqual([docs, files]);
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
  });

  it("does not count a user's My Drive as the spreadsheet's folder", () => {
    const { env, bundle, makeDoc } = setup();
    env.drive.file(env.spreadsheet.getId()).parents = [env.drive.root.id];
    const id = makeDoc(OTHER, 'Mẫu trong My Drive', ['{{so_ho}}']);
    expect(env.drive.parentNames(id)).toEqual(['My Drive']);
    expect(generate(bundle, { useTemplate: true })).toMatchObject({
      ok: false,
      errors: [{ field: 'useTemplate', message: expect.stringContaining(`Mẫu thuộc ${OTHER}`) }],
    });
  });

  it("uses a Doc of someone else that sits in the spreadsheet's folder", () => {
    const { env, bundle, folder, makeDoc, info } = setup();
    makeDoc(OTHER, 'Mẫu của huyện', ['Số: {{so_ky_hieu}}'], folder.id);
    expect(info()).toMatchObject({
      ok: true,
      data: { owner: OTHER, trusted: true, reason: 'Mẫu nằm trong thư mục của bảng tính ("ANTT thôn Pác Khuông").' },
    });
    const data = ok(generate(bundle, { useTemplate: true }));
    expect(documentToJson(env.docs.get(data.docId)!).body.children![0].text).toBe('Số: 01/TB-BCĐ');
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(2);
  });

  it('gives the first lines as they are (the page escapes them), reading and writing nothing else', () => {
    const { env, makeDoc, info } = setup();
    const long = `${'Rất dài '.repeat(40)}hết`;
    makeDoc(OWNER, '<b>Mẫu</b>', ['', '<img src=x onerror=alert(1)>', long, 'Ba', 'Bốn']);
    env.counter.reset();
    const r = info();
    if (!r.ok) throw new Error('not ok');
    expect(r.data.title).toBe('<b>Mẫu</b>');
    expect(r.data.lines).toEqual(['<img src=x onerror=alert(1)>', `${long.slice(0, 199)}…`, 'Ba']);
    expect(r.data.lines[1]).toHaveLength(200);
    expect(env.counter.count({ kind: 'write' })).toBe(0);
    // One read per question: no call per paragraph.
    expect(env.counter.byMethod('DocumentApp')).toEqual({
      'DocumentApp.openById': 1,
      'Document.getBody': 1,
      'Body.getText': 1,
      'Document.getHeader': 1,
      'Document.getFooter': 1,
    });
    // The template's file and the spreadsheet's: owner and folders (each with one parent), the root left out.
    expect(env.counter.byMethod('DriveApp')).toEqual({
      'DriveApp.getFileById': 2,
      'File.getName': 1,
      'File.isTrashed': 1,
      'File.getMimeType': 1,
      'File.getOwner': 2,
      'User.getEmail': 2,
      'File.getParents': 2,
      'FolderIterator.hasNext': 4,
      'FolderIterator.next': 2,
      'Folder.getId': 3,
      'Folder.getName': 2,
      'DriveApp.getRootFolder': 1,
    });
  });

  it('names a Doc in the bin, a file that is not a Doc, and a Doc Drive does not show', () => {
    const { env, bundle, folder, makeDoc, info } = setup();
    const binned = makeDoc(OWNER, 'Mẫu cũ', ['{{so_ho}}']);
    env.drive.file(binned).trashed = true;
    const inBin = 'Mẫu thông báo ghi trong trang Cài đặt ("Mẫu cũ") đang nằm trong thùng rác.';
    expect(info()).toEqual({ ok: false, errors: [{ field: 'useTemplate', message: inBin }] });
    expect(generate(bundle, { useTemplate: true })).toEqual({
      ok: false,
      errors: [{ field: 'useTemplate', message: inBin }],
    });
    const pdf = env.drive.registerFile({
      name: 'Mẫu.pdf',
      mimeType: 'application/pdf',
      parentId: folder.id,
      id: 'file-mau-pdf-0000000001',
    });
    setSetting(env, 'mau_thong_bao', `https://drive.google.com/file/d/${pdf.id}/view`);
    expect(info()).toEqual({
      ok: false,
      errors: [
        {
          field: 'useTemplate',
          message: 'Mẫu thông báo ghi trong trang Cài đặt ("Mẫu.pdf") không phải một tệp Google Docs.',
        },
      ],
    });
    // The drive.file scope: DocumentApp opens the Doc, DriveApp does not show its owner or folders.
    const hidden = makeDoc(OWNER, 'Mẫu không thấy trên Drive', ['Dòng đầu']);
    env.drive.file(hidden).hiddenFromDriveApp = true;
    const r = info();
    expect(r).toMatchObject({ ok: true, data: { title: 'Mẫu không thấy trên Drive', owner: '', trusted: false } });
    if (r.ok) expect(r.data.reason).toMatch(/^Drive không cho tiện ích xem chủ sở hữu và thư mục của mẫu/);
    expect(generate(bundle, { useTemplate: true })).toMatchObject({ ok: false, errors: [{ field: 'useTemplate' }] });
    setSetting(env, 'mau_thong_bao', 'https://docs.google.com/document/d/doc-999999/edit');
    expect(info()).toEqual({ ok: false, errors: [{ field: 'useTemplate', message: UNREADABLE }] });
    expect(setting(env, 'so_van_ban_tiep_theo')).toBe(1);
  });
});

describe('menu and dialog', () => {
  it('has "Tạo thông báo" in the menu; menuNotice opens the dialog with what it needs inlined', () => {
    const { env, bundle } = village();
    bundle.onOpen();
    const items = env.ui.menus[env.ui.menus.length - 1].items as {
      type: string;
      caption?: string;
      functionName?: string;
    }[];
    expect(items).toEqual(
      expect.arrayContaining([{ type: 'item', caption: 'Tạo thông báo', functionName: 'menuNotice' }]),
    );
    bundle.menuNotice();
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Tạo thông báo');
    for (const s of [
      '"nextNumber":1',
      '"symbol":"TB-BCĐ"',
      '"signer":"Nguyễn Mạnh Tuấn"',
      '"authority":"TRƯỞNG BAN"',
      '"preset":"founding"',
      '"foundedOn":"2021-06-23"',
      '"key":"so_ho"',
    ])
      expect(dialog.html).toContain(s);
    expect(dialog.html).toContain('"key":"ty_le_cam_ket"');
  });

  it('apiPreviewNotice gives the key figures and section 3 of a period, writing nothing', () => {
    const { env, bundle } = village();
    const docs = env.docs.size;
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiPreviewNotice', [PERIOD]) as Result<{
      figures: { label: string; value: string }[];
      results: string[];
      unreadableRows: number;
    }>;
    if (!r.ok) throw new Error('not ok');
    expect(r.data.figures).toEqual(
      expect.arrayContaining([
        { label: 'Hộ gia đình tham gia sinh hoạt, tuyên truyền', value: '91,5% (97/106)' },
        { label: 'Lượt học sinh dự tuyên truyền', value: '1.700' },
      ]),
    );
    expect(r.data.results.join(' ')).toContain('tuần tra, kiểm soát 43 lượt với 209 lượt thành viên tham gia');
    expect(env.docs.size).toBe(docs);
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
    expect(env.counter.count({ service: 'DocumentApp' })).toBe(0);
    expect(callAsScriptRun(bundle, 'apiPreviewNotice', [{ from: 'x', to: '2023-01-01' }])).toMatchObject({
      ok: false,
      errors: [{ field: 'from' }],
    });
  });
});
