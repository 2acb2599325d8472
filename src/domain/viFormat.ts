/**
 * Numbers and dates as a Vietnamese administrative text writes them: thousands with a
 * dot (`1.700`), decimals with a comma (`189,33`, `91,5%`), counts below 10 padded with
 * a 0 when the village asks for it (`05`), and the place-date line of Nghị định
 * 30/2020/NĐ-CP (`Bình Gia, ngày 05 tháng 02 năm 2023`: day < 10 and months 1–2 padded).
 */
import { t } from './i18n';

/** Digits grouped by three with a dot: 1234567 → "1.234.567". */
function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A number with at most `decimals` decimals, decimal comma and thousands dot, trailing
 * zeros dropped: 189.33 → "189,33", 1700 → "1.700", 86 → "86", -2.5 → "-2,5".
 */
export function formatDecimal(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return '';
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac = ''] = fixed.split('.');
  const f = frac.replace(/0+$/, '');
  const sign = n < 0 && (Number(int) > 0 || f !== '') ? '-' : '';
  return sign + group(int) + (f ? `,${f}` : '');
}

/** A count: thousands dot; 1–9 padded to two digits when `pad` (the `dem_so_0` setting). 0 stays "0". */
export function formatCount(n: number, pad = true): string {
  const r = Math.round(n);
  if (pad && r > 0 && r < 10) return `0${r}`;
  return formatDecimal(r, 0);
}

/** A percent with one decimal at most and a decimal comma: 91.5 → "91,5%", 100 → "100%". */
export function formatPercent(p: number): string {
  return `${formatDecimal(p, 1)}%`;
}

const day2 = (d: number) => String(d).padStart(2, '0');

/** `ngày DD tháng M năm YYYY` of an ISO day (ND30: day < 10 and months 1–2 padded with 0). */
export function ndDate(iso: string): string {
  const y = iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const month = m <= 2 ? day2(m) : String(m);
  return t('date.long', { day: day2(d), month, year: y });
}

/** The place-date line: `Bình Gia, ngày 05 tháng 02 năm 2023` (no place: the date alone). */
export function placeDateLine(place: string, iso: string): string {
  const p = place.trim();
  return p ? `${p}, ${ndDate(iso)}` : ndDate(iso).replace(/^n/, 'N');
}

/** A day in running text, as the notice writes it: `23/6/2021`. */
export function proseDate(iso: string): string {
  return `${+iso.slice(8, 10)}/${+iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `dd/mm/yyyy` of an ISO day (file names, the dialog). */
export function slashDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The document number of ND30: numbers below 10 are written with a leading 0 (`01`). */
export function documentNumber(n: number): string {
  return String(Math.trunc(n)).padStart(2, '0');
}

/** Upper case as Vietnamese text needs it (`vi` locale). */
export function upperVi(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/**
 * First letter in lower case unless the word is an acronym or a proper noun written in
 * capitals (`Phòng cháy` → `phòng cháy`, `PCCC` stays, `Lễ hội` → `lễ hội`).
 */
export function lowerFirst(s: string): string {
  const m = /^(\S)(\S*)/u.exec(s);
  if (!m) return s;
  const rest = m[2];
  if (rest && rest === rest.toLocaleUpperCase('vi') && rest !== rest.toLocaleLowerCase('vi')) return s;
  return m[1].toLocaleLowerCase('vi') + s.slice(1);
}

/** A sentence ending: adds a full stop unless the text already ends with one of . ! ? … */
export function endSentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
