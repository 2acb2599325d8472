/**
 * Finding records of any record type (`apiListRecords`): filter by field values, search
 * the text columns ignoring accents, case and spaces, newest first, one page at a time.
 */
import * as z from 'zod/mini';
import type { NormalRecord } from './fields';
import { isIsoDay } from './clock';
import { t } from './i18n';
import type { RecordType } from './registry/define';
import { RECORD_TYPES } from './registry/recordTypes';
import type { RecordKey } from './sheets';

export interface ListRecordsInput {
  sheet: RecordKey;
  /** Field → value the records must hold (a list field: must include it). */
  where?: Record<string, string>;
  /** Words to find in the text columns (accents, case and spaces ignored). */
  query?: string;
  /** The period (ISO days, inclusive) the type's day field must lie in (types with a day only). */
  from?: string;
  to?: string;
  /** The team (types with a `teamId` column only). */
  teamId?: string;
  offset?: number;
  limit?: number;
}

export interface ListedRecords {
  rows: NormalRecord[];
  /** How many records match (all pages). */
  total: number;
  /** Rows of the sheet that could not be read, so could not be searched (the data check names them). */
  unreadable?: number;
}

export const LIST_LIMIT = 500;

const isoDay = z.optional(
  z.string({ error: t('input.listDay') }).check(z.refine((s) => isIsoDay(s), { error: t('input.listDay') })),
);

export const listRecordsInput = z
  .object(
    {
      sheet: z.enum(RECORD_TYPES.map((r) => r.key) as [RecordKey, ...RecordKey[]], {
        error: t('input.sheet', { values: RECORD_TYPES.map((r) => r.key).join(', ') }),
      }),
      where: z.optional(
        z.record(z.string(), z.string({ error: t('input.listWhere') }), { error: t('input.listWhere') }),
      ),
      query: z.optional(
        z.string({ error: t('input.listQuery') }).check(z.maxLength(200, { error: t('input.listQuery') })),
      ),
      from: isoDay,
      to: isoDay,
      teamId: z.optional(
        z.string({ error: t('input.listTeam') }).check(z.maxLength(200, { error: t('input.listTeam') })),
      ),
      offset: z.optional(z.int({ error: t('input.listPage') }).check(z.gte(0, { error: t('input.listPage') }))),
      limit: z.optional(
        z
          .int({ error: t('input.listPage') })
          .check(z.gte(1, { error: t('input.listPage') }), z.lte(LIST_LIMIT, { error: t('input.listPage') })),
      ),
    },
    { error: t('input.notObject') },
  )
  .check(
    z.superRefine((x, c) => {
      const type = RECORD_TYPES.find((r) => r.key === x.sheet);
      if (!type) return;
      const name = type.name;
      for (const f of ['from', 'to'] as const)
        if (x[f] !== undefined && !type.day)
          c.addIssue({ code: 'custom', path: [f], message: t('input.listNoDay', { sheet: name }) });
      if (x.from && x.to && x.from > x.to) c.addIssue({ code: 'custom', path: ['to'], message: t('period.order') });
      if (x.teamId !== undefined && !type.list.some((col) => col.field === 'teamId'))
        c.addIssue({ code: 'custom', path: ['teamId'], message: t('input.listNoTeam', { sheet: name }) });
    }),
  );

/** Text for matching: no accents (đ → d), lower case, single spaces. */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const TEXT_TYPES = new Set(['id', 'ref', 'refs', 'text', 'longtext', 'enum']);

const byIdNumber = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });

export function selectRecords(type: RecordType, records: readonly NormalRecord[], o: ListRecordsInput): ListedRecords {
  const where = Object.entries(o.where ?? {});
  const words = searchKey(o.query ?? '')
    .split(' ')
    .filter((w) => w !== '');
  const textFields = type.list.filter((c) => TEXT_TYPES.has(c.type)).map((c) => c.field);
  const day = type.day;
  const from = day ? o.from : undefined;
  const to = day ? o.to : undefined;
  const matches = records.filter((r) => {
    if (day && (from || to)) {
      const d = typeof r[day] === 'string' ? String(r[day]) : '';
      if (!d || (from && d < from) || (to && d > to)) return false;
    }
    if (o.teamId && String(r.teamId ?? '') !== o.teamId) return false;
    for (const [field, value] of where) {
      const v = r[field];
      if (Array.isArray(v) ? !v.includes(value) : String(v ?? '') !== value) return false;
    }
    if (!words.length) return true;
    const text = searchKey(
      textFields.map((f) => (Array.isArray(r[f]) ? r[f].join(' ') : String(r[f] ?? ''))).join(' '),
    );
    return words.every((w) => text.includes(w));
  });
  const newestFirst = [...matches].sort((a, b) => {
    const byDay = day ? String(b[day] ?? '').localeCompare(String(a[day] ?? '')) : 0;
    return byDay || byIdNumber(String(b.id), String(a.id));
  });
  const offset = o.offset ?? 0;
  return { rows: newestFirst.slice(offset, offset + (o.limit ?? LIST_LIMIT)), total: matches.length };
}
