// Simulates a proposed src fix without touching src: `BENCH_SERVER_IMPORT=./bench/diagnose/history-by-metric.ts`.
//
// src/store/actuals.ts historyForScoring selects the actuals a rescore needs with
//   where exists (select 1 from statements s where s.id = any($ids) and s.metric_id = a.metric_id and <window>)
// PostgreSQL cannot turn that semi-join around (its join filter uses the window columns of s), so it reads
// every row of actuals (a parallel seq scan) and hashes the few statements: the cost of one POST grows with
// the whole table, not with the metric's history. The fix (history-rewrite.ts) adds a condition the planner
// takes to the index actuals_metric_period, evaluated once as an init plan,
//   where a.metric_id = any(array(select s.metric_id from statements s where s.id = any($ids))) and exists (...)
// and computes each period's cut with a second window function over the same partition instead of joining h
// to an aggregate of itself (whose row estimate of 1 turns into a nested loop, quadratic in the history).
// This hook sends src's history query as the proposed one (pg.Client.prototype.query), nothing else.
import pg from 'pg';
import { rewrite } from './history-rewrite.js';

type QueryFn = (...args: unknown[]) => unknown;

let rewritten = 0;
const proto = pg.Client.prototype as unknown as { query: QueryFn; __historyByMetric?: boolean };
if (!proto.__historyByMetric) {
  proto.__historyByMetric = true;
  const original = proto.query;
  proto.query = function rewriting(this: unknown, ...args: unknown[]) {
    const [config] = args;
    if (typeof config === 'string') {
      args[0] = rewrite(config);
      if (args[0] !== config) rewritten += 1;
    } else if (config && typeof config === 'object' && 'text' in config && typeof config.text === 'string') {
      const text = rewrite(config.text);
      // drizzle reuses its query config objects: hand pg a copy rather than change theirs.
      if (text !== config.text) {
        args[0] = { ...config, text };
        rewritten += 1;
      }
    }
    return original.apply(this, args);
  };
  // Said on stderr, which the bench collects with the server's log: a hook that never fired simulated nothing.
  process.once('exit', () => process.stderr.write(`history-by-metric: rewrote ${rewritten} history queries\n`));
}
