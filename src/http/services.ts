// What the routes are given: stores for reads, services for writes and scoring. Built once per app.
import type { Database } from '../db/client.js';
import { createActualsService } from '../service/actuals.js';
import { createGuidance } from '../service/guidance.js';
import { createScoring } from '../service/scoring.js';
import { createActualStore } from '../store/actuals.js';
import { createCompanyStore } from '../store/companies.js';
import { createMetricStore } from '../store/metrics.js';
import { createStatementStore } from '../store/statements.js';

export function createServices(db: Database) {
  return {
    companies: createCompanyStore(db),
    metrics: createMetricStore(db),
    statements: createStatementStore(db),
    actuals: createActualStore(db),
    guidance: createGuidance(db),
    recording: createActualsService(db),
    scoring: createScoring(db),
  };
}

export type Services = ReturnType<typeof createServices>;
