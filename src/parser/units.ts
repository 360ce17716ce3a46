// The unit, scale and currency a draft's target is written in. A figure says its own ('RMB 30 billion', '50%');
// a bare one ('10bn') takes them from the metric, and an unstated currency is the reporting currency, as a guess.
import type { Target } from '../domain/model.js';
import type { UnitKind } from './lexicon.js';
import type { Anchor } from './anchor.js';
import type { Assumption } from './text.js';
import type { DraftTarget } from './types.js';
import { approxTolerance } from './targets.js';

/**
 * "Reach EBITDA break-even", "a break-even trading profit", "break even at operating profit level": the zero of a
 * money metric, so in the reporting currency (zero is zero in any currency: no guess to note). A sign change with no
 * money metric named ("reach breakeven", "turn positive") keeps no unit.
 */
const BREAK_EVEN = /\bbreak(?:s|ing)?[- ]?even\b/i;

export function withUnit(
  target: Target,
  anchor: Anchor,
  metricUnit: UnitKind,
  reportingCurrency: string | undefined,
  assumptions: Assumption[],
  /** Whether the draft's metric is named in the quote, not supplied by the sign phrase ("breakeven" as profit). */
  metricNamed = false,
): DraftTarget {
  // A change with no figure ("flat", "slightly lower", "down sequentially") states no unit; "double" is +100%.
  const zero = 'value' in target && target.value === '0';
  if (anchor.form === 'band' || (anchor.form === 'sign' && anchor.growth && !zero))
    return { ...target, unit: 'percent', scale: null, currency: null };
  const q = anchor.quantity;
  if (!q && zero && metricNamed && metricUnit === 'money' && reportingCurrency && BREAK_EVEN.test(anchor.text))
    return { ...target, unit: reportingCurrency, scale: null, currency: reportingCurrency };
  if (!q) return { ...target, unit: null, scale: null, currency: null };
  const scale = q.scale;
  if (q.currencyAssumption) assumptions.push(q.currencyAssumption);
  switch (q.kind) {
    case 'percent':
    case 'points':
      return { ...target, unit: 'percent', scale: null, currency: null };
    case 'money':
      return { ...target, unit: q.currency, scale, currency: q.currency };
    case 'count':
      return { ...target, unit: 'count', scale, currency: null };
    case 'multiple':
      return { ...target, unit: 'number', scale, currency: null };
    default:
      if (q.physical) return { ...target, unit: 'number', scale, currency: null };
      break;
  }
  if (metricUnit === 'money') {
    const code = reportingCurrency;
    if (code) {
      assumptions.push({ note: `currency not stated: read as the reporting currency, ${code}`, penalty: 0.15 });
      return { ...target, unit: code, scale, currency: code };
    }
    assumptions.push({ note: 'currency not stated and no reporting currency given', penalty: 0.2 });
    return { ...target, unit: null, scale, currency: null };
  }
  if (metricUnit === 'percent') {
    assumptions.push({ note: "no '%' written: read as percent", penalty: 0.1 });
    return { ...asPercentAbout(target, anchor, assumptions), unit: 'percent', scale, currency: null };
  }
  return { ...target, unit: metricUnit === 'count' ? 'count' : 'number', scale, currency: null };
}

/**
 * "A combined ratio of around 81": a bare figure read as a percent by its metric is "about" to the nearest half
 * point, as "around 81%" is, not within 5% of its value as an amount would be; the note saying so follows it.
 */
function asPercentAbout(target: Target, anchor: Anchor, assumptions: Assumption[]): Target {
  if (target.op !== 'about' || anchor.form !== 'about' || !anchor.quantity) return target;
  const tolerance = approxTolerance({ ...anchor.quantity, kind: 'percent' }, target.value);
  if (tolerance === target.tolerance) return target;
  const wording = anchor.target?.wording ?? '';
  const at = assumptions.findIndex((a) => a.note.startsWith(`'${wording}' read as`));
  const old = assumptions[at];
  if (old)
    assumptions[at] = { ...old, note: `'${wording}' read as ${target.value}% plus or minus ${tolerance} of a point` };
  return { ...target, tolerance };
}
