import { z } from 'zod';
import { LEADERBOARD_SORTS } from '../domain/scorecard.js';
import { Concept, KnowledgeTime, RecordedAsOf } from './common.js';

/**
 * One resolved statement kept is a hit rate of 1 and would top the board: five is the fewest at which a rate says
 * something about a management rather than about one quarter.
 */
export const DEFAULT_MIN_RESOLVED = 5;
import { ScorecardSummary } from './scorecards.js';

export const LeaderboardQuery = z.object({
  asOf: KnowledgeTime.optional().meta({ description: 'Knowledge time; default now.' }),
  recordedAsOf: RecordedAsOf,
  minResolved: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(DEFAULT_MIN_RESOLVED)
    .meta({
      description:
        'Only companies with at least this many resolved statements. Default 5, so that one lucky statement (a hit ' +
        'rate of 1 from one promise) does not top the board; 0 lists every company.',
    }),
  sort: z
    .enum(LEADERBOARD_SORTS)
    .default('hitRate')
    .meta({
      description:
        'hitRate: met / resolved; meanMargin: how far beyond their own guidance companies land (sandbagging); ' +
        'positiveMarginRate: how often they land beyond it; unreportedRate: how often management went silent. Best ' +
        'first unless order says otherwise; companies with no value (no margin, nothing resolved) come last either way.',
    }),
  order: z
    .enum(['asc', 'desc'])
    .optional()
    .meta({
      description:
        'asc: lowest value first; desc: highest first. Default: best first (desc, but asc for unreportedRate). Ties go ' +
        'to the company with more resolved statements.',
    }),
  concept: Concept.optional().meta({
    description:
      'Judge each company only on its statements about metrics tagged with this concept: one kind of guidance ' +
      'compared across companies.',
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
