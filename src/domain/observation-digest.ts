// Which figures an evaluation observes, as a short digest: a timeline compares it, and a stored segment keeps it,
// instead of the observations themselves (N of them at each of N instants). Order-free: the digest is the count
// and the sum (mod 2^64) of a hash of each observation, so adding or removing one updates it in constant time.
import type { Observation } from './model.js';

const MASK = (1n << 64n) - 1n;

/** The murmur3 finalizer: spreads every input bit over the 32 output bits. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 64 bits of hash of a string: two multiplicative passes with different multipliers, each finished by mix32. */
function hash64(text: string): bigint {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (BigInt(mix32(a)) << 32n) | BigInt(mix32(b));
}

/** What identifies an observation: its figure, and of a change target the figure it is compared with. */
function identity(o: Pick<Observation, 'actualId' | 'comparison'>): string {
  return o.comparison ? `${o.actualId}|${o.comparison.actualId}` : o.actualId;
}

/** A running digest of a set of observations. */
export class ObservationDigest {
  private count = 0;
  private sum = 0n;

  add(o: Pick<Observation, 'actualId' | 'comparison'>, sign: 1 | -1): void {
    this.count += sign;
    this.sum = (this.sum + BigInt(sign) * hash64(identity(o))) & MASK;
  }

  toString(): string {
    return `${this.count}:${this.sum.toString(16)}`;
  }
}

export function digestOf(observations: readonly Observation[]): string {
  const digest = new ObservationDigest();
  for (const o of observations) digest.add(o, 1);
  return digest.toString();
}
