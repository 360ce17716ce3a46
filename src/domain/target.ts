// Targets as intervals on the metric's value, and how far an actual lands from them.
import { Dec, formatExact, formatRatio, toDec } from './decimal.js';
import type { Decimal, GoodDirection, Position, Target, TargetChange, Unit } from './model.js';

export interface Bound {
  value: Dec;
  inclusive: boolean;
}

/** The set of values that satisfy a target; a null bound is unbounded on that side. */
export interface TargetRegion {
  lower: Bound | null;
  upper: Bound | null;
}

/** Regions already worked out, per target object: scoring asks for the same target's region many times. */
const regions = new WeakMap<Target, TargetRegion>();

export function targetRegion(target: Target): TargetRegion {
  let region = regions.get(target);
  if (region === undefined) {
    region = regionOf(target);
    regions.set(target, region);
  }
  return region;
}

function regionOf(target: Target): TargetRegion {
  switch (target.op) {
    case 'gt':
      return { lower: { value: toDec(target.value), inclusive: false }, upper: null };
    case 'gte':
      return { lower: { value: toDec(target.value), inclusive: true }, upper: null };
    case 'lt':
      return { lower: null, upper: { value: toDec(target.value), inclusive: false } };
    case 'lte':
      return { lower: null, upper: { value: toDec(target.value), inclusive: true } };
    case 'range':
      return {
        lower: { value: toDec(target.low), inclusive: target.lowInclusive },
        upper: { value: toDec(target.high), inclusive: target.highInclusive },
      };
    case 'about': {
      const centre = toDec(target.value);
      const tolerance = toleranceOf(target);
      return {
        lower: { value: centre.minus(tolerance), inclusive: true },
        upper: { value: centre.plus(tolerance), inclusive: true },
      };
    }
  }
}

type AboutTarget = Extract<Target, { op: 'about' }>;

/** The absolute tolerance of an 'about' target: the amount given, or the percentage of the value, exactly. */
export function toleranceOf(target: AboutTarget): Dec {
  if (target.tolerancePercent !== undefined) {
    return toDec(target.value).abs().times(toDec(target.tolerancePercent)).div(100).abs();
  }
  return toDec(target.tolerance ?? '0').abs();
}

function isBelow(value: Dec, lower: Bound | null): lower is Bound {
  if (lower === null) return false;
  const c = value.comparedTo(lower.value);
  return c < 0 || (c === 0 && !lower.inclusive);
}

function isAbove(value: Dec, upper: Bound | null): upper is Bound {
  if (upper === null) return false;
  const c = value.comparedTo(upper.value);
  return c > 0 || (c === 0 && !upper.inclusive);
}

/** Where a value lies against the target region. Exact comparison; an excluded bound itself lies outside. */
export function positionOf(value: Decimal | Dec, target: Target): Position {
  const v = toDec(value);
  const { lower, upper } = targetRegion(target);
  if (isBelow(v, lower)) return 'below';
  if (isAbove(v, upper)) return 'above';
  return 'within';
}

/**
 * Inside the target keeps the promise, and so does overshooting it on the metric's good side: margin guided to
 * "the teens" and reported at 22% is a beat. For a neutral metric (capex, headcount) only inside counts.
 */
export function keepsPromise(value: Decimal | Dec, target: Target, goodDirection: GoodDirection): boolean {
  const position = positionOf(value, target);
  if (position === 'within') return true;
  if (goodDirection === 'higher') return position === 'above';
  if (goodDirection === 'lower') return position === 'below';
  return false;
}

/**
 * Signed relative distance from the nearest bound, positive when the actual was better for the company:
 * (value − bound) / |bound|, with |value| as the denominator when the bound is 0 ("turn positive").
 * '0' inside. For a neutral metric any miss is negative. A value sitting exactly on an excluded bound is
 * outside by a distance of zero, so it is the one case where a miss still reads '0'.
 */
export function surpriseOf(value: Decimal | Dec, target: Target, goodDirection: GoodDirection): Decimal {
  const v = toDec(value);
  const { lower, upper } = targetRegion(target);
  const bound = isBelow(v, lower) ? lower : isAbove(v, upper) ? upper : null;
  if (bound === null) return '0';
  const distance = v.minus(bound.value);
  if (distance.isZero()) return '0';
  const denominator = bound.value.isZero() ? v.abs() : bound.value.abs();
  const relative = distance.div(denominator);
  const signed =
    goodDirection === 'higher' ? relative : goodDirection === 'lower' ? relative.neg() : relative.abs().neg();
  return formatRatio(signed);
}

/**
 * The boundary on the metric's good side: the threshold of a one-sided target; of a range (or 'about'), the top
 * when higher is better and the bottom when lower is better. null for a neutral metric, which has no good side.
 */
export function goodSideBound(target: Target, goodDirection: GoodDirection): Dec | null {
  if (goodDirection === 'neutral') return null;
  const { lower, upper } = targetRegion(target);
  if (lower !== null && upper !== null) return (goodDirection === 'higher' ? upper : lower).value;
  return (lower ?? upper)?.value ?? null;
}

/**
 * How far the figure lies beyond the good-side boundary, relative to it, positive when beyond: "above 1bn" met
 * at 1.2bn is 0.2. It shows a beat that surprise (zero inside) cannot: management clearing its own bar by 20%
 * quarter after quarter is sandbagging. The denominator is |figure| when the boundary is 0, as for surprise.
 */
export function marginOf(value: Decimal | Dec, target: Target, goodDirection: GoodDirection): Decimal | null {
  const bound = goodSideBound(target, goodDirection);
  if (bound === null) return null;
  const v = toDec(value);
  const distance = goodDirection === 'higher' ? v.minus(bound) : bound.minus(v);
  if (distance.isZero()) return '0';
  return formatRatio(distance.div(bound.isZero() ? v.abs() : bound.abs()));
}

/**
 * |value − midpoint| / |value|: the accuracy measure of the management-forecast literature, defined only for
 * bounded targets (a range, or 'about'), and not for a zero actual.
 */
export function errorOf(value: Decimal | Dec, target: Target): Decimal | null {
  const v = toDec(value);
  if (v.isZero()) return null;
  let midpoint: Dec;
  if (target.op === 'range') midpoint = toDec(target.low).plus(toDec(target.high)).div(2);
  else if (target.op === 'about') midpoint = toDec(target.value);
  else return null;
  return formatRatio(v.minus(midpoint).abs().div(v.abs()));
}

const COMPACT_SCALES: readonly { factor: string; suffix: string }[] = [
  { factor: '1e12', suffix: 'tn' },
  { factor: '1e9', suffix: 'bn' },
  { factor: '1e6', suffix: 'm' },
];

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** '1250000.5' as '1,250,000.5'. */
export function groupThousands(plain: string): string {
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Decimal places a derived number (a projection, a bound worked out from a percentage) is read to. */
export const READING_PLACES = 4;

/** How a number is written: exactly as given, or, when derived, rounded half up to `READING_PLACES`. */
type Precision = 'exact' | 'derived';

function written(value: Dec, precision: Precision): string {
  return formatExact(precision === 'exact' ? value : value.toDecimalPlaces(READING_PLACES, Dec.ROUND_HALF_UP));
}

/**
 * A number as it is read aloud in guidance: '30bn', '1.25tn', '950,000'. Exact (no digit is dropped) unless
 * derived, when it is rounded for reading after scaling: a projection of 29528571428.57 reads '29.5286bn'.
 */
function formatAmount(value: Dec, precision: Precision): string {
  const abs = value.abs();
  for (const { factor, suffix } of COMPACT_SCALES) {
    if (abs.gte(factor)) return `${written(value.div(factor), precision)}${suffix}`;
  }
  return groupThousands(written(value, precision));
}

/** The unit's suffix, written once after the last number: '13 to under 20%', '10bn to 20bn CNY'. */
function unitSuffix(unit: Unit): string {
  if (unit === 'percent') return '%';
  if (CURRENCY_CODE.test(unit)) return ` ${unit}`;
  return '';
}

function formatBare(value: Dec, unit: Unit, precision: Precision = 'exact'): string {
  return CURRENCY_CODE.test(unit) ? formatAmount(value, precision) : written(value, precision);
}

/**
 * A value with its unit: '12.4%', '30bn CNY', '1.5m CNY', '950,000 USD', '42'. A derived value (a projection)
 * is rounded to `READING_PLACES` for reading; the field it came from keeps every digit.
 */
export function formatValue(value: Decimal | Dec, unit: Unit, precision: Precision = 'exact'): string {
  return `${formatBare(toDec(value), unit, precision)}${unitSuffix(unit)}`;
}

/** The numeric reading of a target in words: 'above 30bn CNY', '13 to under 20%', 'about 50% (48 to 52%)'. */
export function readTarget(target: Target, unit: Unit): string {
  if (target.change !== undefined) return readChangeTarget(target, target.change, unit);
  return readNumbers(target, {
    bare: (v, precision) => formatBare(v, unit, precision),
    suffix: () => unitSuffix(unit),
  });
}

/** How a target's numbers are written: each number bare, and the unit after the last one. */
interface NumberWriter {
  bare(value: Dec, precision: Precision): string;
  suffix(value: Dec): string;
}

/** A target's numbers in words, the unit written once after the last number. */
function readNumbers(target: Target, { bare, suffix }: NumberWriter): string {
  const full = (v: Dec, precision: Precision = 'exact'): string => `${bare(v, precision)}${suffix(v)}`;
  switch (target.op) {
    case 'gt':
      return `above ${full(toDec(target.value))}`;
    case 'gte':
      return `at least ${full(toDec(target.value))}`;
    case 'lt':
      return `below ${full(toDec(target.value))}`;
    case 'lte':
      return `at most ${full(toDec(target.value))}`;
    case 'range': {
      const low = bare(toDec(target.low), 'exact');
      const high = full(toDec(target.high));
      if (target.lowInclusive) return target.highInclusive ? `${low} to ${high}` : `${low} to under ${high}`;
      return target.highInclusive ? `over ${low} up to ${high}` : `over ${low} and under ${high}`;
    }
    case 'about': {
      const centre = toDec(target.value);
      const tolerance = toleranceOf(target);
      const stated =
        target.tolerancePercent === undefined ? '' : `, plus or minus ${formatExact(toDec(target.tolerancePercent))}%`;
      // The ends are worked out, not stated: rounded for reading.
      const low = bare(centre.minus(tolerance), 'derived');
      const high = full(centre.plus(tolerance), 'derived');
      return `about ${full(centre)}${stated} (${low} to ${high})`;
    }
  }
}

/** What a change is measured against, as the words before the change: 'year-over-year change'. */
export const CHANGE_AGAINST: Record<TargetChange['against'], string> = {
  'year-earlier': 'year-over-year change',
  'prior-period': 'period-over-period change',
};

/** The unit a change's number is written in: percent when relative, else the metric's. */
function changeUnit(change: TargetChange, unit: Unit): Unit {
  return change.kind === 'relative' ? 'percent' : unit;
}

/** The unit written after a change: '%' when relative; else the metric's, a percent metric's in points. */
function changeSuffix(change: TargetChange, unit: Unit, value: Dec): string {
  if (change.kind === 'absolute' && unit === 'percent') return value.abs().eq(1) ? ' point' : ' points';
  return unitSuffix(changeUnit(change, unit));
}

/**
 * A target on the change, its numbers signed as guidance writes them: 'year-over-year change of +1 to +6%',
 * 'period-over-period change of about -1 point (-1.5 to -0.5 points)', 'year-over-year change above +10%'.
 */
function readChangeTarget(target: Target, change: TargetChange, unit: Unit): string {
  const numbers = readNumbers(target, {
    bare: (v, precision) => `${v.gt(0) ? '+' : ''}${formatBare(v, changeUnit(change, unit), precision)}`,
    suffix: (v) => changeSuffix(change, unit, v),
  });
  const of = target.op === 'gt' || target.op === 'lt' ? '' : 'of ';
  return `${CHANGE_AGAINST[change.against]} ${of}${numbers}`;
}

/**
 * A change as it is said of a figure: 'up 3.9509%', 'down 1.1 points', 'up 4.725bn USD', 'unchanged'. A relative
 * change is a worked-out ratio, rounded for reading; an absolute one is exact.
 */
export function describeChange(value: Decimal | Dec, change: TargetChange, unit: Unit): string {
  const v = toDec(value);
  if (v.isZero()) return 'unchanged';
  const size = v.abs();
  const precision: Precision = change.kind === 'relative' ? 'derived' : 'exact';
  const number = formatBare(size, changeUnit(change, unit), precision);
  return `${v.isNegative() ? 'down' : 'up'} ${number}${changeSuffix(change, unit, size)}`;
}

/** Where a value stands against a target, as the verb phrase of a sentence: one-sided targets are met, not entered. */
function relation(position: Position, target: Target): string {
  if (position !== 'within') return position;
  return target.op === 'range' || target.op === 'about' ? 'within' : 'meeting';
}

/**
 * A figure set against a target, from the target's structure: '12.4%, below the target (13 to under 20%, stated
 * as "the teens")'. The verdict word is followed by "the target", never by the wording: a wording carries its own
 * direction words ("above RMB 10 billion", "surpass 30bn"), so it is quoted after the numeric reading.
 */
export function figureAgainstTarget(value: Decimal | Dec, target: Target, unit: Unit): string {
  const stated = target.wording ? `, stated as "${target.wording}"` : '';
  const verdict = relation(positionOf(value, target), target);
  const figure = target.change ? describeChange(value, target.change, unit) : formatValue(value, unit);
  return `${figure}, ${verdict} the target (${readTarget(target, unit)}${stated})`;
}

/**
 * A value a target judges, with its unit: a level as `formatValue` writes it, a change signed ('+4.1%', '-1
 * point'). A derived value (a projection) is rounded for reading.
 */
export function formatJudged(value: Decimal | Dec, target: Target, unit: Unit, precision: Precision = 'exact'): string {
  const v = toDec(value);
  const { change } = target;
  if (change === undefined) return formatValue(v, unit, precision);
  return `${v.gt(0) ? '+' : ''}${formatBare(v, changeUnit(change, unit), precision)}${changeSuffix(change, unit, v)}`;
}

/** The target as a person would say it: the original wording with its reading, e.g. 'the teens (13 to under 20%)'. */
export function describeTarget(target: Target, unit: Unit): string {
  const reading = readTarget(target, unit);
  return target.wording ? `${target.wording} (${reading})` : reading;
}
