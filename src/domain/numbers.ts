/**
 * Numbers as Vietnamese people type them: `1.700` (thousands dot), `189,33` (decimal
 * comma), `90%`; plain `189.33` is accepted too.
 */
export function parseViNumber(input: unknown): number {
  if (typeof input === 'number') return input;
  let s = String(input ?? '')
    .trim()
    .replace(/\s/g, '')
    .replace(/%$/, '');
  if (s === '') return NaN;
  if (s.includes(',')) {
    // Decimal comma: dots before it must group thousands (`1.234,5`); `1,000.5` or `1.23,4` are no number.
    if (!/^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(s)) return NaN;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}
