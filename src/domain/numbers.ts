/**
 * Numbers as Vietnamese people type them: `1.700` (thousands dot), `189,33` (decimal
 * comma), `90%`; plain `189.33` is accepted too.
 */
export function parseViNumber(input: unknown): number {
  if (typeof input === 'number') return input;
  let s = String(input ?? '').trim().replace(/\s/g, '').replace(/%$/, '');
  if (s === '') return NaN;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}
