/** The value axis of the playground's SVG charts: a round top at or above the largest value. */
import { niceMax } from '../../local/playground/ui/charts';

test.each([
  [27, 30, 10],
  [100, 100, 20],
  [101, 125, 25],
  [7, 8, 2],
  [1700, 2000, 500],
  [0.4, 0.4, 0.1],
])('niceMax(%p) → top %p, step %p', (max, top, step) => {
  const r = niceMax(max);
  expect(r.top).toBeCloseTo(top, 9);
  expect(r.step).toBeCloseTo(step, 9);
  expect(r.top).toBeGreaterThanOrEqual(max);
  expect(r.top / r.step).toBeLessThanOrEqual(6);
});

test('no value or only zeros still gives an axis', () => {
  expect(niceMax(0)).toEqual({ top: 1, step: 0.2 });
  expect(niceMax(NaN)).toEqual({ top: 1, step: 0.2 });
});
