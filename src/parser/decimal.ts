// Exact decimal arithmetic on strings, just enough for the parser: scaling "5.4 billion" to base units and
// taking a percentage of a value. BigInt mantissas keep it exact (no binary floats), as model.ts requires.
import type { Decimal } from '../domain/model.js';

interface Dec {
  mantissa: bigint;
  exponent: number;
}

function parse(value: string): Dec {
  const clean = value.replace(/,/g, '').replace('−', '-');
  const m = /^(-)?(\d*)(?:\.(\d*))?$/.exec(clean);
  if (!m) throw new Error(`not a decimal: '${value}'`);
  const [, sign = '', whole = '', fraction = ''] = m;
  const digits = `${whole}${fraction}` || '0';
  const mantissa = BigInt(digits) * (sign ? -1n : 1n);
  return { mantissa, exponent: -fraction.length };
}

function format({ mantissa, exponent }: Dec): Decimal {
  const negative = mantissa < 0n;
  const digits = (negative ? -mantissa : mantissa).toString();
  let text: string;
  if (exponent >= 0) {
    text = mantissa === 0n ? '0' : digits + '0'.repeat(exponent);
  } else {
    const padded = digits.padStart(-exponent + 1, '0');
    const whole = padded.slice(0, exponent);
    const fraction = padded.slice(exponent).replace(/0+$/, '');
    text = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

/** value × 10^power, e.g. ('5.4', 9) -> '5400000000'. */
export function shiftDecimal(value: string, power: number): Decimal {
  const d = parse(value);
  return format({ mantissa: d.mantissa, exponent: d.exponent + power });
}

export function multiplyDecimal(a: string, b: string): Decimal {
  const x = parse(a);
  const y = parse(b);
  return format({ mantissa: x.mantissa * y.mantissa, exponent: x.exponent + y.exponent });
}

export function negateDecimal(value: string): Decimal {
  return value.startsWith('-') ? value.slice(1) : value === '0' ? '0' : `-${value}`;
}

export function normalizeDecimal(value: string): Decimal {
  return format(parse(value));
}

/**
 * Half a unit in the last place written, scaled: '65.0' billion -> 0.05 billion. A number stated without a
 * tolerance is taken as rounded to the precision it was given in, the usual reading of a point estimate.
 */
export function halfLastPlace(digitsAsWritten: string, power: number): Decimal {
  const fraction = /\.(\d+)$/.exec(digitsAsWritten.replace(/,/g, ''))?.[1] ?? '';
  return shiftDecimal('5', power - fraction.length - 1);
}
