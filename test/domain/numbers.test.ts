import { parseViNumber } from '../../src/domain/numbers';

describe('parseViNumber', () => {
  it.each([
    ['1.700', 1700],
    ['1.234.567', 1234567],
    ['189,33', 189.33],
    ['1.234,5', 1234.5],
    ['189.33', 189.33],
    ['90%', 90],
    [' 12 ', 12],
    ['-3', -3],
    [42, 42],
    ['', NaN],
    ['abc', NaN],
    ['1,2,3', NaN],
    // Was 1.0005, 123.4 and 123.5: dots after a decimal comma, or not grouping thousands, are no number.
    ['1,000.5', NaN],
    ['1.23,4', NaN],
    ['1.2.3,5', NaN],
  ])('%p → %p', (input, out) => expect(parseViNumber(input)).toBe(out));
});
