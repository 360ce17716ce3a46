// The running sums of an ordinary least-squares line, kept exactly. A timeline adds and removes one point at a
// time as figures are published and restated, so the fit at each instant costs the same however many points
// came before; the sums are integers (values scaled by a power of ten), so the order of additions never
// rounds anything, and the projection is one division of two exact integers.
import { Dec } from './decimal.js';

export interface LinearSums {
  n: number;
  /** Σx and Σx², x being whole days. */
  x: bigint;
  xx: bigint;
  /** Σy and Σxy, scaled by 10^scale. */
  y: bigint;
  xy: bigint;
  scale: number;
}

export function emptySums(): LinearSums {
  return { n: 0, x: 0n, xx: 0n, y: 0n, xy: 0n, scale: 0 };
}

/** A plain decimal string as an integer and the power of ten it is scaled by: '-12.50' -> [-1250n, 2]. */
function scaled(value: string): [bigint, number] {
  const dot = value.indexOf('.');
  if (dot === -1) return [BigInt(value), 0];
  return [BigInt(value.slice(0, dot) + value.slice(dot + 1)), value.length - dot - 1];
}

/** Adds (sign 1) or removes (sign -1) the point (x, y), y a plain decimal string. */
export function addPoint(sums: LinearSums, x: number, y: string, sign: 1 | -1): void {
  const [mantissa, scale] = scaled(y);
  if (scale > sums.scale) {
    const up = 10n ** BigInt(scale - sums.scale);
    sums.y *= up;
    sums.xy *= up;
    sums.scale = scale;
  }
  const value = mantissa * 10n ** BigInt(sums.scale - scale) * BigInt(sign);
  const bx = BigInt(x);
  sums.n += sign;
  sums.x += bx * BigInt(sign);
  sums.xx += bx * bx * BigInt(sign);
  sums.y += value;
  sums.xy += bx * value;
}

/**
 * The fitted line's value at `atDay`; null with fewer than two points or when x is constant. From the normal
 * equations: ȳ + (nΣxy − ΣxΣy) / (nΣx² − (Σx)²) · (atDay − x̄), over the common denominator n·D·10^scale.
 */
export function projectAt(sums: LinearSums, atDay: number): Dec | null {
  const { n, x, xx, y, xy, scale } = sums;
  if (n < 2) return null;
  const bn = BigInt(n);
  const d = bn * xx - x * x;
  if (d === 0n) return null;
  const numerator = y * d + (bn * xy - x * y) * (bn * BigInt(atDay) - x);
  const denominator = bn * d * 10n ** BigInt(scale);
  return new Dec(numerator.toString()).div(denominator.toString());
}
