/**
 * The commune's report (BÁO CÁO, SPEC §9.5) as the notice's document model, so the same ND30 layout and Docs
 * renderer write it: the commune's figures (sums of the villages read), the villages ranked, the models to
 * replicate and the villages lagging. Pure; aggregates, village names and the commune's own settings only.
 */
import { formatCount, formatPercent, placeDateLine, slashDate, upperVi } from '../viFormat';
import { t } from '../i18n';
import { MOTTO, NATION, recipientLines } from '../notice/compose';
import type { NoticeModel } from '../notice/model';
import { periodText } from '../periods';
import type { Period } from '../report';
import { verdict } from '../summary';
import type { CommuneVillage } from './layout';
import { rankVillages } from './ranking';
import { VILLAGE_STATUSES, type VillageStatus } from './status';
import { communeTotals } from './totals';

/** The commune's own settings (`Thông tin xã`); blank ones take the defaults named in SPEC §9.5. */
export interface CommuneInfo {
  xa: string;
  tinh: string;
  coQuanChuQuan: string;
  coQuan: string;
  kyHieu: string;
  diaDanh: string;
  chucVu: string;
  nguoiKy: string;
  noiNhan: string[];
}

export const COMMUNE_INFO_KEYS = [
  'xa',
  'tinh',
  'coQuanChuQuan',
  'coQuan',
  'kyHieu',
  'diaDanh',
  'chucVu',
  'nguoiKy',
  'noiNhan',
] as const;

/** Share of targets met from which a village's way of working is proposed for replication; below `LAGGING`, lagging. */
export const REPLICATE_FROM = 80;
export const LAGGING_BELOW = 50;

export interface CommuneReportInput {
  info: CommuneInfo;
  period: Period;
  issuedOn: string;
  villages: CommuneVillage[];
}

const joinList = (items: string[]) => items.join(', ');

export function composeCommuneReport(input: CommuneReportInput): NoticeModel {
  const { info, period } = input;
  const xa = info.xa.trim();
  const tinh = info.tinh.trim();
  const current = input.villages.filter((v) => v.status === 'ok' && v.figures);
  const totals = communeTotals(current.map((v) => v.figures!));
  const ranked = rankVillages(
    current,
    (v) => v.figures,
    (v) => v.name,
  );
  const c = totals.counts;
  const n = (x: number) => formatCount(x);

  // The villages without figures of the period, named, by status (in the order of VILLAGE_STATUSES).
  const missing = new Map<VillageStatus, string[]>(VILLAGE_STATUSES.map((s) => [s, []]));
  for (const v of input.villages) if (!(v.status === 'ok' && v.figures)) missing.get(v.status)!.push(v.name);
  for (const [status, names] of missing) if (!names.length) missing.delete(status);
  const situation = [
    t('communeReport.villages', { total: input.villages.length, ok: current.length, period: periodText(period) }),
    ...(missing.size
      ? [
          t('communeReport.missing', {
            list: joinList(
              [...missing].map(([status, names]) =>
                t('communeReport.missingItem', {
                  n: names.length,
                  status: t(`commune.status.${status}`).toLowerCase(),
                  names: joinList(names),
                }),
              ),
            ),
          }),
        ]
      : []),
  ];

  const metricLines = totals.metrics
    .filter((m) => m.percent !== null)
    .map((m) => {
      const base = { label: m.label, n: n(m.numerator), d: n(m.denominator), percent: formatPercent(m.percent!) };
      return m.target === null
        ? t('communeReport.metricNoTarget', base)
        : t('communeReport.metric', { ...base, target: formatPercent(m.target), verdict: verdict(m).text });
    });

  const rankLines = ranked
    .filter((r) => r.scored && r.scored.score !== null)
    .map((r) =>
      t('communeReport.rank', {
        rank: r.rank!,
        name: r.item.name,
        met: r.scored!.met,
        judged: r.scored!.judged,
        score: formatPercent(r.scored!.score!),
      }),
    );
  const good = ranked.filter((r) => (r.scored?.score ?? -1) >= REPLICATE_FROM).map((r) => r.item.name);
  const weak = ranked
    .filter((r) => r.scored?.score !== null && r.scored!.score! < LAGGING_BELOW)
    .map((r) => r.item.name);
  const weakMetrics = totals.metrics.filter((m) => m.met === false).map((m) => m.label);
  const replicate = [
    good.length
      ? t('communeReport.replicate', {
          list: joinList(good.map((name) => t('communeReport.village', { name }))),
          min: REPLICATE_FROM,
        })
      : t('communeReport.noReplicate', { min: REPLICATE_FROM }),
    ...(weak.length ? [t('communeReport.lagging', { max: LAGGING_BELOW, list: joinList(weak) })] : []),
    ...(weakMetrics.length ? [t('communeReport.weakMetrics', { list: joinList(weakMetrics) })] : []),
  ];

  const heading = (i: number, key: 'situation' | 'results' | 'ranking' | 'replicate') =>
    `${i}. ${t(`communeReport.h.${key}`)}`;
  const recipients = info.noiNhan.length ? info.noiNhan : t('communeReport.recipients', { tinh, xa }).split('|');
  return {
    docName: t('communeReport.docName', { xa, date: slashDate(input.issuedOn) }),
    header: {
      parentAgency: upperVi(info.coQuanChuQuan.trim() || (tinh ? t('communeReport.parentAgency', { tinh }) : '')),
      agency: upperVi(info.coQuan.trim() || t('communeReport.agency', { xa })),
      number: t('communeReport.number', { symbol: info.kyHieu.trim() || 'BC-CAX' }),
      nation: NATION,
      motto: MOTTO,
      placeDate: placeDateLine(info.diaDanh.trim() || xa, input.issuedOn),
    },
    title: t('communeReport.title'),
    subject: t('communeReport.subject', { period: periodText(period) }),
    sections: [
      { heading: heading(1, 'situation'), blocks: situation.map((text) => ({ kind: 'paragraph' as const, text })) },
      {
        heading: heading(2, 'results'),
        blocks: [
          {
            kind: 'paragraph',
            text: t('communeReport.counts', {
              households: n(c.households),
              patrols: n(c.patrols),
              withPolice: n(c.patrolsWithPolice),
              reminders: n(c.reminders),
              sessions: n(c.sessions),
              mediations: n(c.mediations),
              successful: n(c.mediationsSuccessful),
            }),
          },
          { kind: 'paragraph', text: t('communeReport.metricsIntro') },
          { kind: 'list', marker: '+', items: metricLines },
        ],
      },
      { heading: heading(3, 'ranking'), blocks: [{ kind: 'list', marker: '-', items: rankLines }] },
      { heading: heading(4, 'replicate'), blocks: replicate.map((text) => ({ kind: 'paragraph' as const, text })) },
    ],
    closing: t('communeReport.closing', { xa }),
    recipients: { label: t('communeReport.recipientsLabel'), lines: recipientLines(recipients) },
    signature: {
      authority: upperVi(info.chucVu.trim() || t('communeReport.authority')),
      post: '',
      name: info.nguoiKy.trim(),
    },
  };
}
