/**
 * A metric from its numerator and denominator: percent rounded half-up to one decimal
 * (`Math.round(1000 n / d) / 10`, capped at 100), null when the denominator is 0;
 * `met` compares the unrounded ratio with the target (null without target or percent).
 */
import type { Metric } from '../report';
import { DEFAULT_TARGETS } from '../metricKeys';
import { settingDef, type Settings } from '../settings';

export function percentOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.min(100, Math.round((1000 * numerator) / denominator) / 10);
}

/** `muc_tieu_<key>` of the settings; its default when the setting is absent; null when blank. */
export function targetOf(settings: Settings, key: string, fallbackKey?: string): number | null {
  const read = (k: string): number | null | undefined => {
    const v = settings[`muc_tieu_${k}`];
    if (v === undefined) return undefined;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const own = read(key);
  if (own !== undefined) return own;
  if (fallbackKey) return targetOf(settings, fallbackKey);
  return DEFAULT_TARGETS[key] ?? null;
}

export function metric(
  key: string,
  label: string,
  numerator: number,
  denominator: number,
  target: number | null,
): Metric {
  const percent = percentOf(numerator, denominator);
  const met = percent === null || target === null ? null : (100 * numerator) / denominator >= target;
  return { key, label, numerator, denominator, percent, target, met };
}

/** A numeric setting: its value, its default when the setting is absent, null when blank or not a number. */
export function numberSetting(settings: Settings, key: string): number | null {
  const v = key in settings ? settings[key] : settingDef(key)?.default;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
