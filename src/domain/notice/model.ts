/**
 * The notice (THÔNG BÁO) as a document model: what it says, in the order Nghị định
 * 30/2020/NĐ-CP lays it out, without any typography (that is `layout.ts`). The
 * composer builds it; the Docs renderer and the template filler read it.
 */

/** A paragraph of a section: running text, or one line of a `+`/`-` list. */
export type NoticeBlock =
  | { kind: 'paragraph'; text: string }
  /** Lines written as paragraphs starting with the marker (`+ …`), as ND30 texts do. */
  | { kind: 'list'; marker: '+' | '-'; items: string[] };

/** The four sections' headings (numbered when composed); the preview and `{{muc_3}}` find theirs by it. */
export const SECTION_HEADING = {
  situation: 'Đặc điểm tình hình',
  organisation: 'Công tác chỉ đạo, triển khai thực hiện mô hình',
  results: 'Kết quả hoạt động của mô hình',
  lessons: 'Một số kinh nghiệm trong công tác xây dựng, thực hiện mô hình',
} as const;

export interface NoticeSection {
  /** `1. Đặc điểm tình hình` (numbered when composed). */
  heading: string;
  blocks: NoticeBlock[];
}

export interface NoticeHeader {
  /** Parent agency, upper case (may be empty). */
  parentAgency: string;
  /** Issuing agency, upper case. */
  agency: string;
  /** `Số: 01/TB-BCĐ`. */
  number: string;
  nation: string;
  motto: string;
  /** `Bình Gia, ngày 05 tháng 02 năm 2023`. */
  placeDate: string;
}

export interface NoticeSignature {
  /** `TM. BAN CHỈ ĐẠO` / `TRƯỞNG BAN` (upper case). */
  authority: string;
  /** A second post line (`CHỦ TỊCH UBND HUYỆN`), upper case; may be empty. */
  post: string;
  /** The signer's name (empty: left for the hand). */
  name: string;
}

export interface NoticeModel {
  /** Name of the Google Doc: `Thông báo kết quả mô hình … – 20/06/2023`. */
  docName: string;
  header: NoticeHeader;
  /** `THÔNG BÁO`. */
  title: string;
  /** Trích yếu: the subject line under the title. */
  subject: string;
  /** A report's `Kính gửi: Công an xã ….` line under the subject (a notice has none). */
  addressee?: string;
  sections: NoticeSection[];
  /** Last paragraph of the body, ending with `./.`. */
  closing: string;
  /** `Nơi nhận:` and its lines, already written as `- …;` with the last `- Lưu: VT, ….`. */
  recipients: { label: string; lines: string[] };
  signature: NoticeSignature;
}

/** Every piece of text of the model, in reading order (for checks and the template). */
export function noticeTexts(m: NoticeModel): string[] {
  const h = m.header;
  const out = [h.parentAgency, h.agency, h.number, h.nation, h.motto, h.placeDate, m.title, m.subject];
  if (m.addressee) out.push(m.addressee);
  for (const s of m.sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(b.text);
      else out.push(...b.items.map((i) => `${b.marker} ${i}`));
    }
  }
  out.push(
    m.closing,
    m.recipients.label,
    ...m.recipients.lines,
    m.signature.authority,
    m.signature.post,
    m.signature.name,
  );
  return out.filter((t) => t !== '');
}

/** The paragraphs of a section as plain lines (`+ …` for list items). */
export function sectionLines(s: NoticeSection): string[] {
  const out: string[] = [];
  for (const b of s.blocks) {
    if (b.kind === 'paragraph') out.push(b.text);
    else out.push(...b.items.map((i) => `${b.marker} ${i}`));
  }
  return out;
}
