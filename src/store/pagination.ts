// Keyset pagination: a cursor names the last row of a page by its sort key and its seq (a unique, increasing
// number), and the next page starts strictly after it. No offsets, so pages stay stable while rows are
// inserted concurrently.
import { InvalidInputError } from '../errors.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Keyset {
  seq: number;
  /** The sort key of the row, when the order is by something other than seq alone. */
  key: string | null;
}

export function encodeCursor(position: Keyset): string {
  return Buffer.from(
    JSON.stringify(position.key === null ? { s: position.seq } : { s: position.seq, k: position.key }),
  ).toString('base64url');
}

export function decodeKeyset(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 's' in parsed && Number.isSafeInteger(parsed.s)) {
      const key = 'k' in parsed && typeof parsed.k === 'string' ? parsed.k : null;
      return { seq: Number(parsed.s), key };
    }
  } catch {
    // fall through to the 422 below
  }
  throw new InvalidInputError([{ parameter: 'cursor', detail: 'is not a cursor this service issued' }]);
}

/** The seq after which a page ordered by seq alone starts. */
export function decodeCursor(cursor: string | undefined): number {
  return decodeKeyset(cursor)?.seq ?? 0;
}

/** Fetch limit+1 rows to learn whether another page exists without a count query. */
export function toPage<R extends { seq: number }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  keyOf: (row: R) => string | null = () => null,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor({ seq: last.seq, key: keyOf(last) }) : null,
  };
}
