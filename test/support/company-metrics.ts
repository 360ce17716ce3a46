// A company's metric as the metric binder reads it, with every optional field empty unless given: for the tests of
// the binder and of the statements its drafts post as.
import type { CompanyMetric } from '../../src/parser/metric-binding.js';

export function companyMetric(
  key: string,
  name: string,
  unit: string,
  extra: Partial<CompanyMetric> = {},
): CompanyMetric {
  return {
    key,
    name,
    unit,
    kind: 'flow',
    goodDirection: 'higher',
    basis: null,
    segment: null,
    concept: null,
    description: null,
    ...extra,
  };
}
