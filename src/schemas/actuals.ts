import { z } from 'zod';
import { DecimalInput, DecimalOutput, IsoDate, KnowledgeTime, MetricKey, Slug } from './common.js';
import { Unit } from './metrics.js';

const MARGIN_EXAMPLE = {
  companyId: 'alibaba',
  metric: 'cloud.ebita_margin',
  period: 'FY2027Q1',
  value: '12.4',
  unit: 'percent',
  publishedAt: '2026-08-20T10:00:00Z',
  source: { document: 'FY2027 Q1 results announcement', page: '7' },
};

export const ActualInput = z
  .object({
    companyId: Slug,
    metric: MetricKey,
    period: z.string().max(60).optional().meta({
      description: "For a flow: fiscal shorthand such as 'FY2026Q4' or '2026-06', instead of periodStart/periodEnd.",
    }),
    periodStart: IsoDate.optional().meta({ description: 'For a flow: the first day of the period.' }),
    periodEnd: IsoDate.optional().meta({ description: 'For a flow: the last day of the period.' }),
    date: IsoDate.optional().meta({ description: 'For a stock: the date it was measured at.' }),
    value: DecimalInput,
    unit: Unit,
    publishedAt: KnowledgeTime.meta({
      description: 'When the figure became public; a date means the start of that day (UTC).',
    }),
    source: z
      .object({
        document: z.string().max(500).optional(),
        url: z.url().max(2000).optional(),
        page: z.string().max(50).optional(),
      })
      .default({}),
    note: z.string().max(2000).optional(),
  })
  .meta({
    id: 'ActualCreate',
    examples: [MARGIN_EXAMPLE],
  });

export const Retraction = z
  .object({
    actualId: z.uuid(),
    reason: z.string(),
    retractedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Retraction' });

export const RetractionInput = z
  .object({ reason: z.string().min(1).max(2000) })
  .meta({ id: 'RetractionCreate', examples: [{ reason: 'keyed from the wrong quarter of the release' }] });

export const Actual = z
  .object({
    id: z.uuid(),
    companyId: z.string(),
    metric: z.string(),
    periodStart: z.string().meta({ format: 'date' }).nullable(),
    periodEnd: z.string().meta({ format: 'date' }),
    periodLabel: z.string().nullable(),
    value: DecimalOutput,
    unit: z.string(),
    publishedAt: z.string().meta({ format: 'date-time' }),
    recordedAt: z.string().meta({ format: 'date-time' }),
    source: z.object({ document: z.string().nullable(), url: z.string().nullable(), page: z.string().nullable() }),
    note: z.string().nullable(),
    retraction: Retraction.nullable(),
  })
  .meta({ id: 'Actual' });

export type ActualInput = z.infer<typeof ActualInput>;
export type Actual = z.infer<typeof Actual>;

export const MAX_BATCH_ITEMS = 10_000;

export const ActualBatchInput = z.object({ items: z.array(ActualInput).min(1).max(MAX_BATCH_ITEMS) }).meta({
  id: 'ActualBatchCreate',
  examples: [
    {
      items: [
        MARGIN_EXAMPLE,
        {
          companyId: 'alibaba',
          metric: 'bailian.maas_arr',
          date: '2026-06-30',
          value: '10500000000',
          unit: 'CNY',
          publishedAt: '2026-08-20',
        },
      ],
    },
  ],
});

export const ActualBatchResult = z
  .object({
    count: z.number().int(),
    items: z.array(
      z.object({
        index: z.number().int().meta({ description: 'Position of the item in the request.' }),
        id: z.uuid(),
        metric: z.string(),
        periodEnd: z.string().meta({ format: 'date' }),
        periodLabel: z.string().nullable(),
        created: z.boolean().meta({
          description: 'false: the same figure was already on record, or earlier in this batch; id names that actual.',
        }),
      }),
    ),
  })
  .meta({ id: 'ActualBatchResult' });
