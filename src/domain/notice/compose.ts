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
import { administration } from './administration';
import { type NoticeBlock, type NoticeModel, type NoticeSection, SECTION_HEADING } from './model';
import {
  closing,
  lessons,
  modelName,
  oneTerm,
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

/** A block with one term throughout (`bảo đảm`), settings text included. */
function termsOf(b: NoticeBlock): NoticeBlock {
  return b.kind === 'paragraph' ? { ...b, text: oneTerm(b.text) } : { ...b, items: b.items.map(oneTerm) };
}

export function composeNotice(settings: Settings, full: ComplianceReport, options: NoticeOptions): NoticeModel {
  // Docs hold aggregates and listed values only: no list entry that holds a person's name (facts.ts).
  const report = publicReport(full, options.facts.withheld);
  const ctx: ProseContext = { settings, report, facts: options.facts, issuedOn: options.issuedOn };
  const admin = administration(settings);
  const symbol = admin.symbol || 'TB';
  const place = admin.place;
  const where = placeOf(settings);
  const raw: [string, NoticeSection['blocks']][] = [
    [SECTION_HEADING.situation, situation(ctx)],
    [SECTION_HEADING.organisation, organisation(ctx)],
    [SECTION_HEADING.results, results(ctx)],
    [SECTION_HEADING.lessons, lessons(ctx)],
  ];
  const sections = raw
    .filter(([, blocks]) => blocks.length > 0)
    .map(([heading, blocks], i) => ({ heading: `${i + 1}. ${heading}`, blocks: blocks.map(termsOf) }));
  const recipients = options.recipients ?? admin.recipients;
  return {
    docName: noticeDocName(settings, options.issuedOn),
    header: {
      parentAgency: upperVi(admin.parentAgency),
      agency: upperVi(admin.agency),
      number: `Số: ${documentNumber(options.number)}/${symbol}`,
      nation: NATION,
      motto: MOTTO,
      placeDate: placeDateLine(place, options.issuedOn),
    },
    title: TITLE,
    subject: `Kết quả, kinh nghiệm xây dựng thực hiện mô hình “Tự quản về an ninh trật tự”${where ? ` ${where}` : ''}`,
    sections,
    closing: oneTerm(closing(ctx)),
    recipients: { label: 'Nơi nhận:', lines: recipientLines(recipients) },
    signature: {
      authority: upperVi((options.authority ?? admin.authority).trim()),
      post: upperVi(admin.post),
      name: (options.signer ?? text(settings, 'nguoi_ky')).trim(),
    },
  };
}
