// Idempotency records are kept 24 hours (IDEMPOTENCY_RETENTION_MS), then pruned. Every instance prunes;
// deleting what is already gone is harmless.
import type { UnitOfWork } from '../service/unit-of-work.js';
import { every, type Job } from './job.js';

export function startIdempotencyPruner(
  unitOfWork: UnitOfWork,
  intervalMs: number,
  warn: (err: unknown, message: string) => void,
): Job {
  return every(
    intervalMs,
    () => unitOfWork.pruneIdempotencyRecords(),
    (err) => warn(err, 'pruning idempotency keys failed'),
  );
}
