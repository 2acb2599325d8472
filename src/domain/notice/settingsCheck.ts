/**
 * What the settings must allow before a notice is made (SPEC §4, §5): a period that ends on or after the founding
 * day (`ngay_thanh_lap`), and, under `Cấp hành chính` = `từ 01/7/2025`, no row that still names a district-level body
 * (the notice would have two issuers: a district header and signer, a commune closing). The dialog's preview shows the
 * second as a warning; `apiGenerateNotice` refuses both, naming the field or the rows; `Kiểm tra dữ liệu` reports each
 * such row.
 */
import type { RowIssue } from '../codec';
import { t } from '../i18n';
import type { FieldError } from '../inputs';
import type { Period } from '../report';
import { type Settings, SETTINGS_COLUMN, settingDef, settingFor } from '../settings';
import { normalizeHeader, SHEET } from '../sheets';
import { slashDate } from '../viFormat';
import { ADMIN_PRESET, type DistrictLeftover, districtLeftovers, type PresetKey } from './administration';

const MAX_SHOWN = 80;
const shown = (lines: string[]) => {
  const v = lines.join('; ');
  return v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN - 1)}…` : v;
};
const labelOf = (key: string) => settingDef(key)?.label ?? key;
const level = (s: Settings) => String(s.cap_hanh_chinh ?? '').trim() || ADMIN_PRESET.twoLevel;

/** The error on `to` when the period ends before the founding day; null when it does not, or without that day. */
export function periodBeforeFounding(s: Settings, p: Period): FieldError | null {
  const founded = typeof s.ngay_thanh_lap === 'string' ? s.ngay_thanh_lap : '';
  if (!founded || p.to >= founded) return null;
  return {
    field: 'to',
    message: t('notice.beforeFounding', { to: slashDate(p.to), founded: slashDate(founded) }),
  };
}

/** One message naming every `Cài đặt` row that still names a district-level body ('' when none). */
function leftoversMessage(s: Settings, rows: DistrictLeftover[]): string {
  if (!rows.length) return '';
  const named = rows.map((r) => t('notice.districtRow', { label: labelOf(r.key), value: shown(r.lines) }));
  return t('notice.districtLeftovers', { level: level(s), rows: named.join(', '), district: ADMIN_PRESET.district });
}

/** The preview's warning: the rows of `Cài đặt` that name a district-level body under `từ 01/7/2025`. */
export function districtWarnings(s: Settings): string[] {
  const m = leftoversMessage(s, districtLeftovers(s));
  return m ? [m] : [];
}

/**
 * Why `apiGenerateNotice` refuses under `từ 01/7/2025`: the dialog's authority and recipients (they stand for
 * `tham_quyen_ky` and `noi_nhan`) on their fields, the other rows together on `settings`.
 */
export function districtErrors(s: Settings, dialog: { authority?: string; recipients?: string[] }): FieldError[] {
  const overrides: Partial<Record<PresetKey, string[]>> = {};
  if (dialog.authority !== undefined) overrides.tham_quyen_ky = [dialog.authority];
  if (dialog.recipients !== undefined) overrides.noi_nhan = dialog.recipients;
  const rows = districtLeftovers(s, overrides);
  const errors: FieldError[] = [];
  const fieldOf = { tham_quyen_ky: 'authority', noi_nhan: 'recipients' } as const;
  const name = { authority: t('notice.authority'), recipients: t('notice.recipients') };
  for (const r of rows) {
    const field = r.key === 'tham_quyen_ky' || r.key === 'noi_nhan' ? fieldOf[r.key] : null;
    if (field && overrides[r.key])
      errors.push({
        field,
        message: t('notice.districtField', { name: name[field], value: shown(r.lines), level: level(s) }),
      });
  }
  const rest = rows.filter((r) => !(r.key in overrides));
  if (rest.length) errors.push({ field: 'settings', message: leftoversMessage(s, rest) });
  return errors;
}

/** `Kiểm tra dữ liệu`: one issue per `Cài đặt` row (its first row per setting) that names a district-level body. */
export function districtIssues(values: readonly (readonly unknown[])[], s: Settings): RowIssue[] {
  const rows = districtLeftovers(s);
  if (!rows.length) return [];
  const item = (values[0] ?? []).map(normalizeHeader).indexOf(normalizeHeader(SETTINGS_COLUMN.item));
  const rowOf = new Map<string, number>();
  values.forEach((r, i) => {
    if (i === 0 || item < 0) return;
    const def = settingFor(r[item]);
    if (def && !rowOf.has(def.key)) rowOf.set(def.key, i + 1);
  });
  return rows.map((r) => ({
    sheet: SHEET.settings,
    row: rowOf.get(r.key) ?? 0,
    column: SETTINGS_COLUMN.value,
    message: t('settings.districtLeftover', { name: labelOf(r.key), value: shown(r.lines), level: level(s) }),
  }));
}
