// A parsed draft's ready statement: the StatementCreate body it posts as, on the metric it is bound to (or the one
// it proposes), or why it has none yet. Pure: the statement service calls it after binding, and the parse route only
// shapes what it returns.
import type { z } from 'zod';
import type { Measure, MetricKind, TargetChange } from '../domain/model.js';
import { changeTargetProblem } from '../domain/validation.js';
import type { BoundDraft } from '../parser/metric-binding.js';
import type { ParseRequest } from '../schemas/parse.js';

/** What a parse request says about where the drafts come from: copied into each statement. */
export type DraftOrigin = Pick<z.output<typeof ParseRequest>, 'companyId' | 'statedOn' | 'source'>;

type DraftTarget = BoundDraft['target'];
/** Omit on each member of a union, so that each keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** The draft's target as a statement states it: its numbers and change, without the unit the metric gives. */
type StatementTarget = OmitEach<DraftTarget, 'unit' | 'scale' | 'currency'> & { change?: TargetChange };

function withoutUnit(target: DraftTarget): OmitEach<DraftTarget, 'unit' | 'scale' | 'currency'> {
  const { unit: _unit, scale: _scale, currency: _currency, ...spec } = target;
  return spec;
}

/** A StatementCreate body, ready to POST to /v1/statements once reviewed. */
export type DraftStatementBody = {
  companyId: string;
  metric: string;
  statedOn: string;
  source: NonNullable<DraftOrigin['source']> | { kind: 'other' };
  quote: string;
  commitment: BoundDraft['commitment'];
  target: StatementTarget;
  window: { start: string; end: string | null };
  mode: BoundDraft['mode'];
};

/** A bound draft with its statement, or with why it has none (`statementMissing`). */
export type ReadyDraft = BoundDraft & { statement: DraftStatementBody | null; statementMissing: string | null };

/**
 * The change a growth rate is measured as: "grow 5% year over year" is a relative change against the year
 * earlier. Measures the API cannot hold yet (a CAGR, a total over the window, a change against the last
 * figure reported) have none, and their drafts no statement.
 */
function changeOfMeasure(measure: Measure): { change: TargetChange | undefined } | { missing: string } {
  switch (measure) {
    case 'level':
      return { change: undefined };
    case 'yoy_growth':
      return { change: { kind: 'relative', against: 'year-earlier' } };
    case 'qoq_growth':
      return { change: { kind: 'relative', against: 'prior-period' } };
    case 'cagr':
      return { missing: 'a compound annual growth rate is not representable as a statement yet' };
    case 'cumulative':
      return { missing: 'a total over the window is not representable as a statement yet' };
    case 'change':
      return { missing: 'a change against the last figure reported is not representable as a statement yet' };
  }
}

/** What a change stated with no band ("broadly flat", "remain stable") is taken within: half a point of growth. */
const UNSTATED_CHANGE_TOLERANCE = '0.5';

/**
 * The draft's target as a statement holds it, or why it cannot yet. The change is the one read or the measure's, and
 * a measure the API cannot hold (a CAGR, a total over the window) has none.
 * A statement's "about" needs a tolerance, and "broadly flat" states none: a relative change is taken within half a
 * point either way, the reading of "about N%" (the draft says so among its assumptions), and any other change
 * without a band has no statement until one is given. A change the metric cannot have makes none either: a stock,
 * read at a date, has no prior period ("subscribers slightly lower sequentially"), and POST /v1/statements would
 * refuse it for the same reason.
 */
function readyTarget(
  draft: BoundDraft,
  kind: MetricKind | undefined,
): { target: StatementTarget; assumption?: string } | { missing: string } {
  const spec = withoutUnit(draft.target);
  // A measure the API cannot hold yet has no statement, even where the parser read the rate as a change ("a compound
  // annual growth rate of 6% to 8%" is no year-on-year growth of 6% to 8%). Else a change the parser read itself
  // stands, and the measure says what the numbers are a change of where it read none.
  const measured = changeOfMeasure(draft.metric.measure);
  if ('missing' in measured) return measured;
  const change = spec.change ?? measured.change;
  const target: StatementTarget = change ? { ...spec, change } : spec;
  let ready: { target: StatementTarget; assumption?: string } = { target };
  if (spec.op === 'about' && spec.tolerance === undefined && spec.tolerancePercent === undefined) {
    const said = spec.wording ? `'${spec.wording}'` : 'the target';
    if (change?.kind !== 'relative') {
      return { missing: `${said} states no tolerance: give the statement one before posting it` };
    }
    ready = {
      target: { ...spec, change, tolerance: UNSTATED_CHANGE_TOLERANCE },
      assumption:
        `${said} states no band: the statement takes it as a change of ${spec.value}%, give or take ` +
        `${UNSTATED_CHANGE_TOLERANCE} of a point`,
    };
  }
  const problem = kind !== undefined && change ? changeTargetProblem({ change }, kind) : null;
  return problem ? { missing: `not postable as read: ${problem.detail}` } : ready;
}

/**
 * The draft with the statement it posts as, on the metric it matched or the one it proposes creating. A draft with
 * neither says why (its binding's reason); one whose target the API cannot hold, or its metric cannot have, says
 * that instead. An assumption the statement makes is added to the draft's.
 */
export function readyDraft(draft: BoundDraft, origin: DraftOrigin): ReadyDraft {
  const { binding } = draft;
  const key = binding.match?.key ?? binding.create?.metric.key ?? null;
  if (key === null) {
    return { ...draft, statement: null, statementMissing: binding.match ? null : binding.reason };
  }
  const ready = readyTarget(draft, binding.match?.kind ?? binding.create?.metric.kind);
  if ('missing' in ready) return { ...draft, statement: null, statementMissing: ready.missing };
  return {
    ...draft,
    assumptions: ready.assumption ? [...draft.assumptions, ready.assumption] : draft.assumptions,
    statement: {
      companyId: origin.companyId,
      metric: key,
      statedOn: origin.statedOn,
      source: origin.source ?? { kind: 'other' },
      quote: draft.span.text,
      commitment: draft.commitment,
      target: ready.target,
      window: { start: draft.window.start, end: draft.window.end },
      mode: draft.mode,
    },
    statementMissing: null,
  };
}
