import { z } from 'zod';
import { BASES, GOOD_DIRECTIONS, METRIC_KINDS } from '../domain/model.js';
import { Concept, MetricKey, Slug } from './common.js';

export const Unit = z
  .string()
  .regex(/^(percent|count|number|[A-Z]{3})$/, "must be 'percent', 'count', 'number' or an ISO 4217 currency code")
  .meta({
    description: "'percent' (12.4 means 12.4%), 'count', 'number', or an ISO 4217 currency code.",
    example: 'percent',
  });

export const MetricInput = z
  .object({
    companyId: Slug,
    key: MetricKey.meta({ example: 'cloud.ebita_margin' }),
    name: z.string().min(1).max(200),
    unit: Unit,
    kind: z
      .enum(METRIC_KINDS)
      .meta({ description: 'flow: measured over a period; stock: measured at a point in time.' }),
    goodDirection: z.enum(GOOD_DIRECTIONS),
    basis: z.enum(BASES).optional(),
    segment: z.string().max(200).optional(),
    description: z.string().max(2000).optional(),
    concept: Concept.optional().meta({
      description:
        "The same quantity across companies: tag Alibaba's cloud.ebita_margin and Microsoft's Intelligent Cloud " +
        "operating margin 'cloud.ebita_margin' alike, and filter or compare by it.",
    }),
  })
  .meta({
    id: 'MetricCreate',
    examples: [
      {
        companyId: 'alibaba',
        key: 'cloud.ebita_margin',
        name: 'Cloud Intelligence Group adjusted EBITA margin',
        unit: 'percent',
        kind: 'flow',
        goodDirection: 'higher',
        basis: 'adjusted',
        segment: 'Cloud Intelligence Group',
        concept: 'cloud.ebita_margin',
      },
    ],
  });

export const Metric = z
  .object({
    id: z.uuid(),
    companyId: z.string(),
    key: z.string(),
    name: z.string(),
    unit: z.string(),
    kind: z.enum(METRIC_KINDS),
    goodDirection: z.enum(GOOD_DIRECTIONS),
    basis: z.enum(BASES).nullable(),
    segment: z.string().nullable(),
    description: z.string().nullable(),
    concept: z.string().nullable().meta({ description: 'The concept shared across companies; null: none.' }),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Metric' });

export const MetricPatch = z
  .object({
    name: z.string().min(1).max(200).optional(),
    basis: z.enum(BASES).nullable().optional(),
    segment: z.string().max(200).nullable().optional(),
    description: z.string().max(2000).nullable().optional(),
    concept: Concept.nullable().optional().meta({ description: 'Tag or untag the concept shared across companies.' }),
  })
  .strict()
  .meta({
    id: 'MetricPatch',
    examples: [{ description: 'Adjusted EBITA over revenue of the Cloud Intelligence Group.' }],
    description: 'Fields to change. Unit, kind and good direction cannot change: every score depends on them.',
  });

export type MetricInput = z.infer<typeof MetricInput>;
export type Metric = z.infer<typeof Metric>;
