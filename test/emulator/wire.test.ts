/**
 * The emulator's `google.script.run` copy (`wireCopy`, local/bundle.ts): what JSON makes of a value,
 * after refusing what Apps Script refuses — at any depth, without recursion.
 */
import { wireCopy } from '../../local/bundle';

describe('wireCopy', () => {
  it('gives what JSON.parse(JSON.stringify(v)) gives', () => {
    const v = { a: [1, undefined, 'x', null, { b: undefined, c: -0 }], d: undefined, e: { f: [[true]] } };
    const copy = wireCopy(v, 'Tham số 1');
    expect(copy).toEqual(JSON.parse(JSON.stringify(v)));
    expect(Object.keys(copy as object)).toEqual(['a', 'e']);
    expect(Object.is((copy as { a: { c: number }[] }).a[4].c, 0)).toBe(true);
    expect(wireCopy(undefined, 'x')).toBeUndefined();
    expect(wireCopy('s', 'x')).toBe('s');
  });

  it('keeps an own __proto__ key as a key, as JSON.parse does, without touching any prototype', () => {
    const v = JSON.parse('{"__proto__": {"isAdmin": true}, "x": 1}');
    const copy = wireCopy(v, 'x') as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it.each([
    [{ a: [1, { d: new Date(0) }] }, '$.a[1].d là Date'],
    [{ f: () => 1 }, '$.f là hàm'],
    [[Number.NaN], '$[0] = NaN'],
    [{ n: Number.POSITIVE_INFINITY }, '$.n = Infinity'],
    [{ s: Symbol('s') }, '$.s (symbol)'],
  ])('refuses %p', (v, why) => {
    expect(() => wireCopy(v, 'Tham số 1')).toThrow(
      `Tham số 1 chứa giá trị không gửi được qua google.script.run: ${why}`,
    );
  });

  it('copies 100,000 levels of nesting (a recursive copy, or JSON.stringify, overflows)', () => {
    let v: unknown = 'end';
    for (let i = 0; i < 100_000; i++) v = i % 2 ? [v] : { a: v };
    expect(() => JSON.stringify(v)).toThrow(RangeError);
    let copy = wireCopy(v, 'x');
    let levels = 0;
    while (typeof copy === 'object' && copy !== null) {
      copy = Array.isArray(copy) ? copy[0] : (copy as { a: unknown }).a;
      levels++;
    }
    expect([levels, copy]).toEqual([100_000, 'end']);
  });
});
