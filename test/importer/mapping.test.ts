// The concept-to-metric table and the mapping file that overrides it.
import { describe, expect, it } from 'vitest';
import { applyMappingFile, BUILT_IN_MAPPING } from '../../src/importer/mapping.js';
import { selectApple } from './apple.js';

describe('a mapping file', () => {
  it('adds a metric, replaces one and removes one with null', () => {
    const result = applyMappingFile(BUILT_IN_MAPPING, {
      metrics: {
        rnd: {
          name: 'R&D',
          concepts: ['us-gaap:ResearchAndDevelopmentExpense'],
          kind: 'flow',
          goodDirection: 'neutral',
        },
        net_income: {
          name: 'Net income (ProfitLoss)',
          concepts: ['us-gaap:ProfitLoss'],
          kind: 'flow',
          goodDirection: 'higher',
        },
        capex: null,
      },
    });
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.mapping.metrics.rnd?.additive).toBe(true);
    expect(result.mapping.metrics.net_income?.concepts).toEqual(['us-gaap:ProfitLoss']);
    expect(result.mapping.metrics.capex).toBeUndefined();
    expect(result.mapping.metrics.revenue).toEqual(BUILT_IN_MAPPING.metrics.revenue);
  });

  it("feeds a new metric from Apple's facts: FY2024 R&D of 31,370m, Q4 derived", () => {
    const result = applyMappingFile(BUILT_IN_MAPPING, {
      metrics: {
        rnd: {
          name: 'R&D',
          concepts: ['us-gaap:ResearchAndDevelopmentExpense'],
          kind: 'flow',
          goodDirection: 'neutral',
        },
      },
    });
    if (!result.ok) throw new Error(result.errors.join('; '));
    const { selection } = selectApple(result.mapping);
    const rnd = selection.series.filter((s) => s.metric === 'rnd' && s.end === '2024-09-28');
    expect(rnd.map((s) => [s.start, s.versions.at(-1)?.value, s.derivation !== null])).toEqual([
      ['2023-10-01', '31370000000', false],
      ['2024-06-30', '7765000000', true], // 31,370m − 23,605m (nine months, 10-Q 0000320193-24-000081)
    ]);
  });

  it('names every problem by its path', () => {
    const result = applyMappingFile(BUILT_IN_MAPPING, {
      metrics: { revenue: { name: 'Revenue', concepts: ['Revenues'], kind: 'flow', goodDirection: 'up' } },
      ratios: {
        net_margin: { name: 'Net margin', numerator: 'net_income', denominator: 'sales', goodDirection: 'higher' },
      },
      extra: true,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        "metrics.revenue.concepts.0: must be 'taxonomy:Concept', such as 'us-gaap:Revenues'",
        'metrics.revenue.goodDirection: Invalid option: expected one of "higher"|"lower"|"neutral"',
        '(file): Unrecognized key: "extra"',
      ],
    });
  });

  it('refuses a ratio whose input is not a metric of the mapping', () => {
    const result = applyMappingFile(BUILT_IN_MAPPING, {
      ratios: {
        net_margin: { name: 'Net margin', numerator: 'net_income', denominator: 'sales', goodDirection: 'higher' },
      },
    });
    expect(result).toEqual({ ok: false, errors: ["ratios.net_margin.denominator: no metric 'sales' in the mapping"] });
  });
});
