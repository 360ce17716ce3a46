import { z } from 'zod';
import { LEADERBOARD_SORTS } from '../domain/scorecard.js';
import { KnowledgeTime, RecordedAsOf } from './common.js';
import { ScorecardSummary } from './scorecards.js';

export const LeaderboardQuery = z.object({
  asOf: KnowledgeTime.optional().meta({ description: 'Knowledge time; default now.' }),
  recordedAsOf: RecordedAsOf,
  minResolved: z.coerce
    .number()
    .int()
    .min(0)
    .default(1)
    .meta({ description: 'Only companies with at least this many resolved statements.' }),
  sort: z
    .enum(LEADERBOARD_SORTS)
    .default('hitRate')
    .meta({
      description:
        'hitRate: met / resolved; meanMargin: how far beyond their own guidance companies land (sandbagging); ' +
        'positiveMarginRate: how often they land beyond it. Best first; companies with no margin come last.',
    }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).meta({ description: 'At most this many companies.' }),
});

export const Leaderboard = z
  .object({
    asOf: z.string().meta({ format: 'date-time' }),
    recordedAsOf: z.string().meta({
      format: 'date-time',
      description:
        'The record time used: the recordedAsOf you asked for; without one, when saydo recorded the latest ' +
        'evaluation in the ranking.',
    }),
    items: z.array(
      z.object({ rank: z.number().int(), companyId: z.string(), name: z.string() }).extend(ScorecardSummary.shape),
    ),
  })
  .meta({ id: 'Leaderboard' });
