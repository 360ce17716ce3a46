// What the routes are given: stores for reads, services for writes and scoring. Built once per app.
import type { Executor } from '../db/client.js';
import { createActualsService } from '../service/actuals.js';
import { createGuidance } from '../service/guidance.js';
import { createScoring } from '../service/scoring.js';
import { createActualStore } from '../store/actuals.js';
import { createCompanyStore } from '../store/companies.js';
import { createMetricStore } from '../store/metrics.js';
import { createStatementStore } from '../store/statements.js';
import { createWriteStore } from '../store/writes.js';
import { createChangeStore } from '../store/changes.js';
import type { WriteRunner } from './write.js';
import type { Clock } from '../lib/clock.js';

export function createServices(db: Executor, clock: Clock) {
  return {
    clock,
    companies: createCompanyStore(db),
    metrics: createMetricStore(db),
    statements: createStatementStore(db),
    actuals: createActualStore(db),
    guidance: createGuidance(db, clock),
    recording: createActualsService(db, clock),
    scoring: createScoring(db, clock),
    writes: createWriteStore(db),
    changes: createChangeStore(db),
  };
}

export type Services = ReturnType<typeof createServices>;

/** What every resource's routes are given: services for reads, and the runner through which every write goes. */
export interface RouteDeps {
  services: Services;
  write: WriteRunner;
}
