import { z } from 'zod';
import { STATUSES } from '../domain/model.js';
import { DecimalOutput } from './common.js';

const counts = z.object(
  Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof STATUSES)[number], z.ZodNumber>,
);

const summaryFields = {
  counts,
  total: z.number().int(),
  resolved: z.number().int().meta({ description: 'met + missed + unreported.' }),
  hitRate: DecimalOutput.nullable().meta({
    description: 'met / (met + missed + unreported); null when none resolved.',
  }),
  unreportedRate: DecimalOutput.nullable(),
  meanSurprise: DecimalOutput.nullable().meta({ description: 'The bias: negative means management over-promises.' }),
  earlyRate: DecimalOutput.nullable().meta({ description: 'Share of met statements met before their window closed.' }),
  meanMargin: DecimalOutput.nullable().meta({
    description:
      "Mean margin of met and missed statements beyond their target's good-side boundary; null when none has " +
      'one. Routinely positive: management clears its own bar (sandbagging).',
    example: '0.125',
  }),
  positiveMarginRate: DecimalOutput.nullable().meta({
    description: 'Share of met and missed statements with a margin whose margin is positive; null when none has one.',
    example: '0.5',
  }),
};

export const ScorecardSummary = z.object(summaryFields).meta({ id: 'ScorecardSummary' });

export const ScorecardGroup = z.object({ key: z.string(), ...summaryFields }).meta({ id: 'ScorecardGroup' });

export const ScorecardSeries = z
  .object({
    companyId: z.string(),
    points: z.array(
      z
        .object({
          quarter: z.string().meta({ description: "The company's fiscal quarter, e.g. 'FY2027Q1'." }),
          asOf: z
            .string()
            .meta({ format: 'date-time', description: 'The knowledge time of the point: the end of the quarter.' }),
        })
        .extend(summaryFields),
    ),
  })
  .meta({ id: 'ScorecardSeries' });

export const Scorecard = z
  .object({
    companyId: z.string(),
    asOf: z.string().meta({
      format: 'date-time',
      description:
        'The knowledge time used: the asOf you asked for; without one, the moment the scorecard took its present form.',
    }),
    recordedAsOf: z.string().meta({
      format: 'date-time',
      description:
        'The record time used: the recordedAsOf you asked for; without one, when saydo recorded the latest of ' +
        'its evaluations.',
    }),
    validUntil: z
      .string()
      .meta({ format: 'date-time', description: 'When it is scheduled to change unless new facts come first.' })
      .nullable(),
    ...summaryFields,
    byMetric: z.array(ScorecardGroup),
    byCommitment: z.array(ScorecardGroup),
    byQuarter: z
      .array(ScorecardGroup)
      .meta({ description: 'Resolved statements by the calendar quarter their window ended in.' }),
  })
  .meta({ id: 'Scorecard' });
