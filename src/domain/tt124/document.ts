/**
 * The Doc "Bản tự đánh giá" (issue 17, SPEC §10): the self-assessment as the notice's document model (model.ts), so
 * the same Nghị định 30 layout and Docs renderer write it. Header of the village under its commune, addressed to the
 * commune's People's Committee (which recognises a khu dân cư, TT 124/2021 Điều 10); one part per criterion with
 * its result, reason and evidence (ids, days, kinds — never a summary, a note or a name), the conclusion and a note
 * on the readings not verified against the official text.
 */
import { t } from '../i18n';
import { MOTTO, NATION, recipientLines } from '../notice/compose';
import type { NoticeBlock, NoticeModel } from '../notice/model';
import { modelName, text } from '../notice/sections';
import type { Settings } from '../settings';
import { placeDateLine, slashDate, upperVi } from '../viFormat';
import { type Tt124Assessment, type Tt124Evidence, type Tt124Status, tt124Period } from './assess';
import { recordText, statusText } from './text';

/** Records of one figure written in the Doc; the rest are counted. */
export const DOC_RECORDS = 12;

export interface Tt124DocOptions {
  issuedOn: string;
  signer?: string;
}

/** `Hộ chưa đăng ký: 2 (H012, Chưa ký; H045 ngày 03/05/2025, Vi phạm).` — at most `max` records, the rest counted. */
export function evidenceLine(e: Tt124Evidence, max = DOC_RECORDS): string {
  const list = e.records.slice(0, max).map(recordText);
  const rest = e.records.length - list.length + e.more;
  if (rest > 0) list.push(t('tt124.doc.more', { n: rest }));
  return list.length
    ? t('tt124.doc.evidenceWith', { label: e.label, count: e.count, records: list.join('; ') })
    : t('tt124.doc.evidence', { label: e.label, count: e.count });
}

function who(s: Settings) {
  const commune = text(s, 'ten_xa');
  const village = text(s, 'ten_thon');
  return {
    commune,
    village: village ? t('tt124.doc.village', { name: village }) : modelName(s),
    committee: commune ? t('tt124.doc.committee', { name: commune }) : t('tt124.doc.committeeAny'),
    police: commune ? t('tt124.doc.police', { name: commune }) : t('tt124.doc.policeAny'),
  };
}

export function tt124DocName(s: Settings, a: Pick<Tt124Assessment, 'year'>, issuedOn: string): string {
  return t('tt124.doc.name', { year: a.year, who: upperFirst(who(s).village), day: slashDate(issuedOn) });
}

export function composeTt124(settings: Settings, a: Tt124Assessment, o: Tt124DocOptions): NoticeModel {
  const w = who(settings);
  const d = tt124Period(a.year);
  const standard = a.period.from === d.from && a.period.to === d.to;
  const basis: NoticeBlock[] = [
    {
      kind: 'paragraph',
      text: t('tt124.doc.basis', {
        village: w.village,
        from: slashDate(a.period.from),
        to: slashDate(a.period.to),
        bounds: standard ? t('tt124.doc.boundsDefault') : t('tt124.doc.boundsOwn'),
      }),
    },
    { kind: 'paragraph', text: t('tt124.doc.source', { model: modelName(settings) }) },
  ];
  const results: NoticeBlock[] = [];
  for (const c of a.criteria) {
    results.push({
      kind: 'paragraph',
      text: t('tt124.doc.criterion', { n: c.number, mark: c.unverified ? ' (*)' : '', title: c.title }),
    });
    results.push({
      kind: 'paragraph',
      text: t('tt124.doc.result', { status: statusText(c.status), reason: c.reason }),
    });
    if (c.evidence.length) results.push({ kind: 'list', marker: '-', items: c.evidence.map((e) => evidenceLine(e)) });
  }
  const numbers = (s: Tt124Status) =>
    a.criteria
      .filter((c) => c.status === s)
      .map((c) => c.number)
      .join(', ');
  const conclusion =
    a.overall === 'met'
      ? t('tt124.doc.met', { village: w.village, year: a.year })
      : a.overall === 'notMet'
        ? t('tt124.doc.notMet', { village: w.village, year: a.year, numbers: numbers('notMet') })
        : t('tt124.doc.insufficient', { village: w.village, year: a.year, numbers: numbers('insufficient') });
  const conclusionBlocks: NoticeBlock[] = [{ kind: 'paragraph', text: conclusion }];
  if (a.overall === 'notMet' && numbers('insufficient'))
    conclusionBlocks.push({
      kind: 'paragraph',
      text: t('tt124.doc.alsoInsufficient', { numbers: numbers('insufficient') }),
    });
  const unverified = a.criteria.filter((c) => c.unverified).map((c) => c.number);
  if (unverified.length)
    conclusionBlocks.push({
      kind: 'paragraph',
      text: t('tt124.doc.footnote', { numbers: unverified.join(t('tt124.doc.and')) }),
    });
  return {
    docName: tt124DocName(settings, a, o.issuedOn),
    header: {
      parentAgency: w.commune ? upperVi(t('tt124.doc.commune', { name: w.commune })) : '',
      agency: upperVi(w.village),
      number: t('tt124.doc.number'),
      nation: NATION,
      motto: MOTTO,
      placeDate: placeDateLine(w.commune || text(settings, 'dia_danh'), o.issuedOn),
    },
    title: t('tt124.doc.title'),
    subject: t('tt124.doc.subject', { year: a.year }),
    addressee: t('tt124.doc.to', { committee: w.committee }),
    sections: [
      { heading: t('tt124.doc.part1'), blocks: basis },
      { heading: t('tt124.doc.part2'), blocks: results },
      { heading: t('tt124.doc.part3'), blocks: conclusionBlocks },
    ],
    closing:
      a.overall === 'met'
        ? t('tt124.doc.closingMet', { year: a.year, village: w.village, committee: w.committee })
        : t('tt124.doc.closing', { year: a.year, village: w.village, committee: w.committee }),
    recipients: {
      label: t('tt124.doc.recipients'),
      lines: recipientLines([t('tt124.doc.asAddressed'), w.police, t('tt124.doc.archive')]),
    },
    signature: {
      authority: t('tt124.doc.authority'),
      post: t('tt124.doc.post'),
      name: (o.signer ?? text(settings, 'nguoi_ky_bao_cao')).trim(),
    },
  };
}

const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);
