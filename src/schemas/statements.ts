import { z } from 'zod';
import {
  CHANGE_MEASURES,
  COMMITMENTS,
  COMPARISON_BASES,
  COMPARISON_OPS,
  MODES,
  PERIODICITIES,
  POSITIONS,
  RECORDED_REVISION_KINDS,
  REVISION_KINDS,
  SOURCE_KINDS,
  STATEMENT_KINDS,
  STATUSES,
  TARGET_OPS,
} from '../domain/model.js';
import { DecimalInput, DecimalOutput, IsoDate, MetricKey, Slug } from './common.js';

const wording = z
  .string()
  .max(500)
  .optional()
  .meta({ description: "The original wording, kept beside the numeric reading, e.g. 'the teens'." });

export const TargetChange = z
  .object({
    kind: z.enum(CHANGE_MEASURES).meta({
      description:
        "relative: the target's numbers are percent change ('3' is +3%), (figure − comparison) / |comparison| × 100; " +
        "absolute: they are the difference in the metric's unit, in percentage points for a percent metric.",
    }),
    against: z.enum(COMPARISON_BASES).meta({
      description:
        'year-earlier: the period of the same length ending 364 to 371 days (or 12 calendar months) before, as ' +
        '52/53-week and month-end years have it; prior-period: the period of the same length ending the day before ' +
        'this one starts (a stock, read at a date, has none).',
    }),
  })
  .strict()
  .meta({
    id: 'TargetChange',
    description:
      'Makes the target one on the change of the metric rather than its level. Each observation is computed when ' +
      'the statement is scored, from the figure for the period and the comparison figure, each the latest known ' +
      'then: a restatement of either re-scores it, and without the comparison figure there is no observation.',
    example: { kind: 'relative', against: 'year-earlier' },
  });

const change = TargetChange.optional();

export const TargetInput = z
  .discriminatedUnion('op', [
    z.object({ op: z.enum(COMPARISON_OPS), value: DecimalInput, wording, change }),
    z.object({
      op: z.literal('range'),
      low: DecimalInput,
      high: DecimalInput,
      lowInclusive: z.boolean().default(true),
      highInclusive: z.boolean().default(true),
      wording,
      change,
    }),
    z.object({
      op: z.literal('about'),
      value: DecimalInput,
      tolerance: DecimalInput.optional().meta({
        description:
          "The tolerance as an amount in the metric's unit: value ± tolerance. Give this or tolerancePercent.",
      }),
      tolerancePercent: DecimalInput.optional().meta({
        description:
          "The tolerance as a percentage of the value: '28000000000' ± '2' is 27.44bn to 28.56bn. Give this or tolerance.",
      }),
      wording,
      change,
    }),
  ])
  .meta({
    id: 'TargetSpec',
    description:
      "A condition on the metric's value. 'the teens' is {op:'range', low:'13', high:'20', highInclusive:false}; " +
      "'above 10bn but below 20bn' is {op:'range', low:'10000000000', high:'20000000000', lowInclusive:false, highInclusive:false}; " +
      "'$32.5 billion, plus or minus 2%' is {op:'about', value:'32500000000', tolerancePercent:'2'} (31.85bn to 33.15bn). " +
      'With change, the numbers are a change against a comparison period: "revenue to grow low to mid single digits ' +
      "year over year\" is {op:'range', low:'1', high:'6', change:{kind:'relative', against:'year-earlier'}}; " +
      "\"operating margin down about 1 point\" is {op:'about', value:'-1', tolerance:'0.5', " +
      "change:{kind:'absolute', against:'prior-period'}}.",
  });

/** A target as the API answers with it, every form's fields present (null where the form has none). */
export const TargetFields = z.object({
  op: z.enum(TARGET_OPS),
  value: DecimalOutput.nullable(),
  low: DecimalOutput.nullable(),
  high: DecimalOutput.nullable(),
  lowInclusive: z.boolean().nullable(),
  highInclusive: z.boolean().nullable(),
  tolerance: DecimalOutput.nullable().meta({ description: "An 'about' target's tolerance, when given as an amount." }),
  tolerancePercent: DecimalOutput.nullable().meta({
    description: "An 'about' target's tolerance, when given as a percentage of the value.",
  }),
  wording: z.string().nullable(),
});

export const Target = TargetFields.extend({
  change: TargetChange.nullable().meta({ description: 'What the change is measured as and against; null: the level.' }),
  description: z.string().meta({ description: 'The target in words, with its numeric reading.' }),
}).meta({ id: 'Target' });

export const WindowInput = z
  .object({
    period: z.string().max(60).optional().meta({
      description:
        "Fiscal shorthand resolved by the company's calendar: FY2027Q1, FY2027, FY2027Q1..FY2027Q2, 2026-06, CY2026.",
    }),
    start: IsoDate.optional(),
    end: IsoDate.nullable().optional().meta({ description: 'Inclusive. null: no deadline (never missed).' }),
  })
  .meta({ id: 'WindowSpec', description: 'Give either period, or start (and end, or end: null for no deadline).' });

export const Window = z
  .object({
    start: z.string().meta({ format: 'date' }),
    end: z.string().meta({ format: 'date' }).nullable(),
    label: z.string().nullable(),
  })
  .meta({ id: 'Window' });

export const SourceKind = z.enum(SOURCE_KINDS);

export const StatementSource = z
  .object({
    kind: SourceKind,
    title: z.string().max(500).optional(),
    url: z.url().max(2000).optional(),
    speaker: z.string().max(200).optional(),
  })
  .meta({ id: 'StatementSource' });

const atomicFields = {
  metric: MetricKey.meta({ description: "The metric's key within the company.", example: 'cloud.ebita_margin' }),
  commitment: z.enum(COMMITMENTS),
  target: TargetInput,
  window: WindowInput,
  mode: z
    .enum(MODES)
    .default('any')
    .meta({ description: 'any: one observation keeps it; all: every one must; final: only the last period counts.' }),
  graceDays: z.number().int().min(0).max(365).optional().meta({
    description:
      "Days after the window closes in which a late report still counts; default: the company's reporting lag.",
  }),
  periodicity: z
    .enum(PERIODICITIES)
    .optional()
    .meta({
      description:
        'The length of period promised about: month, quarter, half or year for a flow metric, point (a reading ' +
        'date) for a stock. Only figures for periods of that length lying wholly inside the window are ' +
        "observations, and the window's periods of that length are expected to be reported. Default: point for " +
        "a stock; else the window's shorthand (FY2027 → year, FY2027Q1..FY2027Q2 → quarter, 2026-06 → month); " +
        'none for explicit dates, when every period wholly inside the window counts.',
      example: 'quarter',
    }),
};

export const StatementInput = z
  .object({
    companyId: Slug,
    statedOn: IsoDate,
    source: StatementSource,
    quote: z.string().min(1).max(5000).meta({ description: 'The verbatim quote.' }),
    parentId: z.uuid().optional().meta({ description: 'The compound statement this atomic one was split from.' }),
    ...atomicFields,
  })
  .meta({
    id: 'StatementCreate',
    examples: [
      {
        companyId: 'alibaba',
        metric: 'cloud.ebita_margin',
        statedOn: '2026-05-15',
        source: { kind: 'call', title: 'Alibaba FY2026 Q4 earnings call' },
        quote: 'the cloud business EBITA margin is expected to rise to the teens over the next two quarters',
        commitment: 'expect',
        target: { op: 'range', low: '13', high: '20', lowInclusive: true, highInclusive: false, wording: 'the teens' },
        window: { period: 'FY2027Q1..FY2027Q2' },
        mode: 'all',
      },
    ],
  });

export const StatementPartInput = z
  .object({
    quote: z
      .string()
      .min(1)
      .max(5000)
      .optional()
      .meta({ description: "This part's span of the quote; default the whole." }),
    ...atomicFields,
  })
  .meta({ id: 'StatementPart' });

export const CompoundStatementInput = z
  .object({
    companyId: Slug,
    statedOn: IsoDate,
    source: StatementSource,
    quote: z.string().min(1).max(5000),
    parts: z.array(StatementPartInput).min(1).max(20),
  })
  .meta({
    id: 'CompoundStatementCreate',
    examples: [
      {
        companyId: 'alibaba',
        statedOn: '2026-05-15',
        source: { kind: 'call', title: 'Alibaba FY2026 Q4 earnings call' },
        quote: 'it is expected to reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year',
        parts: [
          {
            quote: 'reach RMB 10 billion in June',
            metric: 'bailian.maas_arr',
            commitment: 'expect',
            target: { op: 'gte', value: '10000000000', wording: 'RMB 10 billion' },
            window: { period: '2026-06' },
            mode: 'any',
          },
          {
            quote: 'surpass RMB 30 billion by the end of the year',
            metric: 'bailian.maas_arr',
            commitment: 'expect',
            target: { op: 'gt', value: '30000000000', wording: 'surpass RMB 30 billion' },
            window: { start: '2026-05-15', end: '2026-12-31' },
            mode: 'any',
          },
        ],
      },
    ],
  });

export const RevisionInput = z
  .object({
    kind: z
      .enum(RECORDED_REVISION_KINDS)
      .optional()
      .meta({
        description:
          'How the new statement relates to the old; it must agree with the numbers (raised: the target moves up, ' +
          'lowered: down, narrowed: inside the old, widened: around it, reiterated: target and window kept; a move ' +
          'that fits two takes either; a move between the level and a change, or between kinds of change, fits any ' +
          "but reiterated). Omitted: derived from the numbers. 'withdrawn' is always given.",
      }),
    statedOn: IsoDate,
    note: z.string().max(2000).optional(),
    statement: z
      .object({ source: StatementSource, quote: z.string().min(1).max(5000), ...atomicFields })
      .optional()
      .meta({ description: 'The replacing statement; required unless kind is withdrawn, absent then.' }),
  })
  .meta({
    id: 'RevisionCreate',
    examples: [
      {
        kind: 'raised',
        statedOn: '2026-08-20',
        note: 'Raised on the FY2027 Q1 call.',
        statement: {
          source: { kind: 'call', title: 'Alibaba FY2027 Q1 earnings call' },
          quote: 'we now expect the cloud EBITA margin to reach the high teens',
          metric: 'cloud.ebita_margin',
          commitment: 'expect',
          target: { op: 'range', low: '17', high: '20', highInclusive: false, wording: 'the high teens' },
          window: { period: 'FY2027Q2' },
          mode: 'final',
        },
      },
      { kind: 'withdrawn', statedOn: '2026-11-15', note: 'Guidance withdrawn on the FY2027 Q2 call.' },
    ],
  });

export const Revision = z
  .object({
    id: z.uuid(),
    statementId: z.uuid(),
    kind: z.enum(REVISION_KINDS),
    statedOn: z.string().meta({ format: 'date' }),
    successorId: z.uuid().nullable(),
    note: z.string().nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Revision' });

export const Statement = z
  .object({
    id: z.uuid(),
    kind: z.enum(STATEMENT_KINDS),
    companyId: z.string(),
    metric: z.string().nullable(),
    parentId: z.uuid().nullable(),
    partIds: z.array(z.uuid()),
    statedOn: z.string().meta({ format: 'date' }),
    source: z.object({
      kind: SourceKind,
      title: z.string().nullable(),
      url: z.string().nullable(),
      speaker: z.string().nullable(),
    }),
    quote: z.string(),
    commitment: z.enum(COMMITMENTS).nullable(),
    target: Target.nullable(),
    window: Window.nullable(),
    mode: z.enum(MODES).nullable(),
    graceDays: z.number().int().nullable(),
    periodicity: z
      .enum(PERIODICITIES)
      .nullable()
      .meta({ description: 'The length of period promised about, given or defaulted; null: any period inside.' }),
    revisionKind: z.enum(REVISION_KINDS).meta({ description: 'How this statement relates to the one it revised.' }),
    supersedesId: z.uuid().nullable(),
    revisedBy: Revision.nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Statement' });

const figureFields = {
  actualId: z.uuid(),
  periodStart: z.string().meta({ format: 'date' }).nullable(),
  periodEnd: z.string().meta({ format: 'date' }),
  value: DecimalOutput,
};

export const ComparisonFigure = z
  .object(figureFields)
  .meta({ id: 'ComparisonFigure', description: "The comparison period's figure known when the statement was scored." });

export const Observation = z
  .object({
    ...figureFields,
    comparison: ComparisonFigure.optional().meta({
      description: "A change target's comparison figure; absent for a target on the level.",
    }),
    change: DecimalOutput.optional().meta({
      description:
        "A change target's change from the comparison figure to this one, which the target judges (percent when " +
        'relative, to 40 significant digits; exact when absolute); absent for a target on the level.',
      example: '3.951494877691825214300647083420447417938',
    }),
  })
  .meta({ id: 'Observation' });

export const Evaluation = z
  .object({
    statementId: z.uuid(),
    asOf: z.string().meta({
      format: 'date-time',
      description:
        'The knowledge time this evaluation used: the asOf you asked for; without one, the moment the current ' +
        'evaluation took effect (it is the same evaluation at every instant since).',
    }),
    recordedAsOf: z.string().meta({
      format: 'date-time',
      description:
        'The record time this evaluation used: the recordedAsOf you asked for; without one, when saydo recorded ' +
        'this evaluation (nothing recorded since has changed it).',
    }),
    validUntil: z
      .string()
      .meta({
        format: 'date-time',
        description: 'When it is scheduled to change (a deadline passing) unless new facts come first.',
      })
      .nullable(),
    status: z.enum(STATUSES),
    early: z.boolean(),
    decidingActualId: z.uuid().nullable(),
    position: z.enum(POSITIONS).nullable(),
    surprise: DecimalOutput.nullable().meta({
      description: 'Signed relative distance from the nearest bound; positive is better for the company; 0 inside.',
    }),
    error: DecimalOutput.nullable().meta({ description: '|actual − midpoint| / |actual|, for ranges.' }),
    margin: DecimalOutput.nullable().meta({
      description:
        "Signed relative distance of the deciding figure beyond the target's boundary on the metric's good side (the " +
        'threshold of a one-sided target; the top of a range when higher is better, the bottom when lower is): ' +
        "positive when it cleared it. 'Above 1bn' met at 1.2bn has margin 0.2. null unless met or missed, and for " +
        'a neutral metric. The mean margin on a scorecard is the sandbagging signal.',
      example: '0.2',
    }),
    observations: z.array(Observation),
    trajectory: z
      .object({
        status: z.enum(['on_track', 'off_track']),
        projectedValue: DecimalOutput,
        projectedTo: z.string().meta({ format: 'date' }),
        method: z.enum(['linear', 'last_value']),
        basedOn: z.number().int(),
      })
      .nullable(),
    explanation: z.string(),
  })
  .meta({ id: 'Evaluation' });

export const EvaluationHistory = z
  .object({
    statementId: z.uuid(),
    items: z.array(Evaluation).meta({
      description:
        'Evaluations, oldest first, one page: each asOf (knowledge time) is when it took effect, each recordedAsOf ' +
        '(record time) when saydo recorded it, or the recordedAsOf asked for.',
    }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as cursor to get the next page (later evaluations); null on the last page.' }),
  })
  .meta({ id: 'EvaluationHistory' });

export const StatementWithEvaluation = Statement.extend({ evaluation: Evaluation.nullable() }).meta({
  id: 'StatementWithEvaluation',
});

export const StatementChain = z
  .object({
    statementId: z.uuid().meta({ description: 'The statement asked about.' }),
    asOf: z.string().meta({
      format: 'date-time',
      description:
        'The knowledge time of the verdicts: the asOf you asked for; without one, the moment the chain took its ' +
        'present form (the latest of its evaluations took effect), the same at every instant since.',
    }),
    links: z.array(StatementWithEvaluation).meta({
      description:
        'The chain, first statement to last: each link revisedBy the next (its revision kind and date), and each ' +
        'with its evaluation as of asOf. Links stated after asOf are left out.',
    }),
  })
  .meta({ id: 'StatementChain' });

export type StatementInput = z.infer<typeof StatementInput>;
export type StatementPartInput = z.infer<typeof StatementPartInput>;
export type CompoundStatementInput = z.infer<typeof CompoundStatementInput>;
export type RevisionInput = z.infer<typeof RevisionInput>;
export type TargetInput = z.infer<typeof TargetInput>;
export type WindowInput = z.infer<typeof WindowInput>;
export type Statement = z.infer<typeof Statement>;
export type Evaluation = z.infer<typeof Evaluation>;
