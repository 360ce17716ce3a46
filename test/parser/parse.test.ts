import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { resolvePeriod } from '../../src/domain/fiscal.js';
import type { FiscalCalendar } from '../../src/domain/fiscal.js';
import { type DraftStatement, type ParseResult, parseGuidance } from '../../src/parser/index.js';
import { type CorpusCase, type ExpectedDraft, PARSE_CORPUS } from './parse-corpus.js';

const BABA: FiscalCalendar = { fiscalYearEndMonth: 3 };
const CALL = '2026-05-15';

/** reportingCurrency null: none given. */
function parse(quote: string, statedOn = CALL, calendar = BABA, reportingCurrency: string | null = 'CNY'): ParseResult {
  return parseGuidance({ quote, statedOn, calendar, ...(reportingCurrency ? { reportingCurrency } : {}) });
}

function only(
  quote: string,
  statedOn = CALL,
  calendar = BABA,
  reportingCurrency: string | null = 'CNY',
): DraftStatement {
  const { drafts, unreadable } = parse(quote, statedOn, calendar, reportingCurrency);
  expect(drafts, JSON.stringify(unreadable)).toHaveLength(1);
  const [draft] = drafts;
  if (!draft) throw new Error('no draft');
  return draft;
}

// ---- Field accuracy on the corpus ------------------------------------------------------------------------

type Fields = Map<string, unknown>;

/**
 * Growth targets are change targets (issue 18): a draft the corpus lists as measure 'yoy_growth' or 'qoq_growth'
 * is a target on the metric's level measure whose `target.change` is a relative change against the year-earlier
 * or the prior period, which is what the statements API accepts.
 */
const GROWTH_AS_CHANGE: Partial<Record<string, string>> = {
  yoy_growth: 'relative/year-earlier',
  qoq_growth: 'relative/prior-period',
};

function expectedFields(e: ExpectedDraft): Fields {
  const change = e.target.change
    ? `${e.target.change.kind}/${e.target.change.against}`
    : (GROWTH_AS_CHANGE[e.measure ?? 'level'] ?? null);
  const f: Fields = new Map<string, unknown>([
    ['metric.key', e.key],
    ['metric.measure', change ? 'level' : (e.measure ?? 'level')],
    ['target.change', change],
    ['metric.goodDirection', e.good ?? 'higher'],
    ['target.op', e.target.op],
  ]);
  const t = e.target;
  if (t.op === 'range') {
    f.set('target.low', t.low)
      .set('target.high', t.high)
      .set('target.lowInclusive', t.lowInclusive)
      .set('target.highInclusive', t.highInclusive);
  } else if (t.op === 'about') {
    f.set('target.value', t.value).set('target.tolerance', t.tolerance);
  } else {
    f.set('target.value', t.value);
  }
  f.set('target.unit', t.unit).set('target.scale', t.scale).set('target.currency', t.currency);
  f.set('window.start', e.window.start).set('window.end', e.window.end).set('window.label', e.window.label);
  f.set('mode', e.mode).set('commitment', e.commitment).set('span', e.span).set('guessed', e.guessed);
  return f;
}

function actualFields(d: DraftStatement): Fields {
  const t: Record<string, unknown> = { ...d.target };
  const f: Fields = new Map<string, unknown>([
    ['metric.key', d.metric.key],
    ['metric.measure', d.metric.measure],
    ['target.change', d.target.change ? `${d.target.change.kind}/${d.target.change.against}` : null],
    ['metric.goodDirection', d.metric.goodDirection],
  ]);
  for (const k of [
    'op',
    'value',
    'low',
    'high',
    'lowInclusive',
    'highInclusive',
    'tolerance',
    'unit',
    'scale',
    'currency',
  ]) {
    f.set(`target.${k}`, t[k]);
  }
  f.set('window.start', d.window.start).set('window.end', d.window.end).set('window.label', d.window.label);
  f.set('mode', d.mode)
    .set('commitment', d.commitment)
    .set('span', d.span.text)
    .set('guessed', d.confidence < 1);
  return f;
}

interface Score {
  right: number;
  total: number;
  misses: string[];
}

function score(c: CorpusCase, result: ParseResult): Score {
  const s: Score = { right: 0, total: 0, misses: [] };
  if (c.expected.length === 0) {
    s.total = 1;
    if (result.drafts.length === 0) s.right = 1;
    else s.misses.push(`${c.id}: expected no draft, got ${result.drafts.length}`);
  }
  c.expected.forEach((e, i) => {
    const want = expectedFields(e);
    const draft = result.drafts[i];
    const got = draft ? actualFields(draft) : new Map<string, unknown>();
    for (const [field, value] of want) {
      s.total++;
      if (got.get(field) === value) s.right++;
      else s.misses.push(`${c.id}#${i} ${field}: want ${JSON.stringify(value)} got ${JSON.stringify(got.get(field))}`);
    }
  });
  // A draft the analyst would not have written costs as much as a missed one.
  for (const extra of result.drafts.slice(c.expected.length)) {
    s.total += expectedFields({
      key: extra.metric.key,
      target: extra.target,
      window: extra.window,
      mode: extra.mode,
      commitment: extra.commitment,
      span: extra.span.text,
      guessed: true,
    }).size;
    s.misses.push(`${c.id}: unexpected draft '${extra.span.text}'`);
  }
  return s;
}

describe('parser corpus', () => {
  const results = PARSE_CORPUS.map((c) => ({
    c,
    result: parseGuidance({
      quote: c.quote,
      statedOn: c.statedOn,
      calendar: c.calendar,
      ...(c.reportingCurrency ? { reportingCurrency: c.reportingCurrency } : {}),
    }),
  }));

  it('holds at least 60 sentences, including every guidance sentence in the seeds', () => {
    expect(PARSE_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PARSE_CORPUS.map((c) => c.id)).size).toBe(PARSE_CORPUS.length);
    const seed004 = PARSE_CORPUS.filter((c) => c.source.startsWith('seed 004')).map((c) => c.id);
    for (const id of [
      's004-ai-share',
      's004-maas-arr',
      's004-cloud-margin',
      's004-ue',
      's004-all-others',
      's004-capex',
    ]) {
      expect(seed004).toContain(id);
    }
  });

  it('gets at least 95% of the fields exactly right', () => {
    const total = results
      .map(({ c, result }) => score(c, result))
      .reduce((a, b) => ({ right: a.right + b.right, total: a.total + b.total, misses: [...a.misses, ...b.misses] }), {
        right: 0,
        total: 0,
        misses: [],
      });
    const accuracy = total.right / total.total;
    console.log(`parser field accuracy: ${(accuracy * 100).toFixed(2)}% (${total.right}/${total.total} fields)`);
    if (total.misses.length > 0) console.log(`parser misses:\n  ${total.misses.join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every sentence it cannot read the reason why', () => {
    for (const { c, result } of results.filter((r) => r.c.expected.length === 0)) {
      expect(result.reason, c.id).toBeTruthy();
      if (c.why) expect(result.reason, c.id).toMatch(c.why);
    }
  });

  it('points every draft at the exact words of the quote it came from', () => {
    for (const { c, result } of results) {
      for (const d of result.drafts) {
        expect(c.quote.slice(d.span.start, d.span.end), c.id).toBe(d.span.text);
      }
    }
  });

  it('labels every window with a shorthand the fiscal calendar resolves to the same dates', () => {
    for (const { c, result } of results) {
      for (const d of result.drafts) {
        if (d.window.label === undefined) {
          expect(d.window.end, c.id).toBeNull();
          continue;
        }
        const r = resolvePeriod(d.window.label, c.calendar);
        expect(r.ok && { start: r.period.start, end: r.period.end }, c.id).toEqual({
          start: d.window.start,
          end: d.window.end,
        });
      }
    }
  });

  it('lists a reason for every guess, and never reports a guess as certain', () => {
    for (const { c, result } of results) {
      for (const d of result.drafts) {
        expect(d.confidence > 0 && d.confidence <= 1, c.id).toBe(true);
        expect(d.confidence < 1, `${c.id}: ${d.span.text}`).toBe(
          d.assumptions.length > 0 || d.unreadPhrases.length > 0,
        );
      }
    }
  });

  it('returns plain JSON', () => {
    for (const { result } of results) expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

// ---- One construct at a time --------------------------------------------------------------------------------

describe('thresholds', () => {
  it.each([
    ['Cloud EBITA margin will exceed 12% next quarter.', 'gt'],
    ['Cloud EBITA margin will surpass 12% next quarter.', 'gt'],
    ['Cloud EBITA margin will be above 12% next quarter.', 'gt'],
    ['Cloud EBITA margin will be more than 12% next quarter.', 'gt'],
    ['Cloud EBITA margin will be at least 12% next quarter.', 'gte'],
    ['Cloud EBITA margin will be 12% or more next quarter.', 'gte'],
    ['Cloud EBITA margin will be below 12% next quarter.', 'lt'],
    ['Cloud EBITA margin will be less than 12% next quarter.', 'lt'],
    ['Cloud EBITA margin will be no more than 12% next quarter.', 'lte'],
    ['Cloud EBITA margin will not exceed 12% next quarter.', 'lte'],
  ])('reads "%s" as %s 12 percent', (quote, op) => {
    const d = only(quote);
    expect(d.target).toMatchObject({ op, value: '12', unit: 'percent' });
    expect(d.metric.key).toBe('cloud.ebita_margin');
  });

  it('flips the operator under a negated verb', () => {
    expect(only('We do not expect capex to exceed RMB 50 billion next quarter.').target).toMatchObject({
      op: 'lte',
      value: '50000000000',
    });
  });

  it('reads a target for a metric where lower is better as a ceiling', () => {
    expect(only('Our target is to keep All Others losses at a target of RMB 15 billion next quarter.').target.op).toBe(
      'lte',
    );
  });
});

describe('ranges', () => {
  it('reads "between X and Y" as a closed range, sharing a unit written once', () => {
    expect(only('Gross margin is expected to be between 47 and 48% next quarter.').target).toMatchObject({
      op: 'range',
      low: '47',
      high: '48',
      lowInclusive: true,
      highInclusive: true,
      unit: 'percent',
    });
  });

  it('reads "above X but below Y" as the open range', () => {
    expect(
      only('All Others loss will be above 10 billion but below 20 billion yuan next quarter.').target,
    ).toMatchObject({
      op: 'range',
      low: '10000000000',
      high: '20000000000',
      lowInclusive: false,
      highInclusive: false,
      currency: 'CNY',
      scale: 'billion',
    });
  });

  it('reads "at least X but less than Y" as half-open', () => {
    expect(only('Margin will be at least 10% but less than 12% next quarter.').target).toMatchObject({
      op: 'range',
      low: '10',
      high: '12',
      lowInclusive: true,
      highInclusive: false,
    });
  });

  it('reads "X to Y" and "X-Y%"', () => {
    expect(only('Revenue will be RMB 10 to 12 billion next quarter.').target).toMatchObject({
      op: 'range',
      low: '10000000000',
      high: '12000000000',
    });
    expect(only('Gross margin will be 50-70% next quarter.').target).toMatchObject({
      op: 'range',
      low: '50',
      high: '70',
    });
  });

  it.each([
    [
      'Free cash flow will be roughly RMB 1.4 billion in FY27.',
      "'roughly RMB 1.4 billion' read as RMB 1.4 billion plus or minus CNY 70 million",
    ],
    ['The margin will be about 16% in FY27.', "'about 16%' read as 16% plus or minus 0.5 of a point"],
    ['We expect to open about 2,600 stores in FY27.', "'about 2,600 stores' read as 2,600 stores plus or minus 130"],
    [
      'We expect about 25,000 new users in FY27.',
      "'about 25,000 new users' read as 25,000 new users plus or minus 1,250",
    ],
  ])('says what "about" is read as in the figure\'s own terms: %s', (quote, note) => {
    expect(only(quote).assumptions).toContain(note);
  });

  it('reads "plus or minus 2%" as points on a percentage and as a share of a money value', () => {
    expect(only('Revenue growth will be 10% plus or minus 2% in FY27.').target).toMatchObject({
      op: 'about',
      value: '10',
      tolerance: '2',
    });
    expect(only('Revenue will be RMB 100 billion, plus or minus 2%, in FY27.').target).toMatchObject({
      op: 'about',
      value: '100000000000',
      tolerance: '2000000000',
    });
  });

  it('treats "from 9% to" after a movement verb as a starting point, not a range', () => {
    expect(only('Cloud margin will rise from 9% to 15% next quarter.').target).toMatchObject({
      op: 'gte',
      value: '15',
    });
  });
});

describe('qualitative bands', () => {
  it.each([
    ['the teens', '13', '20'],
    ['the low teens', '13', '15'],
    ['the mid-teens', '15', '17'],
    ['the high teens', '17', '20'],
    ['high single digits', '7', '10'],
    ['the low twenties', '20', '24'],
    ['double digits', '10', '100'],
  ])('reads "%s" as [%s, %s) percent', (band, low, high) => {
    expect(only(`Cloud EBITA margin will be in ${band} next quarter.`).target).toMatchObject({
      op: 'range',
      low,
      high,
      lowInclusive: true,
      highInclusive: false,
      unit: 'percent',
      wording: expect.stringContaining(band.replace('the ', '')),
    });
  });

  it('will not guess what "high double digits" means', () => {
    const r = parse('Revenue will grow in the high double digits next quarter.');
    expect(r.drafts).toEqual([]);
    expect(r.reason).toMatch(/ambiguous/);
  });
});

describe('sign changes', () => {
  it('reads "turn positive" as above zero, with no unit of its own', () => {
    expect(only('Unit economics will turn positive next quarter.').target).toEqual({
      op: 'gt',
      value: '0',
      wording: 'turn positive',
      unit: null,
      scale: null,
      currency: null,
    });
  });

  it('reads "break even" as at least zero on profit when no metric is named', () => {
    const d = only('International commerce will break even next quarter.');
    expect(d.target).toMatchObject({ op: 'gte', value: '0' });
    expect(d.metric.key).toBe('international.profit');
  });

  it('reads "losses will narrow" as a fall in the loss, judged at the end of the window', () => {
    const d = only('Instant retail losses will narrow next quarter.');
    expect(d.metric).toMatchObject({ key: 'instant_retail.loss', measure: 'change', goodDirection: 'lower' });
    expect(d.target).toMatchObject({ op: 'lt', value: '0' });
    expect(d.mode).toBe('final');
  });
});

describe('more bands and signs', () => {
  it('reads "low-to-mid twenties" and "the high twenties to low thirties" as one range each', () => {
    expect(only('Revenue growth will be in the low-to-mid twenties in FY27.').target).toMatchObject({
      low: '20',
      high: '27',
    });
    expect(only('Revenue growth will be in the high twenties to low thirties in FY27.').target).toMatchObject({
      low: '27',
      high: '34',
    });
  });

  it('reads "reach positive free cash flow" with the metric after the sign', () => {
    const d = only('We expect to reach positive free cash flow in FY27.');
    expect(d.metric.key).toBe('free_cash_flow');
    expect(d.target).toMatchObject({ op: 'gt', value: '0' });
  });

  it('reads "return to revenue growth" as growth above zero', () => {
    const d = only('We will return to revenue growth in FY27.');
    // Growth is a change target (issue 18): the metric is revenue itself, the target its change on a year earlier.
    // No figure is written, so no unit either (labels.ts: a direction-only change has unit null).
    expect(d.metric).toMatchObject({ key: 'revenue', measure: 'level' });
    expect(d.target).toMatchObject({
      op: 'gt',
      value: '0',
      unit: null,
      change: { kind: 'relative', against: 'year-earlier' },
    });
  });

  it('does not read "approaching breakeven" as a promise to break even', () => {
    expect(parse('Quick commerce should be approaching breakeven by the end of FY27.').drafts).toEqual([]);
  });

  it('reads "decline 5% to 7%" as growth between -7% and -5%', () => {
    expect(only('Costs are expected to decline 5% to 7% year over year in FY27.').target).toMatchObject({
      low: '-7',
      high: '-5',
    });
  });
});

describe('scales and currencies', () => {
  it.each([
    ['RMB 30 billion', '30000000000', 'CNY', 'billion'],
    ['¥39 billion', '39000000000', 'CNY', 'billion'],
    ['$5.4 billion', '5400000000', 'USD', 'billion'],
    ['3 billion yuan', '3000000000', 'CNY', 'billion'],
    ['RMB 30bn', '30000000000', 'CNY', 'billion'],
    ['US$150 million', '150000000', 'USD', 'million'],
    ['HK$2.5 trillion', '2500000000000', 'HKD', 'trillion'],
  ])('reads %s as %s %s', (figure, value, currency, scale) => {
    expect(only(`Revenue will exceed ${figure} next quarter.`).target).toMatchObject({
      op: 'gt',
      value,
      currency,
      unit: currency,
      scale,
    });
  });

  it('reads ¥ as yen for a company reporting in JPY', () => {
    expect(only('Revenue will exceed ¥500 billion next quarter.', CALL, BABA, 'JPY').target.currency).toBe('JPY');
  });

  it('reads ¥ as CNY without a reporting currency, and says it guessed', () => {
    const d = only('Revenue will exceed ¥500 billion next quarter.', CALL, BABA, null);
    expect(d.target.currency).toBe('CNY');
    expect(d.confidence).toBeLessThan(1);
  });

  it('takes an unstated currency from the reporting currency, as a guess', () => {
    const d = only('ARR will exceed 30bn next quarter.');
    expect(d.target).toMatchObject({ value: '30000000000', currency: 'CNY', scale: 'billion' });
    expect(d.assumptions.join()).toMatch(/currency not stated/);
  });
});

describe('growth', () => {
  it('reads "grow 20% year over year" as a change target: about +20% on the year-earlier period', () => {
    const d = only('Cloud revenue will grow 20% year over year next quarter.');
    expect(d.metric).toMatchObject({ key: 'cloud.revenue', measure: 'level' });
    expect(d.target).toMatchObject({
      op: 'about',
      value: '20',
      tolerance: '0.5',
      unit: 'percent',
      change: { kind: 'relative', against: 'year-earlier' },
    });
    expect(d.confidence).toBe(1);
  });

  it('reads sequential growth as a change on the prior period', () => {
    expect(only('Cloud revenue will grow 5% sequentially next quarter.').target.change).toEqual({
      kind: 'relative',
      against: 'prior-period',
    });
  });

  it('assumes year over year when no basis is said, and says so', () => {
    const d = only('Cloud revenue will grow 20% next quarter.');
    expect(d.target.change).toEqual({ kind: 'relative', against: 'year-earlier' });
    expect(d.assumptions).toContain('growth read as year over year');
  });
});

describe('horizons (statement dated 2026-05-15, fiscal year ending in March)', () => {
  const windowOf = (quote: string, statedOn = CALL): DraftStatement['window'] => only(quote, statedOn).window;

  it('reads "next quarter" as the first quarter ending after the statement date: the one in progress', () => {
    expect(windowOf('Margin will exceed 12% next quarter.')).toEqual({
      start: '2026-04-01',
      end: '2026-06-30',
      label: 'FY2027Q1',
    });
    expect(windowOf('Margin will exceed 12% next quarter.', '2026-03-31').label).toBe('FY2027Q1');
    expect(windowOf('Margin will exceed 12% next quarter.', '2026-02-05').label).toBe('FY2026Q4');
  });

  it('reads "over the next two quarters" as the next two fiscal quarters', () => {
    expect(windowOf('Margin will be above 12% over the next two quarters.')).toEqual({
      start: '2026-04-01',
      end: '2026-09-30',
      label: 'FY2027Q1..FY2027Q2',
    });
  });

  it('reads "by the end of the year" as the calendar year, unless the fiscal year is said', () => {
    expect(windowOf('ARR will exceed RMB 30 billion by the end of the year.').end).toBe('2026-12-31');
    expect(windowOf('ARR will exceed RMB 30 billion by the end of the fiscal year.').end).toBe('2027-03-31');
  });

  it('reads "in June" as the next June', () => {
    expect(windowOf('ARR will reach RMB 10 billion in June.')).toEqual({
      start: '2026-06-01',
      end: '2026-06-30',
      label: '2026-06',
    });
    expect(windowOf('ARR will reach RMB 10 billion in March.').label).toBe('2027-03');
  });

  it('reads "within about a year" as twelve months from the statement date, and flags the "about"', () => {
    const d = only('AI share will exceed 50% within about a year.');
    expect(d.window).toEqual({ start: CALL, end: '2027-05-15', label: '2026-05-15..2027-05-15' });
    expect(d.confidence).toBeLessThan(1);
  });

  it('reads "in a certain month of FY27" as FY2027, met by any one month', () => {
    const d = only('Unit economics will turn positive in a certain month of FY27.');
    expect(d.window.label).toBe('FY2027');
    expect(d.mode).toBe('any');
  });

  it('reads "long-term" as no deadline', () => {
    expect(windowOf('The long-term cloud EBITA margin target is 20%.')).toEqual({ start: CALL, end: null });
  });

  it('reads "over the next three years" as three years from the statement date', () => {
    expect(windowOf('Cloud revenue will exceed RMB 300 billion over the next three years.').end).toBe('2029-05-15');
  });

  // Issue 18's convention: a year names the fiscal year ending in it, so on a March calendar "by 2031" is FY2031.
  it('reads "by 2031" as the end of fiscal 2031', () => {
    expect(windowOf('Cloud revenue will exceed USD 100 billion by 2031.').end).toBe('2031-03-31');
  });

  it('leaves a sentence with no horizon open, and says it guessed', () => {
    const d = only('Capex may exceed RMB 380 billion.');
    expect(d.window.end).toBeNull();
    expect(d.confidence).toBeLessThanOrEqual(0.7);
  });

  it('always resolves "next quarter" to the first quarter that ends after the statement date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (fye, day) => {
          const statedOn = day.toISOString().slice(0, 10);
          const d = parseGuidance({
            quote: 'Revenue will exceed RMB 1 billion next quarter.',
            statedOn,
            calendar: { fiscalYearEndMonth: fye },
          }).drafts[0];
          // It ends after the statement date, and the quarter before it did not.
          return (
            d !== undefined &&
            d.window.end !== null &&
            d.window.end > statedOn &&
            addDays(d.window.start, -1) <= statedOn
          );
        },
      ),
    );
  });
});

describe('commitment', () => {
  it.each([
    ['will', 'will'],
    ['is expected to', 'expect'],
    ['we target that it will', 'target'],
    ['aims to', 'target'],
    ['aspires to', 'aspire'],
    ['may', 'may'],
    ['could', 'may'],
  ])('reads "%s" as %s', (verb, commitment) => {
    expect(only(`Cloud EBITA margin ${verb} exceed 12% next quarter.`).commitment).toBe(commitment);
  });

  it('lets the weaker word win when a firm verb is hedged', () => {
    expect(only('It is expected that cloud EBITA margin will exceed 12% next quarter.').commitment).toBe('expect');
  });
});

describe('metrics', () => {
  it.each([
    ['Cloud EBITA margin will exceed 12% next quarter.', 'cloud.ebita_margin'],
    ['Bailian MaaS ARR will exceed RMB 30 billion by year end.', 'maas.arr'],
    ['All Others loss will be below RMB 20 billion next quarter.', 'all_others.loss'],
    ['Azure revenue will grow more than 30% next quarter.', 'azure.revenue'],
    ['Adjusted operating margin will exceed 20% in FY27.', 'adjusted_operating_margin'],
    ['We will pay a dividend of at least USD 1.05 per share in FY27.', 'dividend_per_share'],
    ['The company expects to turn a profit in its local services segment in FY27.', 'local_services.profit'],
  ])('suggests a key for "%s": %s', (quote, key) => {
    expect(only(quote).metric.key).toBe(key);
  });

  it('reads a loss as a metric where lower is better, and capex as neutral', () => {
    expect(only('All Others loss will be below RMB 20 billion next quarter.').metric.goodDirection).toBe('lower');
    expect(only('Capex will exceed RMB 40 billion next quarter.').metric.goodDirection).toBe('neutral');
  });

  it('reads money invested over a stretch of years as a total', () => {
    const d = only('We will invest more than RMB 380 billion in AI infrastructure over the next three years.');
    expect(d.metric).toMatchObject({ key: 'capex', measure: 'cumulative' });
    expect(d.mode).toBe('final');
  });

  it.each([
    'We target cumulative revenue of RMB 100 billion over the next three years.',
    'We expect to generate RMB 60 billion of free cash flow in total over the next five years.',
  ])('reads a figure said to be a sum over the window as a total: "%s"', (quote) => {
    const d = only(quote);
    expect(d.metric.measure).toBe('cumulative');
    expect(d.mode).toBe('final');
  });

  it('reads the same figure with no word of a sum as a level', () => {
    expect(only('We target revenue of RMB 100 billion in FY2028.').metric.measure).toBe('level');
  });

  it('takes the metric of "it" from the sentence before, as a guess', () => {
    const d = only('Bailian MaaS ARR exceeded RMB 8 billion. It will surpass RMB 30 billion by year end.');
    expect(d.metric).toMatchObject({ key: 'maas.arr', inferred: true });
    expect(d.confidence).toBeLessThan(1);
  });

  it('asks for the metric by hand when none is named', () => {
    const d = only('We expect 20% by FY2028.');
    expect(d.metric.key).toBeNull();
    expect(d.assumptions.join()).toMatch(/no metric named/);
  });
});

describe('modes', () => {
  it.each([
    ['Margin will exceed 12% next quarter.', 'any'],
    ['Margin will be above 12% next quarter.', 'final'],
    ['Margin will be above 12% over the next two quarters.', 'all'],
    ['Margin will stay above 12% in FY27.', 'all'],
    ['Margin will be above 12% by the end of FY27.', 'any'],
    ['Margin will be 20% in the long term.', 'any'],
    ['Losses will narrow over the next two years.', 'final'],
    ['International commerce will achieve full-year profitability in FY27.', 'final'],
  ])('judges "%s" as %s', (quote, mode) => {
    expect(only(quote).mode).toBe(mode);
  });
});

describe('compound sentences', () => {
  it('splits "reach 10bn in June and exceed 30bn by year end" into two statements on one metric', () => {
    const { drafts } = parse('ARR will reach 10bn in June and exceed 30bn by year end');
    expect(drafts.map((d) => [d.metric.key, d.target.op, d.window.end, d.span.text])).toEqual([
      ['arr', 'gte', '2026-06-30', 'ARR will reach 10bn in June'],
      ['arr', 'gt', '2026-12-31', 'exceed 30bn by year end'],
    ]);
  });

  it('carries the operator to a figure written without a verb', () => {
    const { drafts } = parse(
      'ARR will reach RMB 10 billion in June, RMB 20 billion in September and RMB 30 billion by year end.',
    );
    expect(drafts.map((d) => d.target.op)).toEqual(['gte', 'gte', 'gte']);
    expect(drafts.map((d) => d.window.label)).toEqual(['2026-06', '2026-09', '2026-05-15..2026-12-31']);
  });
});

describe('honesty', () => {
  it('returns no draft and the reason for a sentence with nothing to score', () => {
    const r = parse('We remain committed to our customers.');
    expect(r.drafts).toEqual([]);
    expect(r.reason).toMatch(/not a guidance statement|no measurable target/);
  });

  it.each([
    ['If cloud margin reaches the teens, the stock will rerate.', /conditional/],
    ['The author expects the loss to exceed RMB 20 billion next quarter.', /writer's own view/],
    ['Most market targets are set above $150 next year.', /market or analysts/],
    ['Cloud revenue will exceed RMB 40 billion next quarter, implying 30% growth.', null],
    ['We expect cloud revenue to exceed RMB 40 billion next quarter, which implies 30% growth.', null],
    ['Reaching USD 100 billion in five years will require a CAGR of 35-40%.', /inference/],
    ['This target will be achieved by the end of the year.', /stated elsewhere/],
  ])('says why it does not read "%s"', (quote, why) => {
    const r = parse(quote);
    if (why === null) {
      expect(r.drafts).toHaveLength(1);
      expect(r.unreadable.map((u) => u.reason).join()).toMatch(/inference/);
    } else {
      expect(r.drafts).toEqual([]);
      expect(r.reason).toMatch(why);
    }
  });

  it("reads a pasted paragraph: section numbers, reported figures and the writer's asides give no draft", () => {
    const note = [
      '1.2 Clear path for profitability improvement in cloud business',
      "Alibaba Cloud's EBITA margin in FY26Q4 was 9%. According to management, the cloud business EBITA margin is " +
        'expected to rise to the "teens" range over the next two quarters, with a long-term target of 20%.',
      'An increase in profit margin from the current 9% to 20% implies that profits will grow at a faster pace.',
    ].join('\n');
    const { drafts } = parse(note);
    expect(drafts.map((d) => [d.metric.key, d.target.op, d.window.label])).toEqual([
      ['cloud.ebita_margin', 'range', 'FY2027Q1..FY2027Q2'],
      ['cloud.ebita_margin', 'gte', undefined],
    ]);
  });

  it('does not read reported figures as guidance', () => {
    const r = parse('Cloud revenue grew 34% year over year to RMB 39.8 billion.');
    expect(r.drafts).toEqual([]);
    expect(r.reason).toMatch(/already known/);
  });

  it('rejects bad input without throwing', () => {
    expect(parse('', CALL).reason).toMatch(/empty/);
    expect(parse('Margin will exceed 12% next quarter.', '2026-13-01').reason).toMatch(/not a date/);
    expect(parseGuidance({ quote: 'x', statedOn: CALL, calendar: { fiscalYearEndMonth: 13 } }).reason).toMatch(
      /not a month/,
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (quote) => {
        const r = parse(quote);
        return Array.isArray(r.drafts) && r.drafts.every((d) => quote.slice(d.span.start, d.span.end) === d.span.text);
      }),
    );
  });
});

describe('horizons in a 52/53-week calendar', () => {
  const APPLE: FiscalCalendar = { fiscalYearEndMonth: 9, weekday: 'saturday', rule: 'last', week53Quarter: 1 };

  it("reads 'the March quarter' as Apple's fiscal Q2 even when it ends on April 1 (FY2023, a 53-week year)", () => {
    const draft = only(
      'We expect gross margin to be between 43.5% and 44.5% in the March quarter.',
      '2023-02-02',
      APPLE,
      'USD',
    );
    expect(draft.window).toMatchObject({ start: '2023-01-01', end: '2023-04-01', label: 'FY2023Q2' });
  });

  it("reads 'next quarter' through the weekday calendar", () => {
    const draft = only('Gross margin will be between 46% and 47% next quarter.', '2024-10-31', APPLE, 'USD');
    expect(draft.window).toMatchObject({ start: '2024-09-29', end: '2024-12-28', label: 'FY2025Q1' });
  });

  it('rejects a calendar with a bad weekday, naming the field', () => {
    const bad = { ...APPLE, weekday: 'caturday' } as unknown as FiscalCalendar;
    expect(parseGuidance({ quote: 'x', statedOn: CALL, calendar: bad }).reason).toMatch(/weekday/);
  });
});
