// Webhook endpoints: registered, listed and removed by admins; delivered to by src/jobs/webhook-deliverer.ts.
import { randomBytes } from 'node:crypto';
import type { ChangeKind } from '../domain/model.js';
import { NotFoundError } from '../errors.js';
import type { Clock } from '../lib/clock.js';
import type { Page } from '../store/pagination.js';
import type { WebhookDeliveryRow, WebhookEndpointRow, WebhookStore } from '../store/webhooks.js';

export type { WebhookDeliveryRow, WebhookEndpointRow };

export interface NewWebhookEndpoint {
  url: string;
  eventTypes: ChangeKind[];
  companyId?: string | undefined;
}

/** A Standard Webhooks signing secret: 'whsec_' and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function createWebhookService(store: WebhookStore, clock: Clock) {
  return {
    /**
     * Register an endpoint. It is sent what the feed records from this transaction on: its cursor starts at this
     * transaction's id (the feed is ordered by transaction id).
     */
    async create(input: NewWebhookEndpoint): Promise<WebhookEndpointRow> {
      const txid = await store.currentTransactionId();
      return store.create({
        url: input.url,
        eventTypes: [...new Set(input.eventTypes)],
        companyId: input.companyId ?? null,
        secret: newWebhookSecret(),
        cursor: `${txid}.0`,
        createdAt: clock.now(),
      });
    },

    async list(): Promise<WebhookEndpointRow[]> {
      return store.list();
    },

    async get(id: string): Promise<WebhookEndpointRow> {
      const row = await store.get(id);
      if (!row) throw new NotFoundError('webhook endpoint', id);
      return row;
    },

    /**
     * Take a disabled endpoint back into delivery: its failure state is cleared and delivery resumes at its cursor,
     * with the event that last failed. Enabling an enabled endpoint changes nothing.
     */
    async enable(id: string): Promise<WebhookEndpointRow> {
      const row = await this.get(id);
      if (row.enabled) return row;
      const patch = { enabled: true, disabledReason: null, failingSince: null, failedAttempts: 0, nextAttemptAt: null };
      await store.update(id, patch);
      return { ...row, ...patch };
    },

    async remove(id: string): Promise<void> {
      if (!(await store.remove(id))) throw new NotFoundError('webhook endpoint', id);
    },

    async deliveries(id: string, page: { limit: number; cursor?: string }): Promise<Page<WebhookDeliveryRow>> {
      await this.get(id);
      return store.deliveries(id, page);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
