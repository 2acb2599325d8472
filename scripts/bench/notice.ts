/**
 * Bench section of issue 5: the notice. Time to compose it (Node, the sample village's
 * workbook already read), and the DocumentApp calls of one `apiGenerateNotice` on the
 * emulator — built-in layout and custom template — with the check that no call is made
 * per word or per character run (at most one setAttributes per paragraph, no Text calls).
 */
import { computeCompliance } from '../../src/domain/compliance';
import { intlClock } from '../../src/domain/clock';
import { composeNotice } from '../../src/domain/notice/compose';
import { noticeFacts } from '../../src/domain/notice/facts';
import { layoutNotice } from '../../src/domain/notice/layout';
import { settingDef } from '../../src/domain/settings';
import { workbookFromValues } from '../../src/domain/workbook';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleSheetValues } from '../../test/support/sampleValues';
import { documentToJson, type ElementJson } from '../../local/emulator/document';
import { fresh } from './foundation';
import { type Add, best } from './table';

const INPUT = { ...SAMPLE_PERIOD, issuedOn: '2023-06-20' };
const PLACEHOLDERS_IN_TEMPLATE = 13;

const paragraphCount = (el: ElementJson): number =>
  el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM'
    ? 1
    : (el.children ?? []).reduce((n, c) => n + paragraphCount(c), 0);

export function benchNotice(add: Add): void {
  const clock = intlClock('Asia/Ho_Chi_Minh');
  const data = workbookFromValues(sampleSheetValues(clock), clock);
  const composeMs = best(20, () => {
    const report = computeCompliance(data, SAMPLE_PERIOD);
    layoutNotice(
      composeNotice(data.settings, report, {
        issuedOn: INPUT.issuedOn,
        number: 1,
        facts: noticeFacts(data, SAMPLE_PERIOD),
      }),
    );
  });
  add(
    'Notice',
    'compute + compose + lay out the notice (sample village): Node time, best of 20',
    `${composeMs.toFixed(1)} ms`,
    '< 100 ms',
    composeMs < 100,
  );

  const { env, bundle } = fresh();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  env.counter.reset();
  let t = performance.now();
  const r = bundle.apiGenerateNotice(INPUT) as { ok: boolean; data: { docId: string } };
  const ms = performance.now() - t;
  const calls = env.counter.count({ service: 'DocumentApp' });
  const byMethod = env.counter.byMethod('DocumentApp');
  const paragraphs = r.ok ? paragraphCount(documentToJson(env.docs.get(r.data.docId)!).body) : 0;
  const textCalls = Object.entries(byMethod)
    .filter(([m]) => m.startsWith('Text.'))
    .reduce((n, [, c]) => n + c, 0);
  const setAttributes = byMethod['Paragraph.setAttributes'] ?? 0;
  const driveCalls = env.counter.count({ service: 'DriveApp' });
  const spreadsheetCalls = env.counter.count({ service: 'SpreadsheetApp' });
  add(
    'Notice',
    'apiGenerateNotice, built-in ND30 layout: DocumentApp calls per notice',
    `${calls} calls for ${paragraphs} paragraphs ` +
      `(${setAttributes} Paragraph.setAttributes, ${textCalls} Text calls); ` +
      `Drive ${driveCalls}, Spreadsheet ${spreadsheetCalls}; ${ms.toFixed(0)} ms in Node`,
    '≤ 3 per paragraph, 1 setAttributes per paragraph, 0 Text calls',
    r.ok && calls <= 3 * paragraphs && setAttributes === paragraphs && textCalls === 0,
  );

  // A custom template with a dozen placeholders and a block one.
  const app = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const tplId = env.counter.quiet(() => {
    const tpl = app.create('Mẫu thông báo');
    const body = tpl.getBody();
    body.getChild(0).asParagraph().setText('Số: {{so_ky_hieu}} — {{dia_danh_ngay}}');
    for (const k of [
      'so_ho',
      'so_nhan_khau',
      'ty_le_cam_ket',
      'ty_le_tham_gia',
      'so_luot_tuan_tra',
      'so_camera',
      'nhac_nho_theo_loai',
      'doi_tuong_theo_loai',
    ])
      body.appendParagraph(`${k}: {{${k}}}`);
    body.appendParagraph('{{muc_3}}');
    body.appendParagraph('{{ket_luan}}');
    body.appendParagraph('{{noi_nhan}}');
    tpl.saveAndClose();
    const sheet = env.spreadsheet.getSheetByName('Cài đặt')!;
    const row =
      sheet
        .getDataRange()
        .getValues()
        .findIndex((v) => v[0] === settingDef('mau_thong_bao')!.label) + 1;
    sheet.getRange(row, 2).setValue(`https://docs.google.com/document/d/${tpl.getId()}/edit`);
    return tpl.getId();
  });
  env.counter.reset();
  t = performance.now();
  const rt = bundle.apiGenerateNotice({ ...INPUT, useTemplate: true }) as { ok: boolean };
  const tms = performance.now() - t;
  const replaces = Object.entries(env.counter.byMethod('DocumentApp'))
    .filter(([m]) => m.endsWith('.replaceText'))
    .reduce((n, [, c]) => n + c, 0);
  const documentCalls = env.counter.count({ service: 'DocumentApp' });
  const templateDriveCalls = env.counter.count({ service: 'DriveApp' });
  add(
    'Notice',
    `apiGenerateNotice, custom template (${PLACEHOLDERS_IN_TEMPLATE} placeholders, 2 of them blocks): ` +
      'DocumentApp calls',
    `${documentCalls} DocumentApp (${replaces} replaceText) + ${templateDriveCalls} DriveApp calls; ` +
      `${tms.toFixed(0)} ms in Node${rt.ok ? '' : ' (failed)'} (template ${tplId})`,
    'one replaceText per placeholder found',
    rt.ok && replaces === PLACEHOLDERS_IN_TEMPLATE,
  );
}
