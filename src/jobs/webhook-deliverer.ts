// The webhook deliverer on a timer (the work itself: src/service/webhook-delivery.ts). Every instance runs it.
import type { DatabaseHandle } from '../db/client.js';
import type { Clock } from '../lib/clock.js';
import { createWebhookDeliverer, type WebhookDeliveryOptions } from '../service/webhook-delivery.js';
import type { Job } from './job.js';

/**
 * Every `intervalMs`, start deliveries to the due endpoints that this instance is not already delivering to,
 * at most `concurrency` at once: an endpoint that hangs until its timeout holds up only itself.
 */
export function startWebhookDeliverer(
  database: DatabaseHandle,
  clock: Clock,
  options: WebhookDeliveryOptions & { intervalMs: number; concurrency?: number },
  warn: (err: unknown, message: string) => void,
): Job {
  if (options.intervalMs <= 0) return { stop: async () => undefined };
  const deliverer = createWebhookDeliverer(database, clock, options);
  const concurrency = options.concurrency ?? 4;
  const inFlight = new Map<string, Promise<unknown>>();
  let looking: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped || looking || inFlight.size >= concurrency) return;
    looking = deliverer
      .due()
      .then((ids) => {
        for (const id of ids) {
          if (stopped || inFlight.size >= concurrency) break;
          if (inFlight.has(id)) continue;
          const run = deliverer
            .deliverTo(id)
            .catch((err: unknown) => warn(err, 'delivering webhooks failed'))
            .finally(() => inFlight.delete(id));
          inFlight.set(id, run);
        }
      })
      .catch((err: unknown) => warn(err, 'looking for due webhooks failed'))
      .finally(() => {
        looking = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await looking;
      await Promise.all(inFlight.values());
    },
  };
}
