// Scores parseGuidance on a labelled set (./labels.ts), on the fields a user acts on and nothing else: how many
// drafts came out, and for each one its operator, bounds, unit, commitment, window end and whether (and how) the
// target is on a change. The development and held-out sets are scored by the same code.
//
// Field count per sentence: 1 (the number of drafts) + 6 per draft slot, slots being max(expected, produced);
// drafts are paired with expectations in the order the sentence states them. A draft with no expectation (a
// false positive) or an expectation with no draft is wrong on all 6 of its fields. "Bounds" is one field: the
// value, or low/high with their inclusivity, or value and tolerance, all right or the field is wrong.
//
// Beside the fields, not in them: the company metric each paired draft is bound to (src/parser/metric-binding.ts,
// as the parse route binds it), against the label's metric.
import { Dec as Decimal } from '../../../src/domain/decimal.js';
import { type DraftStatement, parseGuidance } from '../../../src/parser/index.js';
import { type CompanyMetric, bindDrafts } from '../../../src/parser/metric-binding.js';
import type { TargetChange } from '../../../src/domain/model.js';
import {
  asApiMetric,
  type CorpusCompany,
  FAMILIES,
  type Family,
  type LabelledDraft,
  type LabelledSentence,
  type LabelledTarget,
} from './labels.js';

export const DRAFT_FIELDS = ['op', 'bounds', 'unit', 'commitment', 'windowEnd', 'change'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface DraftScore {
  /** The produced draft's confidence; null for an expected draft the parser did not produce. */
  confidence: number | null;
  wrong: DraftField[];
}

export interface SentenceScore {
  sentence: LabelledSentence;
  produced: DraftStatement[];
  countRight: boolean;
  drafts: DraftScore[];
  fieldsRight: number;
  fieldsTotal: number;
  right: boolean;
  /** A guidance sentence with a deadline in its labels that got a draft with no deadline. */
  deadlineLost: boolean;
  reason: string | undefined;
  /** Drafts paired with a label that names its metric (or none): the company metric each was bound to. */
  bindings: { want: string | null; got: string | null }[];
}

/** How the paired drafts were bound to the company's metrics (not a target of the issue, and not in the fields). */
export interface BindingTally {
  labelled: number;
  right: number;
  /** Left unbound (a metric to create) where one of the company's metrics fits. */
  unbound: number;
  /** Bound to another of the company's metrics than the one meant. */
  wrong: number;
  /** Bound where none of the company's metrics fits. */
  spurious: number;
}

export interface Tally {
  sentences: number;
  sentencesRight: number;
  fieldsRight: number;
  fieldsTotal: number;
}

export interface CalibrationBucket {
  /** Inclusive lower bound, exclusive upper (1 included in the top bucket). */
  from: number;
  to: number;
  drafts: number;
  fieldsRight: number;
  fieldsTotal: number;
  draftsRight: number;
}

export interface SetScore extends Tally {
  deadlinesLost: number;
  perFamily: Record<Family, Tally>;
  calibration: CalibrationBucket[];
  binding: BindingTally;
  results: SentenceScore[];
}

function decimalEqual(a: string | undefined | null, b: string | undefined | null): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  try {
    return new Decimal(a).equals(new Decimal(b));
  } catch {
    return false;
  }
}

/** An 'about' target's tolerance as an amount, whichever way it was given. */
function toleranceAmount(t: { value: string; tolerance?: string; tolerancePercent?: string }): string | null {
  if (t.tolerance !== undefined) return t.tolerance;
  if (t.tolerancePercent !== undefined) {
    return new Decimal(t.value).abs().times(t.tolerancePercent).dividedBy(100).toFixed();
  }
  return null;
}

function boundsEqual(expected: LabelledTarget, actual: DraftStatement['target']): boolean {
  if (expected.op === 'range') {
    return (
      actual.op === 'range' &&
      decimalEqual(expected.low, actual.low) &&
      decimalEqual(expected.high, actual.high) &&
      expected.lowInclusive === actual.lowInclusive &&
      expected.highInclusive === actual.highInclusive
    );
  }
  if (actual.op === 'range' || !('value' in actual)) return false;
  if (!decimalEqual(expected.value, actual.value)) return false;
  if (expected.op !== 'about') return true;
  if (actual.op !== 'about') return false;
  return decimalEqual(toleranceAmount(expected), toleranceAmount(actual));
}

function changeEqual(expected: TargetChange | null, actual: TargetChange | undefined): boolean {
  if (expected === null) return actual === undefined;
  return actual !== undefined && actual.kind === expected.kind && actual.against === expected.against;
}

function wrongFields(expected: LabelledDraft, actual: DraftStatement): DraftField[] {
  const wrong: DraftField[] = [];
  if (expected.target.op !== actual.target.op) wrong.push('op');
  if (!boundsEqual(expected.target, actual.target)) wrong.push('bounds');
  if (expected.unit !== actual.target.unit) wrong.push('unit');
  if (expected.commitment !== actual.commitment) wrong.push('commitment');
  if (expected.windowEnd !== actual.window.end) wrong.push('windowEnd');
  if (!changeEqual(expected.change, actual.target.change)) wrong.push('change');
  return wrong;
}

// One list per company, kept: the binder caches each metric's words by the metric object.
const companyMetrics = new WeakMap<CorpusCompany, CompanyMetric[]>();

/** The company's metrics as the parse route hands them to the binder. */
function metricsOf(company: CorpusCompany): CompanyMetric[] {
  let metrics = companyMetrics.get(company);
  if (!metrics) {
    metrics = company.metrics.map(asApiMetric).map((m) => ({
      basis: null,
      description: null,
      ...m,
      segment: m.segment ?? null,
      concept: m.concept ?? null,
    }));
    companyMetrics.set(company, metrics);
  }
  return metrics;
}

export function scoreSentence(company: CorpusCompany, sentence: LabelledSentence): SentenceScore {
  const result = parseGuidance({
    quote: sentence.quote,
    statedOn: sentence.statedOn,
    calendar: company.calendar,
    reportingCurrency: company.currency,
  });
  const produced = result.drafts;
  const slots = Math.max(produced.length, sentence.expected.length);
  const drafts: DraftScore[] = [];
  let deadlineLost = false;
  for (let i = 0; i < slots; i++) {
    const e = sentence.expected[i];
    const a = produced[i];
    if (e && a) {
      drafts.push({ confidence: a.confidence, wrong: wrongFields(e, a) });
      if (e.windowEnd !== null && a.window.end === null) deadlineLost = true;
    } else {
      drafts.push({ confidence: a?.confidence ?? null, wrong: [...DRAFT_FIELDS] });
    }
  }
  // A deadline is lost too when the sentence has one and a draft of it came out open, unless that draft is paired
  // with a label that is open too ("2026 EPS of $3.23 to $3.43 and a long-term EPS growth target of 5% to 7%").
  const openWhereDue = produced.some((a, i) => a.window.end === null && sentence.expected[i]?.windowEnd !== null);
  if (sentence.expected.some((e) => e.windowEnd !== null) && openWhereDue) {
    deadlineLost = true;
  }
  const bound = bindDrafts(produced, metricsOf(company), company);
  const bindings = sentence.expected.flatMap((e, i) => {
    const b = bound[i];
    return b && e.metric !== undefined ? [{ want: e.metric, got: b.binding.match?.key ?? null }] : [];
  });
  const countRight = produced.length === sentence.expected.length;
  const fieldsTotal = 1 + DRAFT_FIELDS.length * slots;
  const fieldsRight = (countRight ? 1 : 0) + drafts.reduce((n, d) => n + DRAFT_FIELDS.length - d.wrong.length, 0);
  return {
    sentence,
    produced,
    countRight,
    drafts,
    fieldsRight,
    fieldsTotal,
    right: fieldsRight === fieldsTotal,
    deadlineLost,
    reason: result.reason,
    bindings,
  };
}

const BUCKETS: [number, number][] = [
  [0.9, 1],
  [0.75, 0.9],
  [0.5, 0.75],
  [0, 0.5],
];

export function scoreSet(companies: readonly CorpusCompany[], sentences: readonly LabelledSentence[]): SetScore {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const results = sentences.map((s) => {
    const company = byId.get(s.company);
    if (!company) throw new Error(`sentence ${s.id}: no company '${s.company}' in the set`);
    return scoreSentence(company, s);
  });
  const empty = (): Tally => ({ sentences: 0, sentencesRight: 0, fieldsRight: 0, fieldsTotal: 0 });
  const total = empty();
  const perFamily = Object.fromEntries(FAMILIES.map((f) => [f, empty()])) as Record<Family, Tally>;
  const add = (t: Tally, r: SentenceScore): void => {
    t.sentences += 1;
    t.sentencesRight += r.right ? 1 : 0;
    t.fieldsRight += r.fieldsRight;
    t.fieldsTotal += r.fieldsTotal;
  };
  const calibration: CalibrationBucket[] = BUCKETS.map(([from, to]) => ({
    from,
    to,
    drafts: 0,
    fieldsRight: 0,
    fieldsTotal: 0,
    draftsRight: 0,
  }));
  for (const r of results) {
    add(total, r);
    for (const f of new Set(r.sentence.families)) add(perFamily[f], r);
    for (const d of r.drafts) {
      if (d.confidence === null) continue;
      const confidence = d.confidence;
      const bucket = calibration.find((b) => confidence >= b.from && (confidence < b.to || b.to === 1));
      if (!bucket) continue;
      bucket.drafts += 1;
      bucket.fieldsTotal += DRAFT_FIELDS.length;
      bucket.fieldsRight += DRAFT_FIELDS.length - d.wrong.length;
      bucket.draftsRight += d.wrong.length === 0 ? 1 : 0;
    }
  }
  const binding: BindingTally = { labelled: 0, right: 0, unbound: 0, wrong: 0, spurious: 0 };
  for (const { want, got } of results.flatMap((r) => r.bindings)) {
    binding.labelled += 1;
    if (got === want) binding.right += 1;
    else if (got === null) binding.unbound += 1;
    else if (want === null) binding.spurious += 1;
    else binding.wrong += 1;
  }
  const deadlinesLost = results.filter((r) => r.deadlineLost).length;
  return { ...total, deadlinesLost, perFamily, calibration, binding, results };
}

const pct = (n: number, of: number): string => (of === 0 ? '   -  ' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

/** The figures as a plain-text report, with every sentence that is not fully right when `misses` is set. */
export function formatScore(name: string, score: SetScore, misses = false): string {
  const lines: string[] = [];
  lines.push(`${name}: ${score.sentences} sentences`);
  lines.push(
    `  fields right     ${pct(score.fieldsRight, score.fieldsTotal)}  (${score.fieldsRight}/${score.fieldsTotal})`,
  );
  lines.push(
    `  sentences right  ${pct(score.sentencesRight, score.sentences)}  (${score.sentencesRight}/${score.sentences})`,
  );
  lines.push(`  deadlines lost   ${score.deadlinesLost}`);
  lines.push('  per family           sentences  right   fields');
  for (const f of FAMILIES) {
    const t = score.perFamily[f];
    lines.push(
      `    ${f.padEnd(18)} ${String(t.sentences).padStart(5)}  ${pct(t.sentencesRight, t.sentences)}  ${pct(t.fieldsRight, t.fieldsTotal)}`,
    );
  }
  lines.push('  calibration (produced drafts paired with a label or not)');
  lines.push('    confidence    drafts  fields right  drafts fully right');
  for (const b of score.calibration) {
    const range = b.to === 1 ? `[${b.from.toFixed(2)}, 1.00]` : `[${b.from.toFixed(2)}, ${b.to.toFixed(2)})`;
    lines.push(
      `    ${range.padEnd(13)} ${String(b.drafts).padStart(5)}  ${pct(b.fieldsRight, b.fieldsTotal)}        ${pct(b.draftsRight, b.drafts)}`,
    );
  }
  const b = score.binding;
  lines.push(
    `  metric bound     ${pct(b.right, b.labelled)}  (${b.right}/${b.labelled} paired drafts; ${b.unbound} unbound where ` +
      `one fits, ${b.wrong} bound to another, ${b.spurious} bound where none fits)`,
  );
  if (misses) {
    lines.push('  not fully right:');
    for (const r of score.results.filter((x) => !x.right)) {
      lines.push(`    ${r.sentence.id}: ${r.sentence.quote}`);
      lines.push(
        `      expected ${r.sentence.expected.length} draft(s), got ${r.produced.length}${r.reason ? ` (${r.reason})` : ''}`,
      );
      r.drafts.forEach((d, i) => {
        if (d.wrong.length === 0) return;
        const e = r.sentence.expected[i];
        const a = r.produced[i];
        const got = a
          ? JSON.stringify({ target: a.target, end: a.window.end, commitment: a.commitment, confidence: a.confidence })
          : 'none';
        lines.push(`      #${i} wrong ${d.wrong.join(',')}: want ${e ? JSON.stringify(e) : 'none'}; got ${got}`);
      });
    }
  }
  return lines.join('\n');
}
