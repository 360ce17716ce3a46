// Every store, built on one executor: the pool for reads, or the transaction of a unit of work (see
// src/service/unit-of-work.ts), so that everything a write does commits or rolls back together.
import type { Executor } from '../db/client.js';
import { createActualStore } from './actuals.js';
import { createApiKeyStore } from './api-keys.js';
import { createChangeStore } from './changes.js';
import { createCompanyStore } from './companies.js';
import { createMetricStore } from './metrics.js';
import { createStatementStore } from './statements.js';
import { createTimelineStore } from './timeline.js';
import { createVerdictStore } from './verdicts.js';
import { createWebhookStore } from './webhooks.js';
import { createWriteStore } from './writes.js';

export function createStores(db: Executor) {
  return {
    companies: createCompanyStore(db),
    metrics: createMetricStore(db),
    statements: createStatementStore(db),
    actuals: createActualStore(db),
    timeline: createTimelineStore(db),
    /** Current verdicts and company totals: the "as of now" reads across companies. */
    verdicts: createVerdictStore(db),
    /** The change feed, and the notification every write sends. */
    changes: createChangeStore(db),
    /** Idempotency records and the audit trail. */
    writes: createWriteStore(db),
    apiKeys: createApiKeyStore(db),
    webhooks: createWebhookStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
