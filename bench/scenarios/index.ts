// Every scenario `npm run bench` runs, in order. A target's ceiling may come before or after it: targets are
// judged once all have run. Read benchmarks (GET with ETags, the change feed) go in a reads.ts beside these.
import type { Scenario } from '../lib/scenario.js';
import { ceilingScenarios } from './ceilings.js';
import { serverWarmup, writeScenarios } from './writes.js';

export { serverWarmup };

export function allScenarios(): Scenario[] {
  return [...ceilingScenarios(), ...writeScenarios()];
}
