// The services, one per resource, wired here top to bottom. Each receives its stores (all built on one
// executor: the pool for reads, a unit of work's transaction for writes) and the clock it reads "now" from.
import type { Clock } from '../lib/clock.js';
import type { Stores } from '../store/index.js';
import { createActualService } from './actuals.js';
import { createAuditService } from './audit.js';
import { createChangeService } from './changes.js';
import { createCompanyService } from './companies.js';
import { createKeyService } from './keys.js';
import { createMetricService } from './metrics.js';
import { unobserved, type WorkObserver } from './observer.js';
import { createScoringService, type ScoringService } from './scoring.js';
import { createStatementService } from './statements.js';
import { createWebhookService } from './webhooks.js';

export function createServices(stores: Stores, clock: Clock, observer: WorkObserver = unobserved) {
  // Scoring first: recording statements and actuals re-scores what they touch, in the same transaction.
  const unobservedScoring = createScoringService(stores, clock);
  const scoring: ScoringService = {
    ...unobservedScoring,
    async rescore(...args) {
      const started = performance.now();
      try {
        return await unobservedScoring.rescore(...args);
      } finally {
        observer.rescored((performance.now() - started) / 1000);
      }
    },
  };
  const actuals = createActualService(stores, clock, scoring);
  return {
    companies: createCompanyService(stores.companies, clock),
    metrics: createMetricService(stores, clock),
    statements: createStatementService(stores, clock, scoring),
    actuals: {
      ...actuals,
      async recordBatch(items: Parameters<typeof actuals.recordBatch>[0]) {
        const results = await actuals.recordBatch(items);
        observer.batchRecorded(items.length);
        return results;
      },
    },
    scoring,
    changes: createChangeService(stores.changes),
    audit: createAuditService(stores.writes),
    keys: createKeyService(stores.apiKeys, clock),
    webhooks: createWebhookService(stores.webhooks, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
