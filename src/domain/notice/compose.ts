/**
 * The notice composer: settings + compliance report + options → the document model of
 * the THÔNG BÁO (header, title, subject, numbered sections, closing, recipients,
 * signature). Pure. The text holds aggregates only: the names it writes come from the
 * settings (agencies, places, the signer) and from `NoticeFacts` (entries of `Danh mục`:
 * topics, partners, festivals) — never free text, never a list entry holding a person's name.
 */
import type { ComplianceReport } from '../report';
import type { Settings } from '../settings';
import { documentNumber, placeDateLine, slashDate, upperVi } from '../viFormat';
import { type NoticeFacts, publicReport } from './facts';
import { type NoticeModel, type NoticeSection, SECTION_HEADING } from './model';
import {
  closing,
  lessons,
  lines,
  modelName,
  organisation,
  placeOf,
  type ProseContext,
  results,
  situation,
  text,
} from './sections';

export interface NoticeOptions {
  /** ISO day of issue. */
  issuedOn: string;
  /** The document number (`so_van_ban_tiep_theo` unless the user typed another). */
  number: number;
  facts: NoticeFacts;
  /** Overrides of the settings, from the dialog. */
  signer?: string;
  authority?: string;
  recipients?: string[];
}

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const TITLE = 'THÔNG BÁO';
const ARCHIVE = /^lưu\b/i;

/** `- …;` lines, the archive line (`- Lưu: VT, ….`) last; one is added when missing. */
export function recipientLines(items: readonly string[]): string[] {
  const clean = items
    .map((l) =>
      l
        .trim()
        .replace(/^[-+•*]\s*/, '')
        .replace(/[;.,]+\s*$/, '')
        .trim(),
    )
    .filter(Boolean);
  const archive = clean.filter((l) => ARCHIVE.test(l));
  const others = clean.filter((l) => !ARCHIVE.test(l));
  return [...others.map((l) => `- ${l};`), `- ${archive[0] ?? 'Lưu: VT'}.`];
}

/** `Thông báo kết quả mô hình … – 20/06/2023`. */
export function noticeDocName(settings: Settings, issuedOn: string): string {
  return `Thông báo kết quả mô hình ${modelName(settings)} – ${slashDate(issuedOn)}`;
}

export function composeNotice(settings: Settings, full: ComplianceReport, options: NoticeOptions): NoticeModel {
  // Docs hold aggregates and listed values only: no list entry that holds a person's name (facts.ts).
  const report = publicReport(full, options.facts.withheld);
  const ctx: ProseContext = { settings, report, facts: options.facts };
  const symbol = text(settings, 'ky_hieu_van_ban') || 'TB';
  const place = text(settings, 'dia_danh') || text(settings, 'ten_huyen') || text(settings, 'ten_xa');
  const where = placeOf(settings);
  const raw: [string, NoticeSection['blocks']][] = [
    [SECTION_HEADING.situation, situation(ctx)],
    [SECTION_HEADING.organisation, organisation(ctx)],
    [SECTION_HEADING.results, results(ctx)],
    [SECTION_HEADING.lessons, lessons(ctx)],
  ];
  const sections = raw
    .filter(([, blocks]) => blocks.length > 0)
    .map(([heading, blocks], i) => ({ heading: `${i + 1}. ${heading}`, blocks }));
  const recipients = options.recipients ?? lines(settings, 'noi_nhan');
  return {
    docName: noticeDocName(settings, options.issuedOn),
    header: {
      parentAgency: upperVi(text(settings, 'co_quan_chu_quan')),
      agency: upperVi(text(settings, 'co_quan_ban_hanh')),
      number: `Số: ${documentNumber(options.number)}/${symbol}`,
      nation: NATION,
      motto: MOTTO,
      placeDate: placeDateLine(place, options.issuedOn),
    },
    title: TITLE,
    subject: `Kết quả, kinh nghiệm xây dựng thực hiện mô hình “Tự quản về an ninh trật tự”${where ? ` ${where}` : ''}`,
    sections,
    closing: closing(ctx),
    recipients: { label: 'Nơi nhận:', lines: recipientLines(recipients) },
    signature: {
      authority: upperVi((options.authority ?? text(settings, 'tham_quyen_ky')).trim()),
      post: upperVi(text(settings, 'chuc_vu_kiem_nhiem')),
      name: (options.signer ?? text(settings, 'nguoi_ky')).trim(),
    },
  };
}
