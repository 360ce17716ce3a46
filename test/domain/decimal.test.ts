import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, formatCountRatio, formatMean, formatRatio } from '../../src/domain/decimal.js';

/** A plain decimal string of up to 12 integer and 8 fraction digits, of either sign (as a NUMERIC sum prints). */
const plainDecimal = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.nat({ max: 8 }),
    fc.bigInt({ min: 0n, max: 10n ** 8n - 1n }),
  )
  .map(([negative, whole, places, fraction]) => {
    const digits = fraction.toString().padStart(8, '0').slice(0, places);
    return `${negative ? '-' : ''}${whole}${places > 0 ? `.${digits}` : ''}`;
  });

describe('the mean of values from their exact sum', () => {
  it('is what a 40-digit decimal division rounded by formatRatio gives, for any sum and count', () => {
    fc.assert(
      fc.property(plainDecimal, fc.integer({ min: 1, max: 10_000_000 }), (sum, count) => {
        expect(formatMean(sum, count)).toBe(formatRatio(new Dec(sum).div(count)));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['0', 3, '0'],
    ['-0.00', 2, '0'],
    ['1', 3, '0.3333333333'],
    ['-2', 3, '-0.6666666667'],
    ['-0.00000000005', 1, '-0.0000000001'],
    ['-0.00000000004', 1, '0'],
    ['12.3400', 4, '3.085'],
    ['30000000000', 7, '4285714285.7142857143'],
  ])('%s over %i values is %s: half away from zero at ten places, never -0', (sum, count, expected) => {
    expect(formatMean(sum, count)).toBe(expected);
  });

  it('refuses a sum that is not a plain decimal, and a count that is not positive', () => {
    expect(() => formatMean('1e3', 2)).toThrow(RangeError);
    expect(() => formatMean('+1', 2)).toThrow(RangeError);
    expect(() => formatMean('1', 0)).toThrow(RangeError);
    expect(() => formatMean('1', 1.5)).toThrow(RangeError);
  });
});

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
