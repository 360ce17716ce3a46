// Keyset pagination over a table's monotonically increasing seq: stable while rows are inserted concurrently.
import { InvalidInputError } from '../errors.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ s: seq })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 's' in parsed && Number.isSafeInteger(parsed.s)) {
      return Number(parsed.s);
    }
  } catch {
    // fall through to the 422 below
  }
  throw new InvalidInputError([{ parameter: 'cursor', detail: 'is not a cursor this service issued' }]);
}

/** Fetch limit+1 rows to learn whether another page exists without a count query. */
export function toPage<R extends { seq: number }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null };
}
