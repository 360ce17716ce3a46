// What is kept only for a while is pruned on a timer: idempotency records after 24 hours
// (IDEMPOTENCY_RETENTION_MS), webhook delivery attempts after WEBHOOK_DELIVERY_RETENTION_DAYS. Every instance
// prunes; deleting what is already gone is harmless.
import type { UnitOfWork } from '../service/unit-of-work.js';
import { every, type Job } from './job.js';

export function startRetentionPruner(
  unitOfWork: UnitOfWork,
  intervalMs: number,
  webhookDeliveryRetentionMs: number,
  warn: (err: unknown, message: string) => void,
): Job {
  return every(
    intervalMs,
    async () => {
      await unitOfWork.pruneIdempotencyRecords();
      await unitOfWork.pruneWebhookDeliveries(webhookDeliveryRetentionMs);
    },
    (err) => warn(err, 'pruning idempotency keys or the webhook delivery log failed'),
  );
}
