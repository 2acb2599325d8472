/**
 * The sample village through the real codec, compliance and composer (for the notice
 * tests), and the seed notice split into the pieces the tests compare with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { intlClock } from '../../src/domain/clock';
import { computeCompliance } from '../../src/domain/compliance';
import { composeNotice, type NoticeOptions } from '../../src/domain/notice/compose';
import { noticeFacts } from '../../src/domain/notice/facts';
import { type NoticeModel, sectionLines } from '../../src/domain/notice/model';
import type { Period, WorkbookData } from '../../src/domain/report';
import { workbookFromValues } from '../../src/domain/workbook';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleSheetValues } from '../support/sampleValues';

export const clock = intlClock('Asia/Ho_Chi_Minh');
export const sampleData = (): WorkbookData => workbookFromValues(sampleSheetValues(clock), clock);

export function composeSample(
  o: Partial<NoticeOptions> = {},
  period: Period = SAMPLE_PERIOD,
  data = sampleData(),
): NoticeModel {
  const report = computeCompliance(data, period);
  return composeNotice(data.settings, report, {
    issuedOn: '2023-06-20',
    number: 1,
    facts: noticeFacts(data, period),
    ...o,
  });
}

/** The lines of a composed section by its number (1–4). */
export function section(m: NoticeModel, n: number): string[] {
  const s = m.sections.find((x) => x.heading.startsWith(`${n}. `));
  if (!s) throw new Error(`no section ${n}`);
  return sectionLines(s);
}

/** The real 2023 notice of thôn Pác Khuông that the sample village reproduces (kept in the repository). */
const SEED_FILE = path.resolve(__dirname, '..', 'fixtures', 'thong-bao-pac-khuong-2023.txt');
const seedText = (): string => readFileSync(SEED_FILE, 'utf8');

/**
 * The seed's wording as the notice writes it (issue 16): its two typos mended and one term, "bảo đảm", throughout —
 * the figures untouched.
 */
export const mended = (t: string): string =>
  t
    .replace('trú trọng', 'chú trọng')
    .replace('lòng ghép', 'lồng ghép')
    .replace(/đảm bảo/g, 'bảo đảm');

/** The seed notice: its non-empty lines, its numbered headings, the `+` tasks, the `… là,` lessons, its section 3. */
export function seed() {
  const lines = seedText()
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const headings = lines.filter((l) => /^\d\. /.test(l));
  const s3 = lines.slice(lines.indexOf(headings[2]) + 1, lines.indexOf(headings[3])).join(' ');
  return {
    lines,
    headings,
    subject: lines[lines.indexOf('THÔNG BÁO') + 1],
    tasks: lines.filter((l) => l.startsWith('+ ')).map(mended),
    lessons: lines.filter((l) => /^(Một|Hai|Ba|Bốn|Năm|Sáu) là, /.test(l)).map(mended),
    section1: lines[lines.indexOf(headings[0]) + 1],
    section3: s3,
  };
}
