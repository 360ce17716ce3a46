// Exact decimal arithmetic for the scoring core and the parser. Values travel as decimal strings (model.ts
// `Decimal`); they are read into `Dec` to compare or compute, and only derived ratios are rounded, and only when
// they are presented.
import decimalJs from 'decimal.js/decimal.js';

// decimal.js's typings describe its CommonJS build, while its ES build exports only a default, so the two
// disagree on what `import Decimal from 'decimal.js'` is. The CommonJS build exposes the class as `.Decimal`,
// which typings and runtime both agree on.
const { Decimal } = decimalJs;
type Decimal = decimalJs.Decimal;

/**
 * A private Decimal constructor, so no other code's global configuration can change ours. 40 significant
 * digits keeps every quotient far beyond the 10 places we present; ties round half-even (IEEE 754 default).
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
export type Dec = Decimal;

/** Decimal places kept when a derived ratio (surprise, error, rates, projections) is presented. */
export const RATIO_PLACES = 10;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A plain decimal string such as '12.4', '-0.5' or '30000000000': no exponent, no sign '+', no hex. */
export function isDecimalString(value: string): boolean {
  return PLAIN_DECIMAL.test(value);
}

/**
 * Strings already read, so scoring a timeline does not parse the same figure and bound at every instant. A Dec
 * is immutable, so sharing one is safe; the memo is emptied when it grows large, so it stays bounded.
 */
const parsed = new Map<string, Dec>();
const PARSED_LIMIT = 100_000;

/** Read a decimal string (or pass a Dec through). Throws on anything that is not a plain decimal string. */
export function toDec(value: string | Dec): Dec {
  if (typeof value !== 'string') return value;
  const known = parsed.get(value);
  if (known !== undefined) return known;
  if (!isDecimalString(value)) throw new RangeError(`'${value}' is not a plain decimal number`);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const dec = new Dec(value);
  parsed.set(value, dec);
  return dec;
}

/** The exact value as a plain string: no exponent, no trailing zeros, never '-0'. */
export function formatExact(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * A derived ratio for presentation: at most `RATIO_PLACES` decimal places (half-up, as a reader rounds), no
 * exponent, trailing zeros trimmed. Never compare the result; compare the Dec it came from.
 */
export function formatRatio(value: Dec): string {
  return formatExact(value.toDecimalPlaces(RATIO_PLACES, Decimal.ROUND_HALF_UP));
}

const RATIO_SCALE = 10n ** BigInt(RATIO_PLACES);

/**
 * magnitude / denominator (both positive integers), negated when `negative`, as formatRatio gives it: rounded
 * half away from zero at RATIO_PLACES places, trailing zeros trimmed, never '-0'.
 */
function formatQuotient(magnitude: bigint, denominator: bigint, negative: boolean): string {
  const scaled = (magnitude * RATIO_SCALE * 2n + denominator) / (2n * denominator);
  const whole = scaled / RATIO_SCALE;
  const fraction = (scaled % RATIO_SCALE).toString().padStart(RATIO_PLACES, '0').replace(/0+$/, '');
  const sign = negative && scaled !== 0n ? '-' : '';
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/**
 * numerator / denominator of two counts (integers, numerator >= 0, denominator > 0), as formatRatio gives it:
 * rounded half-up at RATIO_PLACES places, trailing zeros trimmed. In integer arithmetic: a scorecard has a few
 * hundred of these, and a 40-digit decimal division each was most of what it cost to answer.
 */
export function formatCountRatio(numerator: number, denominator: number): string {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0)
    throw new RangeError(`${numerator}/${denominator} is not a ratio of two counts`);
  return formatQuotient(BigInt(numerator), BigInt(denominator), false);
}

/**
 * The mean of `count` values whose exact sum is `sum` (a plain decimal string), as formatRatio gives it, in
 * integer arithmetic: exact where a 40-digit division would round first, and with no decimal to parse.
 */
export function formatMean(sum: string, count: number): string {
  if (!isDecimalString(sum)) throw new RangeError(`'${sum}' is not a plain decimal number`);
  if (!Number.isSafeInteger(count) || count <= 0) throw new RangeError(`${count} is not a count to take a mean over`);
  const negative = sum.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? sum.slice(1) : sum).split('.');
  return formatQuotient(BigInt(whole + fraction), BigInt(count) * 10n ** BigInt(fraction.length), negative);
}

/** Exact sum, so means and regressions never go through a binary float. */
export function sum(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(v), new Dec(0));
}

/**
 * For figures read from text, which may have any number of digits: a precision far beyond any quote, so a
 * product or a shift is never rounded. Same class as `Dec`, so its values mix with `Dec`'s.
 */
const Exact = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

function readExact(value: string): Dec {
  if (!isDecimalString(value)) throw new RangeError(`'${value}' is not a plain decimal number`);
  return new Exact(value);
}

/** value × 10^power, exactly: ('5.4', 9) -> '5400000000'. */
export function shiftDecimal(value: string, power: number): string {
  return formatExact(readExact(value).times(`1e${power}`));
}

/** a × b, exactly. */
export function multiplyDecimal(a: string, b: string): string {
  return formatExact(readExact(a).times(readExact(b)));
}

export function negateDecimal(value: string): string {
  return formatExact(readExact(value).neg());
}

/** The same value written plainly: '12.50' -> '12.5'. */
export function normalizeDecimal(value: string): string {
  return formatExact(readExact(value));
}
