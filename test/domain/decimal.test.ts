import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, formatCountRatio, formatRatio } from '../../src/domain/decimal.js';

describe('a ratio of two counts', () => {
  it('is what a 40-digit decimal division rounded by formatRatio gives, for any two counts', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (numerator, denominator) => {
        expect(formatCountRatio(numerator, denominator)).toBe(formatRatio(new Dec(numerator).div(denominator)));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    [0, 7, '0'],
    [3, 3, '1'],
    [1, 2, '0.5'],
    [1, 3, '0.3333333333'],
    [2, 3, '0.6666666667'],
    [7, 4, '1.75'],
    [1, 20_000_000_000, '0.0000000001'],
    [1, 30_000_000_000, '0'],
  ])('%i / %i is %s: rounded half-up at ten places, trailing zeros trimmed', (numerator, denominator, expected) => {
    expect(formatCountRatio(numerator, denominator)).toBe(expected);
  });

  it('refuses what is not a ratio of two counts', () => {
    expect(() => formatCountRatio(1, 0)).toThrow(RangeError);
    expect(() => formatCountRatio(-1, 2)).toThrow(RangeError);
    expect(() => formatCountRatio(0.5, 2)).toThrow(RangeError);
  });
});
