// Translate PostgreSQL constraint violations that a client can cause into domain errors.
import { DatabaseError } from 'pg';
import { ConflictError } from '../errors.js';

function pgCode(error: unknown): string | undefined {
  if (error instanceof DatabaseError) return error.code;
  // drizzle wraps driver errors; the original is the cause.
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof DatabaseError ? cause.code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return pgCode(error) === '23505';
}

/** A wait for a lock ran past the session's lock_timeout (see src/db/client.ts): the rows are busy, not wrong. */
export function isLockTimeout(error: unknown): boolean {
  return pgCode(error) === '55P03';
}

/** Run an insert; a unique violation becomes a 409 with the given detail. */
export async function insertOrConflict<T>(run: () => Promise<T>, detail: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(detail);
    throw error;
  }
}
