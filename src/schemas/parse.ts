import { z } from 'zod';
import { COMMITMENTS, GOOD_DIRECTIONS, MEASURES, MODES } from '../domain/model.js';
import { WEAK_MATCH } from '../parser/metric-binding.js';
import { IsoDate, Slug } from './common.js';
import { MetricInput } from './metrics.js';
import { StatementSource, TargetChange, TargetFields } from './statements.js';

/**
 * The longest quote read at once: an outlook section of an earnings call or release (a few paragraphs, about 600
 * words) fits; the corpus' longest sentence is under 300 characters. Parsing takes time in proportion to it.
 */
export const QUOTE_MAX_LENGTH = 4_000;

export const ParseRequest = z
  .object({
    companyId: Slug,
    statedOn: IsoDate.meta({ description: 'The day it was said: relative horizons count from it.' }),
    quote: z
      .string()
      .min(1)
      .max(QUOTE_MAX_LENGTH, {
        error: `is longer than ${QUOTE_MAX_LENGTH} characters: parse one passage of guidance at a time`,
      })
      .meta({ description: `What management said, as pasted: at most ${QUOTE_MAX_LENGTH} characters.` }),
    source: StatementSource.optional().meta({ description: 'Copied into each proposed statement.' }),
  })
  .meta({
    id: 'ParseRequest',
    examples: [
      {
        companyId: 'alibaba',
        statedOn: '2026-05-15',
        quote: 'The cloud business EBITA margin is expected to rise to the teens over the next two quarters.',
        source: { kind: 'call', title: 'Alibaba FY2026 Q4 earnings call' },
      },
    ],
  });

const DraftTarget = TargetFields.extend({
  unit: z.string().nullable().meta({ description: "'percent', 'count', 'number', an ISO currency code, or null." }),
  scale: z.enum(['thousand', 'million', 'billion', 'trillion']).nullable(),
  currency: z.string().nullable(),
  change: TargetChange.nullable().meta({
    description: "A target on the metric's change (growth, basis points) rather than its level; null: the level.",
  }),
});

export const DraftStatement = z
  .object({
    metric: z.object({
      phrase: z.string(),
      key: z
        .string()
        .nullable()
        .meta({
          description:
            "The key of the company's own metric the draft is bound to, such as 'cloud.ebita_margin'; null when none " +
            'fits (then `create` names the metric to create).',
        }),
      measure: z.enum(MEASURES),
      goodDirection: z.enum(GOOD_DIRECTIONS),
      inferred: z.boolean(),
      match: z
        .object({
          score: z
            .number()
            .min(0)
            .max(1)
            .meta({
              description:
                "How well the metric's name, key, concept and segment cover the draft's words and the draft names them; " +
                `below ${WEAK_MATCH} the draft's confidence is lowered by the shortfall.`,
            }),
          words: z.array(z.string()).meta({ description: "The draft's words found in the metric." }),
          how: z.string().meta({ description: 'Which fields matched, and what was missing, in words.' }),
        })
        .nullable()
        .meta({ description: "Why `key` was chosen among the company's metrics; null when none fits." }),
      create: z
        .object({
          metric: MetricInput,
          reason: z.string().meta({ description: 'Why no metric of the company fits.' }),
        })
        .nullable()
        .meta({
          description:
            'When no metric of the company fits: the metric to create, as a body ready to POST to /v1/metrics; ' +
            '`statement` then posts as it is. Null when a metric matched, or when the draft names no metric at all.',
        }),
    }),
    target: DraftTarget,
    window: z.object({ start: z.string(), end: z.string().nullable(), label: z.string().nullable() }),
    mode: z.enum(MODES),
    commitment: z.enum(COMMITMENTS),
    span: z.object({
      start: z.number().int().meta({ description: 'Offset into the quote, in UTF-16 code units.' }),
      end: z.number().int(),
      text: z.string(),
    }),
    confidence: z.number().min(0).max(1),
    assumptions: z.array(z.string()).meta({ description: 'Every guess the parser made, in words.' }),
    unreadPhrases: z.array(z.string()),
    statement: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({
        description:
          "The draft as a StatementCreate body, ready to POST to /v1/statements once reviewed: on the matched metric's " +
          'key, or on the key of `metric.create` once that metric is created. Null when there is neither, or when ' +
          'the API cannot hold the target yet or the metric cannot have it (see `statementMissing`). An "about" ' +
          'with no band stated ("broadly flat") is posted within half a point of change, as `assumptions` says.',
      }),
    statementMissing: z
      .string()
      .nullable()
      .meta({
        description:
          'Why `statement` is null: no metric to post it on, a target the API cannot hold yet, or a change the ' +
          "metric cannot have (a stock's change against the prior period).",
      }),
  })
  .meta({ id: 'DraftStatement' });

export const ParseResult = z
  .object({
    drafts: z.array(DraftStatement),
    unreadable: z.array(z.object({ text: z.string(), reason: z.string() })),
    reason: z.string().nullable().meta({ description: 'Why nothing could be read, when there are no drafts.' }),
  })
  .meta({ id: 'ParseResult' });
