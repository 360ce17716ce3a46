// Which XBRL concepts feed which saydo metrics. The built-in table covers the common income-statement and cash-flow
// lines; a mapping file (JSON, checked here) adds metrics, replaces them, or removes them with null.
import { z } from 'zod';
import { GOOD_DIRECTIONS } from '../domain/model.js';
import { MetricKey } from '../schemas/common.js';

const Concept = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]*:[A-Za-z][A-Za-z0-9_]*$/, "must be 'taxonomy:Concept', such as 'us-gaap:Revenues'");

export const ReportedMetric = z
  .object({
    name: z.string().min(1).max(200),
    concepts: z.array(Concept).min(1).meta({
      description: 'In order of preference: for one period in one filing, the first concept reported wins.',
    }),
    kind: z.enum(['flow', 'stock']),
    goodDirection: z.enum(GOOD_DIRECTIONS),
    additive: z.boolean().default(true).meta({
      description: 'A flow whose quarters add up to its year, so a missing quarter is derived by subtraction.',
    }),
    xbrlUnit: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The XBRL unit to read ('USD', 'USD/shares', 'shares')." }),
  })
  .strict();

export const RatioMetric = z
  .object({
    name: z.string().min(1).max(200),
    numerator: MetricKey,
    denominator: MetricKey,
    goodDirection: z.enum(GOOD_DIRECTIONS),
  })
  .strict();

export const MappingFile = z
  .object({
    metrics: z.record(MetricKey, ReportedMetric.nullable()).default({}),
    ratios: z.record(MetricKey, RatioMetric.nullable()).default({}),
  })
  .strict();

export type ReportedMetric = z.infer<typeof ReportedMetric>;
export type RatioMetric = z.infer<typeof RatioMetric>;
export interface Mapping {
  metrics: Record<string, ReportedMetric>;
  /** Percent metrics computed per period as numerator / denominator × 100, from the figures known at each time. */
  ratios: Record<string, RatioMetric>;
}

const flow = (name: string, concepts: string[], extra: Partial<ReportedMetric> = {}): ReportedMetric => ({
  name,
  concepts,
  kind: 'flow',
  goodDirection: 'higher',
  additive: true,
  ...extra,
});

export const BUILT_IN_MAPPING: Mapping = {
  metrics: {
    // Revenue moved between concepts over the years: SalesRevenueNet until ASC 606 (2018), then
    // RevenueFromContractWithCustomer...; some filers use Revenues throughout.
    revenue: flow('Revenue', [
      'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax',
      'us-gaap:Revenues',
      'us-gaap:SalesRevenueNet',
      'us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax',
    ]),
    gross_profit: flow('Gross profit', ['us-gaap:GrossProfit']),
    operating_income: flow('Operating income', ['us-gaap:OperatingIncomeLoss']),
    net_income: flow('Net income', ['us-gaap:NetIncomeLoss']),
    // Per-share figures do not add up: each quarter divides by its own share count.
    eps_diluted: flow('Diluted earnings per share', ['us-gaap:EarningsPerShareDiluted'], { additive: false }),
    capex: flow(
      'Capital expenditure (payments for property, plant and equipment)',
      ['us-gaap:PaymentsToAcquirePropertyPlantAndEquipment'],
      { goodDirection: 'neutral' },
    ),
    diluted_shares: flow(
      'Weighted average diluted shares',
      ['us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding'],
      {
        additive: false,
        goodDirection: 'neutral',
      },
    ),
    shares_outstanding: {
      name: 'Shares outstanding',
      concepts: ['dei:EntityCommonStockSharesOutstanding', 'us-gaap:CommonStockSharesOutstanding'],
      kind: 'stock',
      goodDirection: 'neutral',
      additive: false,
    },
  },
  ratios: {
    gross_margin: { name: 'Gross margin', numerator: 'gross_profit', denominator: 'revenue', goodDirection: 'higher' },
    operating_margin: {
      name: 'Operating margin',
      numerator: 'operating_income',
      denominator: 'revenue',
      goodDirection: 'higher',
    },
  },
};

export type MappingResult = { ok: true; mapping: Mapping } | { ok: false; errors: string[] };

/** The built-in table with a mapping file's entries laid over it; every problem named by its JSON path. */
export function applyMappingFile(base: Mapping, file: unknown): MappingResult {
  const parsed = MappingFile.safeParse(file);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) => `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`,
      ),
    };
  }
  const metrics = overlay(base.metrics, parsed.data.metrics);
  const ratios = overlay(base.ratios, parsed.data.ratios);
  const errors: string[] = [];
  for (const [key, ratio] of Object.entries(ratios)) {
    if (metrics[key]) errors.push(`ratios.${key}: '${key}' is also a reported metric`);
    for (const side of ['numerator', 'denominator'] as const) {
      const input = metrics[ratio[side]];
      if (!input) errors.push(`ratios.${key}.${side}: no metric '${ratio[side]}' in the mapping`);
      else if (input.kind !== 'flow') errors.push(`ratios.${key}.${side}: '${ratio[side]}' is not a flow`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping: { metrics, ratios } };
}

/** The base entries with the file's laid over them: an entry replaces, null removes. */
function overlay<T>(base: Record<string, T>, file: Record<string, T | null>): Record<string, T> {
  const merged = new Map(Object.entries(base));
  for (const [key, entry] of Object.entries(file)) {
    if (entry === null) merged.delete(key);
    else merged.set(key, entry);
  }
  return Object.fromEntries(merged);
}
