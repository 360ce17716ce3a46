import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Dec } from '../../src/domain/decimal.js';
import { GOOD_DIRECTIONS, type Target } from '../../src/domain/model.js';
import {
  describeTarget,
  errorOf,
  formatValue,
  goodSideBound,
  keepsPromise,
  marginOf,
  positionOf,
  surpriseOf,
  targetRegion,
} from '../../src/domain/target.js';
import { teens } from './builders.js';

/** "losses will narrow to under RMB 5bn" on a lower-is-better metric. */
const lossUnder5bn: Target = { op: 'lt', value: '5000000000', wording: 'under RMB 5bn' };
/** Capex guided to 120–130bn: neutral, since spending more is not a beat. */
const capexBand: Target = {
  op: 'range',
  low: '120000000000',
  high: '130000000000',
  lowInclusive: true,
  highInclusive: true,
};
const turnPositive: Target = { op: 'gt', value: '0', wording: 'positive' };

describe('targetRegion', () => {
  it('reads "the teens" as 13 inclusive to 20 exclusive', () => {
    const { lower, upper } = targetRegion(teens);
    expect(lower?.value.toFixed()).toBe('13');
    expect(lower?.inclusive).toBe(true);
    expect(upper?.value.toFixed()).toBe('20');
    expect(upper?.inclusive).toBe(false);
  });

  it('leaves a one-sided target unbounded on the other side', () => {
    expect(targetRegion({ op: 'gt', value: '30' })).toEqual({
      lower: { value: new Dec(30), inclusive: false },
      upper: null,
    });
    expect(targetRegion({ op: 'lte', value: '5' }).lower).toBeNull();
  });

  it('reads "about 50% give or take 2" as the closed interval 48 to 52', () => {
    const { lower, upper } = targetRegion({ op: 'about', value: '50', tolerance: '2' });
    expect([lower?.value.toFixed(), lower?.inclusive]).toEqual(['48', true]);
    expect([upper?.value.toFixed(), upper?.inclusive]).toEqual(['52', true]);
  });
});

describe("'about' with a percentage tolerance", () => {
  /** "28.0bn plus or minus 2%" */
  const revenueAbout28bn: Target = { op: 'about', value: '28000000000', tolerancePercent: '2' };

  it('reads "28.0bn plus or minus 2%" as 27.44bn to 28.56bn, both ends included', () => {
    expect(targetRegion(revenueAbout28bn)).toEqual({
      lower: { value: new Dec('27440000000'), inclusive: true },
      upper: { value: new Dec('28560000000'), inclusive: true },
    });
  });

  it('judges exactly at the ends: 27.44bn is within, 27439999999.99 below', () => {
    expect(positionOf('27440000000', revenueAbout28bn)).toBe('within');
    expect(positionOf('28560000000', revenueAbout28bn)).toBe('within');
    expect(positionOf('27439999999.99', revenueAbout28bn)).toBe('below');
    expect(positionOf('28560000000.01', revenueAbout28bn)).toBe('above');
  });

  it('takes the percentage of the size of a negative value: a loss of about 10bn ± 10% is -11bn to -9bn', () => {
    const { lower, upper } = targetRegion({ op: 'about', value: '-10000000000', tolerancePercent: '10' });
    expect([lower?.value.toFixed(), upper?.value.toFixed()]).toEqual(['-11000000000', '-9000000000']);
  });

  it('says the percentage in the reading, keeping the wording', () => {
    expect(describeTarget({ ...revenueAbout28bn, wording: '28.0bn plus or minus 2%' }, 'USD')).toBe(
      '28.0bn plus or minus 2% (about 28bn USD, plus or minus 2% (27.44bn to 28.56bn USD))',
    );
  });
});

describe('positionOf', () => {
  it('places 12.4% below the teens, 13% within and 20% above', () => {
    expect(positionOf('12.4', teens)).toBe('below');
    expect(positionOf('13', teens)).toBe('within');
    expect(positionOf('20', teens)).toBe('above');
  });

  it('compares exactly, never through a binary float', () => {
    expect(positionOf('12.99999999999999999999', teens)).toBe('below');
    expect(positionOf('19.99999999999999999999', teens)).toBe('within');
    expect(positionOf('0.3', { op: 'gte', value: '0.30000000000000000000001' })).toBe('below');
  });
});

describe('keepsPromise', () => {
  it('counts margin guided to the teens and reported at 22% as kept on a higher-is-better metric', () => {
    expect(keepsPromise('22', teens, 'higher')).toBe(true);
  });

  it('never counts a bigger loss as a beat', () => {
    expect(keepsPromise('7000000000', lossUnder5bn, 'lower')).toBe(false);
    expect(keepsPromise('3000000000', lossUnder5bn, 'lower')).toBe(true);
  });

  it('counts only inside for a neutral metric such as capex', () => {
    expect(keepsPromise('125000000000', capexBand, 'neutral')).toBe(true);
    expect(keepsPromise('140000000000', capexBand, 'neutral')).toBe(false);
    expect(keepsPromise('110000000000', capexBand, 'neutral')).toBe(false);
  });

  it('does not count overshooting on the bad side', () => {
    expect(keepsPromise('12', teens, 'higher')).toBe(false);
    expect(keepsPromise('22', teens, 'lower')).toBe(false);
  });
});

describe('surpriseOf', () => {
  it('is 0 inside the target', () => {
    expect(surpriseOf('15', teens, 'higher')).toBe('0');
  });

  it('is +10% when the teens are beaten at 22%: (22 − 20) / 20', () => {
    expect(surpriseOf('22', teens, 'higher')).toBe('0.1');
  });

  it('is negative when margin falls short of the teens at 12.4%, rounded to 10 places', () => {
    expect(surpriseOf('12.4', teens, 'higher')).toBe('-0.0461538462');
  });

  it('is negative for a bigger loss and positive for a smaller one on a lower-is-better metric', () => {
    expect(surpriseOf('6000000000', lossUnder5bn, 'lower')).toBe('-0.2');
    const twoSided: Target = {
      op: 'range',
      low: '4000000000',
      high: '5000000000',
      lowInclusive: true,
      highInclusive: true,
    };
    expect(surpriseOf('3000000000', twoSided, 'lower')).toBe('0.25');
  });

  it('is negative on either side for a neutral metric', () => {
    expect(surpriseOf('143000000000', capexBand, 'neutral')).toBe('-0.1');
    expect(surpriseOf('108000000000', capexBand, 'neutral')).toBe('-0.1');
  });

  it('divides by |actual| when the nearest bound is 0, as for "turn positive"', () => {
    expect(surpriseOf('-2', turnPositive, 'higher')).toBe('-1');
  });

  it('reads 0 for a value exactly on an excluded bound: outside, but by no distance', () => {
    expect(positionOf('0', turnPositive)).toBe('below');
    expect(keepsPromise('0', turnPositive, 'higher')).toBe(false);
    expect(surpriseOf('0', turnPositive, 'higher')).toBe('0');
  });
});

describe('marginOf', () => {
  it('is +20% when "above 1bn" is met at 1.2bn', () => {
    expect(marginOf('1200000000', { op: 'gt', value: '1000000000' }, 'higher')).toBe('0.2');
  });

  it('measures from the top of the teens when higher is better: 22% is +10%, 15% inside is -25%', () => {
    expect(marginOf('22', teens, 'higher')).toBe('0.1');
    expect(marginOf('15', teens, 'higher')).toBe('-0.25');
  });

  it('measures from the bottom of a range when lower is better: costs of 9 against 10 to 12 are +10%', () => {
    const costs: Target = { op: 'range', low: '10', high: '12', lowInclusive: true, highInclusive: true };
    expect(marginOf('9', costs, 'lower')).toBe('0.1');
    expect(marginOf('11', costs, 'lower')).toBe('-0.1');
  });

  it('is positive for a loss that narrowed beyond its bar: under RMB 5bn at 4bn is +20%', () => {
    expect(marginOf('4000000000', lossUnder5bn, 'lower')).toBe('0.2');
  });

  it('is null for a neutral metric such as capex', () => {
    expect(marginOf('125000000000', capexBand, 'neutral')).toBeNull();
  });

  it('divides by |actual| when the boundary is 0, as for "turn positive"', () => {
    expect(marginOf('5', turnPositive, 'higher')).toBe('1');
  });

  it("measures an 'about 28bn ± 2%' beat from 28.56bn", () => {
    const about: Target = { op: 'about', value: '28000000000', tolerancePercent: '2' };
    expect(marginOf('29988000000', about, 'higher')).toBe('0.05');
  });
});

describe('errorOf', () => {
  it('is |actual − midpoint| / |actual| for a range: 22% against the teens is 0.25', () => {
    expect(errorOf('22', teens)).toBe('0.25');
  });

  it("uses the centre of an 'about' target", () => {
    expect(errorOf('40', { op: 'about', value: '50', tolerance: '2' })).toBe('0.25');
  });

  it('is undefined for one-sided targets and for a zero actual', () => {
    expect(errorOf('31', { op: 'gt', value: '30' })).toBeNull();
    expect(errorOf('0', teens)).toBeNull();
  });
});

describe('describeTarget', () => {
  it('keeps the wording beside its reading', () => {
    expect(describeTarget(teens, 'percent')).toBe('the teens (13 to under 20%)');
  });

  it('reads an open range of money compactly, with the currency once at the end', () => {
    const open: Target = {
      op: 'range',
      low: '10000000000',
      high: '20000000000',
      lowInclusive: false,
      highInclusive: false,
      wording: 'above 10 billion but below 20 billion',
    };
    expect(describeTarget(open, 'CNY')).toBe('above 10 billion but below 20 billion (over 10bn and under 20bn CNY)');
  });

  it('reads one-sided, closed and approximate targets without wording', () => {
    expect(describeTarget({ op: 'gt', value: '30000000000' }, 'CNY')).toBe('above 30bn CNY');
    expect(describeTarget({ op: 'lte', value: '1500' }, 'count')).toBe('at most 1500');
    const closed: Target = { op: 'range', low: '1', high: '2', lowInclusive: true, highInclusive: true };
    expect(describeTarget(closed, 'number')).toBe('1 to 2');
    expect(describeTarget({ op: 'about', value: '50', tolerance: '2' }, 'percent')).toBe('about 50% (48 to 52%)');
  });
});

describe('formatValue', () => {
  it.each([
    ['12.40', 'percent', '12.4%'],
    ['30000000000', 'CNY', '30bn CNY'],
    ['1250000000000', 'CNY', '1.25tn CNY'],
    ['-1500000000', 'CNY', '-1.5bn CNY'],
    ['12345678901', 'USD', '12.345678901bn USD'],
    ['950000', 'USD', '950,000 USD'],
    ['1500', 'count', '1500'],
    ['0.25', 'number', '0.25'],
  ])('writes %s %s as %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});

// --- Properties --------------------------------------------------------------------------------------------------

/** Decimal strings on a grid of tenths, so relative distances never round away to 0 at 10 places. */
const tenths = fc.integer({ min: -100_000, max: 100_000 }).map((n) => new Dec(n).div(10).toFixed());

const targets: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: tenths }),
  fc
    .record({ a: tenths, b: tenths, lowInclusive: fc.boolean(), highInclusive: fc.boolean() })
    .map(({ a, b, lowInclusive, highInclusive }) => {
      const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
      return { op: 'range' as const, low, high, lowInclusive, highInclusive };
    }),
  fc.record({
    op: fc.constant('about' as const),
    value: tenths,
    tolerance: tenths.map((t) => new Dec(t).abs().toFixed()),
  }),
);

function onExcludedBound(value: string, target: Target): boolean {
  const { lower, upper } = targetRegion(target);
  return [lower, upper].some((b) => b !== null && !b.inclusive && b.value.eq(value));
}

describe('target properties', () => {
  const direction = fc.constantFrom(...GOOD_DIRECTIONS);

  it('gives a surprise of 0 exactly when the value is within the target (off excluded bounds)', () => {
    fc.assert(
      fc.property(tenths, targets, direction, (value, target, good) => {
        fc.pre(!onExcludedBound(value, target));
        expect(surpriseOf(value, target, good) === '0').toBe(positionOf(value, target) === 'within');
      }),
    );
  });

  it('gives a positive surprise exactly when the promise is kept outside the target', () => {
    fc.assert(
      fc.property(tenths, targets, direction, (value, target, good) => {
        fc.pre(!onExcludedBound(value, target));
        const outsideButKept = positionOf(value, target) !== 'within' && keepsPromise(value, target, good);
        expect(new Dec(surpriseOf(value, target, good)).gt(0)).toBe(outsideButKept);
      }),
    );
  });

  it('gives a positive margin exactly when the value lies beyond the good-side boundary, and none when neutral', () => {
    fc.assert(
      fc.property(tenths, targets, direction, (value, target, good) => {
        const margin = marginOf(value, target, good);
        const bound = goodSideBound(target, good);
        if (good === 'neutral' || bound === null) {
          expect(margin).toBeNull();
          return;
        }
        const beyond = good === 'higher' ? new Dec(value).gt(bound) : new Dec(value).lt(bound);
        const on = new Dec(value).eq(bound);
        expect(margin).not.toBeNull();
        expect(new Dec(margin ?? '0').gt(0)).toBe(beyond);
        expect(margin === '0').toBe(on);
      }),
    );
  });

  it('never lets a neutral metric beat its target', () => {
    fc.assert(
      fc.property(tenths, targets, (value, target) => {
        expect(new Dec(surpriseOf(value, target, 'neutral')).lte(0)).toBe(true);
      }),
    );
  });
});
