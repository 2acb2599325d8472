/** Rows of `Cài đặt`: which settings are missing, and settings as values for cells. */
import { SETTING_DEFS, SETTINGS_COLUMN, type SettingDef, settingFor } from '../domain/settings';

export interface SettingRow {
  key: string;
  label: string;
  value: string;
  note: string;
}

/** A default or given setting value as the text stored in `Giá trị`. */
export function settingText(def: SettingDef, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('\n');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (def.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(String(v))) {
    const [y, m, d] = String(v).split('-');
    return `${d}/${m}/${y}`;
  }
  if (typeof v === 'number') return String(v).replace('.', ',');
  return String(v);
}

/** The settings rows that `values` (rows of `Cài đặt` below the header) lack, with defaults. */
export function settingsRowsFor(values: readonly (readonly unknown[])[], header: readonly string[]): SettingRow[] {
  const item = header.indexOf(SETTINGS_COLUMN.item);
  const present = new Set<string>();
  for (const r of values) {
    const def = settingFor(r[item]);
    if (def) present.add(def.key);
  }
  return SETTING_DEFS.filter((d) => !present.has(d.key)).map((d) => ({
    key: d.key,
    label: d.label,
    value: settingText(d, d.default),
    note: d.note ? `${d.note} (${d.key})` : `(${d.key})`,
  }));
}
