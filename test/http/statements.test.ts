// Guidance statements: windows resolved through the company's fiscal calendar, compound sentences split into
// atomic parts, and revisions that supersede or withdraw what management said before.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Revision, Statement, StatementInput, StatementWithEvaluation } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import {
  CAPEX,
  CLOUD_MARGIN,
  MAAS_ARR,
  TEENS_STATEMENT,
  actual,
  evaluationAsOf,
  get,
  post,
  seedAlibaba,
  seedCompanyLike,
} from '../support/fixtures.js';

type StatementBody = z.input<typeof StatementInput>;
type StatementWithEvaluationBody = z.infer<typeof StatementWithEvaluation>;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface CompoundResult {
  parent: Statement;
  parts: Statement[];
}

interface RevisionResult {
  revision: z.infer<typeof Revision>;
  statement: Statement;
  successor: Statement | null;
}

/** "Bailian MaaS ARR will reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year." */
const ARR_COMPOUND = {
  companyId: 'alibaba',
  statedOn: '2026-05-15',
  source: { kind: 'call', title: 'FY2026 Q4 earnings call', speaker: 'Eddie Wu' },
  quote: 'Bailian MaaS ARR will reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year',
  parts: [
    {
      quote: 'Bailian MaaS ARR will reach RMB 10 billion in June',
      metric: 'bailian.maas_arr',
      commitment: 'will',
      target: { op: 'gte', value: '10000000000', wording: 'RMB 10 billion' },
      window: { period: '2026-06' },
    },
    {
      quote: 'surpass RMB 30 billion by the end of the year',
      metric: 'bailian.maas_arr',
      commitment: 'will',
      target: { op: 'gt', value: '30000000000', wording: 'more than RMB 30 billion' },
      window: { start: '2026-05-15', end: '2026-12-31' },
    },
  ],
};

/** "Cloud EBITA margin rises to the teens", re-guided on a later call. */
function raisedTo(low: string, statedOn = '2026-08-20') {
  return {
    kind: 'raised',
    statedOn,
    note: 'raised on the FY2027 Q1 call',
    statement: {
      source: { kind: 'call', title: 'FY2027 Q1 earnings call' },
      quote: `cloud EBITA margin will reach at least ${low}% over the next two quarters`,
      metric: 'cloud.ebita_margin',
      commitment: 'expect',
      target: { op: 'gte', value: low },
      window: { period: 'FY2027Q1..FY2027Q2' },
    },
  };
}

describe('windows given as fiscal shorthand', () => {
  const ctx = useTestApp();
  beforeAll(() => seedAlibaba(ctx.app));

  it.each([
    ['FY2027Q1..FY2027Q2', '2026-04-01', '2026-09-30'],
    ['FY2027Q1', '2026-04-01', '2026-06-30'],
    ['FY2027', '2026-04-01', '2027-03-31'],
    ['FY2026Q4', '2026-01-01', '2026-03-31', '2026-01-10'],
    ['2026-06', '2026-06-01', '2026-06-30'],
    ['CY2026', '2026-01-01', '2026-12-31'],
  ])(
    "resolves '%s' to %s..%s through Alibaba's March year-end and keeps the shorthand as the label",
    async (period, start, end, statedOn = TEENS_STATEMENT.statedOn) => {
      // Each its own quote (the same statement twice is one) and a date before its window closes (a forecast).
      const statement = await post<Statement>(ctx.app, '/v1/statements', {
        ...TEENS_STATEMENT,
        statedOn,
        quote: `${TEENS_STATEMENT.quote} (${period})`,
        window: { period },
      });
      expect(statement.window).toEqual({ start, end, label: period });
    },
  );

  it('records the teens statement whole: source, quote, commitment, target with its reading, mode and grace', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: TEENS_STATEMENT });
    expect(response.statusCode, response.body).toBe(201);
    const statement = response.json<Statement>();
    expect(response.headers.location).toBe(`/v1/statements/${statement.id}`);
    expect(statement).toMatchObject({
      kind: 'atomic',
      companyId: 'alibaba',
      metric: 'cloud.ebita_margin',
      parentId: null,
      partIds: [],
      statedOn: '2026-05-15',
      source: { kind: 'call', title: 'FY2026 Q4 earnings call', url: null, speaker: null },
      quote: TEENS_STATEMENT.quote,
      commitment: 'expect',
      target: {
        op: 'range',
        low: '13',
        high: '20',
        lowInclusive: true,
        highInclusive: false,
        wording: 'the teens',
        description: 'the teens (13 to under 20%)',
      },
      window: { start: '2026-04-01', end: '2026-09-30', label: 'FY2027Q1..FY2027Q2' },
      mode: 'all',
      graceDays: 60,
      revisionKind: 'initiated',
      supersedesId: null,
      revisedBy: null,
    });
  });

  it.each([
    ['FY2027Q5', /'FY2027Q5' is not a fiscal period/],
    ['FY27..FY26', /'FY27\.\.FY26' ends \(2026-03-31\) before it starts \(2026-04-01\)/],
    ['garbage', /'garbage' is not a fiscal period/],
    ['FY2027Q1..FY2027Q2..FY2028', /more than one '\.\.'/],
    ['2026-13', /'2026-13' has no month 13/],
  ])(
    "refuses the malformed shorthand '%s' with a 422 at /window/period that says what is wrong",
    async (period, says) => {
      const before = await tableCounts(ctx.db);
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/v1/statements',
        payload: { ...TEENS_STATEMENT, window: { period } },
      });
      const problem = expectProblem(response, 422);
      expect(problem.errors).toEqual([{ pointer: '/window/period', detail: expect.stringMatching(says) }]);
      expect(await tableCounts(ctx.db)).toEqual(before);
    },
  );
});

describe('windows given as dates', () => {
  const ctx = useTestApp();
  beforeAll(() => seedAlibaba(ctx.app));

  it('keeps a window given as dates as it is, with no label', async () => {
    const statement = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      window: { start: '2026-04-01', end: '2026-12-31' },
    });
    expect(statement.window).toEqual({ start: '2026-04-01', end: '2026-12-31', label: null });
  });

  it('records "long-term 20%" with end: null as a statement with no deadline that is never missed', async () => {
    const longTerm = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      quote: 'over the long term we target a cloud EBITA margin of 20%',
      commitment: 'target',
      target: { op: 'gte', value: '20', wording: 'long-term 20%' },
      window: { start: '2026-05-15', end: null },
      mode: 'all',
    });
    expect(longTerm.window).toEqual({ start: '2026-05-15', end: null, label: null });
    await post(ctx.app, '/v1/actuals', actual({ period: 'FY2027Q1', value: '9.1', publishedAt: '2026-08-20' }));
    const years = await evaluationAsOf(ctx.app, longTerm.id, '2040-01-01');
    expect(years.status).toBe('pending');
    expect(years.explanation).toContain('no deadline');
  });

  it.each([
    ['period together with dates', { period: 'FY2027', start: '2026-04-01', end: '2026-12-31' }, '/window/period'],
    ['no period and no start', { end: '2026-12-31' }, '/window/start'],
    ['a start with no end (null is how to say "no deadline")', { start: '2026-04-01' }, '/window/end'],
    ['an end before its start', { start: '2026-12-31', end: '2026-04-01' }, '/window/end'],
    ['an impossible date', { start: '2026-02-30', end: '2026-12-31' }, '/window/start'],
  ])('refuses a window with %s with a 422 pointing at the field', async (_what, window, pointer) => {
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: { ...TEENS_STATEMENT, window },
    });
    const problem = expectProblem(response, 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('compound statements', () => {
  const ctx = useTestApp();
  beforeAll(() => seedAlibaba(ctx.app));

  it('splits "ARR will reach 10bn in June and exceed 30bn by year end" into two atomic parts under one parent', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/statements/compound', payload: ARR_COMPOUND });
    expect(response.statusCode, response.body).toBe(201);
    const { parent, parts } = response.json<CompoundResult>();
    expect(response.headers.location).toBe(`/v1/statements/${parent.id}`);
    expect(parent).toMatchObject({
      kind: 'compound',
      metric: null,
      target: null,
      window: null,
      commitment: null,
      parentId: null,
      quote: ARR_COMPOUND.quote,
      partIds: parts.map((p) => p.id),
    });
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => [p.kind, p.parentId, p.metric, p.quote])).toEqual([
      ['atomic', parent.id, 'bailian.maas_arr', 'Bailian MaaS ARR will reach RMB 10 billion in June'],
      ['atomic', parent.id, 'bailian.maas_arr', 'surpass RMB 30 billion by the end of the year'],
    ]);
    expect(parts.map((p) => p.window)).toEqual([
      { start: '2026-06-01', end: '2026-06-30', label: '2026-06' },
      { start: '2026-05-15', end: '2026-12-31', label: null },
    ]);
    expect(parts.every((p) => p.statedOn === '2026-05-15' && p.source.speaker === 'Eddie Wu')).toBe(true);
  });

  it('scores each part on its own: June met at 12bn while the year-end part stays pending until October', async () => {
    const { parent } = await post<CompoundResult>(ctx.app, '/v1/statements/compound', ARR_COMPOUND);
    const [june, yearEnd] = parent.partIds;
    if (june === undefined || yearEnd === undefined) throw new Error('the compound statement lost its parts');

    const arr = (date: string, value: string, publishedAt: string) =>
      actual({ metric: 'bailian.maas_arr', period: undefined, date, value, unit: 'CNY', publishedAt });
    await post(ctx.app, '/v1/actuals', arr('2026-06-30', '12000000000', '2026-07-20'));
    await post(ctx.app, '/v1/actuals', arr('2026-10-31', '31000000000', '2026-11-10'));

    expect(await evaluationAsOf(ctx.app, june, '2026-08-01')).toMatchObject({ status: 'met', early: false });
    expect(await evaluationAsOf(ctx.app, yearEnd, '2026-08-01')).toMatchObject({ status: 'pending' });
    expect(await evaluationAsOf(ctx.app, yearEnd, '2026-11-15')).toMatchObject({ status: 'met', early: true });
  });

  it('has no evaluation of its own: GET shows evaluation null and the evaluation endpoint points to the parts', async () => {
    const compound = await post<CompoundResult>(ctx.app, '/v1/statements/compound', ARR_COMPOUND);
    const parent = await get<StatementWithEvaluationBody>(ctx.app, `/v1/statements/${compound.parent.id}`);
    expect(parent.evaluation).toBeNull();
    const problem = expectProblem(
      await ctx.app.inject({ url: `/v1/statements/${compound.parent.id}/evaluation?asOf=2026-08-01` }),
      422,
    );
    expect(problem.errors?.map((e) => e.parameter)).toContain('statementId');
  });

  it.each([
    ['an unknown metric', { metric: 'cloud.nonexistent' }, '/parts/1/metric'],
    ['a malformed window', { window: { period: 'FY2027Q5' } }, '/parts/1/window/period'],
    ['a range that holds no value', { target: { op: 'range', low: '20', high: '13' } }, '/parts/1/target/high'],
  ])('writes nothing, not even the parent, when the second part has %s', async (_what, bad, pointer) => {
    const before = await tableCounts(ctx.db);
    const listed = await get<Page<Statement>>(ctx.app, '/v1/statements?companyId=alibaba&limit=500');
    const [good, second] = ARR_COMPOUND.parts;
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements/compound',
      payload: { ...ARR_COMPOUND, parts: [good, { ...second, ...bad }] },
    });
    const problem = expectProblem(response, 422);
    expect(problem.errors?.map((e) => e.pointer)).toEqual([pointer]);
    expect(await tableCounts(ctx.db)).toEqual(before);
    expect(await get<Page<Statement>>(ctx.app, '/v1/statements?companyId=alibaba&limit=500')).toEqual(listed);
  });
});

describe('revisions', () => {
  const ctx = useTestApp();
  beforeAll(() => seedAlibaba(ctx.app));

  it('supersedes the teens guidance when it is raised: the successor says raised and which statement it supersedes', async () => {
    const original = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, mode: 'any' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${original.id}/revisions`,
      payload: raisedTo('15'),
    });
    expect(response.statusCode, response.body).toBe(201);
    const { revision, statement, successor } = response.json<RevisionResult>();
    expect(revision).toMatchObject({
      statementId: original.id,
      kind: 'raised',
      statedOn: '2026-08-20',
      successorId: successor?.id,
      note: 'raised on the FY2027 Q1 call',
    });
    expect(statement.id).toBe(original.id);
    expect(statement.revisedBy).toMatchObject({ id: revision.id, kind: 'raised', successorId: successor?.id });
    expect(successor).toMatchObject({
      kind: 'atomic',
      revisionKind: 'raised',
      supersedesId: original.id,
      statedOn: '2026-08-20',
      target: { op: 'gte', value: '15' },
      revisedBy: null,
    });

    expect(await evaluationAsOf(ctx.app, original.id, '2026-08-19')).toMatchObject({ status: 'pending' });
    const after = await evaluationAsOf(ctx.app, original.id, '2026-08-21');
    expect(after.status).toBe('superseded');
    expect(after.explanation).toContain(successor?.id ?? 'the successor');
    expect((await get<Statement>(ctx.app, `/v1/statements/${successor?.id ?? ''}`)).supersedesId).toBe(original.id);
  });

  it('marks a statement withdrawn when management withdraws it, with no successor', async () => {
    const original = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, statedOn: '2026-05-16' });
    const result = await post<RevisionResult>(ctx.app, `/v1/statements/${original.id}/revisions`, {
      kind: 'withdrawn',
      statedOn: '2026-08-20',
      note: 'no longer guided',
    });
    expect(result.successor).toBeNull();
    expect(result.revision).toMatchObject({ kind: 'withdrawn', successorId: null });
    expect(result.statement.revisedBy).toMatchObject({ kind: 'withdrawn' });
    const evaluation = await evaluationAsOf(ctx.app, original.id, '2026-09-01');
    expect(evaluation.status).toBe('withdrawn');
    expect(evaluation.explanation).toBe('Withdrawn on 2026-08-20, before it resolved.');
  });

  it('refuses to revise the same statement twice with a 409, and writes nothing', async () => {
    const original = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, quote: 'revised twice' });
    const first = await post<RevisionResult>(ctx.app, `/v1/statements/${original.id}/revisions`, raisedTo('14'));
    const before = await tableCounts(ctx.db);
    for (const again of [raisedTo('16'), { kind: 'withdrawn', statedOn: '2026-09-01' }]) {
      const problem = expectProblem(
        await ctx.app.inject({ method: 'POST', url: `/v1/statements/${original.id}/revisions`, payload: again }),
        409,
      );
      expect(problem.detail).toContain(original.id);
    }
    expect(await tableCounts(ctx.db)).toEqual(before);
    // The chain goes on from its latest link.
    const next = await post<RevisionResult>(
      ctx.app,
      `/v1/statements/${first.successor?.id ?? ''}/revisions`,
      raisedTo('16', '2026-09-15'),
    );
    expect(next.successor).toMatchObject({ revisionKind: 'raised', supersedesId: first.successor?.id });
  });

  it('keeps a miss a miss when the guidance is lowered after FY2027Q1 came in at 12.4%', async () => {
    await seedCompanyLike(ctx.app, 'lowered', [CLOUD_MARGIN]);
    const teens = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'lowered',
      mode: 'all',
    });
    const q1 = await post<Actual>(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'lowered', value: '12.4', publishedAt: '2026-08-20' }),
    );
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-08-21')).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
    });
    // A resolved statement can be neither revised nor withdrawn: the miss is never revised away.
    const before = await tableCounts(ctx.db);
    const { kind: _kind, ...lowered } = raisedTo('10', '2026-09-01');
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${teens.id}/revisions`,
      payload: lowered,
    });
    expect(expectProblem(refused, 409).detail).toContain('missed');
    expect(await tableCounts(ctx.db)).toEqual(before);
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-09-15');
    expect(evaluation).toMatchObject({ status: 'missed', decidingActualId: q1.id, position: 'below' });
    expect(evaluation.explanation).toContain('12.4%');
  });

  it('keeps a miss reported on the same call as the lowered guidance: results at 10:00 UTC, guidance lowered that day', async () => {
    // Results and new guidance usually come out on the same call; a miss in those results cannot be revised away.
    await seedCompanyLike(ctx.app, 'same-call', [CLOUD_MARGIN]);
    const teens = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'same-call',
      mode: 'all',
    });
    const q1 = await post<Actual>(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'same-call', value: '12.4', publishedAt: '2026-08-20T10:00:00Z' }),
    );
    const { kind: _kind, ...lowered } = raisedTo('10', '2026-08-20');
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${teens.id}/revisions`,
      payload: lowered,
    });
    expect(expectProblem(refused, 409).detail).toContain('missed on 2026-08-20');
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-08-21')).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
    });
  });

  it.each([
    ['raised with no replacing statement', { kind: 'raised', statedOn: '2026-09-01' }, '/statement'],
    ['withdrawn with a replacing statement', { ...raisedTo('15', '2026-09-01'), kind: 'withdrawn' }, '/statement'],
    ['stated before the statement it revises', raisedTo('15', '2026-05-01'), '/statedOn'],
    [
      'with a replacing statement on a metric the company lacks',
      {
        ...raisedTo('15', '2026-09-01'),
        statement: { ...raisedTo('15').statement, metric: 'cloud.nonexistent' },
      },
      '/statement/metric',
    ],
  ])('refuses a revision %s with a 422 pointing at the field', async (what, payload, pointer) => {
    const original = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      statedOn: '2026-05-20',
      quote: `to be revised: ${what}`,
    });
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({ method: 'POST', url: `/v1/statements/${original.id}/revisions`, payload });
    const problem = expectProblem(response, 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('answers a revision of an unknown statement with a 404 problem', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${randomUUID()}/revisions`,
      payload: { kind: 'withdrawn', statedOn: '2026-09-01' },
    });
    expectProblem(response, 404);
  });
});

describe('listing and reading statements', () => {
  const ctx = useTestApp();
  beforeAll(() => seedAlibaba(ctx.app));

  it('filters by company, by metric within a company, and by parent', async () => {
    await seedCompanyLike(ctx.app, 'other-co', [CLOUD_MARGIN, MAAS_ARR, CAPEX]);
    const margin = await post<Statement>(ctx.app, '/v1/statements', TEENS_STATEMENT);
    const capex = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      metric: CAPEX.key,
      quote: 'capex of about RMB 120 billion this year',
      target: { op: 'about', value: '120000000000', tolerance: '10000000000' },
      window: { period: 'FY2027' },
    } satisfies StatementBody);
    const compound = await post<CompoundResult>(ctx.app, '/v1/statements/compound', ARR_COMPOUND);
    const elsewhere = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, companyId: 'other-co' });

    const ids = async (query: string) =>
      (await get<Page<Statement>>(ctx.app, `/v1/statements?${query}`)).items.map((s) => s.id);

    expect(await ids('companyId=alibaba')).toEqual([
      margin.id,
      capex.id,
      compound.parent.id,
      ...compound.parts.map((p) => p.id),
    ]);
    expect(await ids('companyId=other-co')).toEqual([elsewhere.id]);
    expect(await ids('companyId=alibaba&metric=cloud.ebita_margin')).toEqual([margin.id]);
    expect(await ids('companyId=alibaba&metric=bailian.maas_arr')).toEqual(compound.parts.map((p) => p.id));
    expect(await ids(`parentId=${compound.parent.id}`)).toEqual(compound.parts.map((p) => p.id));
    expect(await ids('companyId=alibaba&metric=no.such_metric')).toEqual([]);
  });

  it('refuses a parentId that names an atomic statement: parts hang under a compound statement', async () => {
    const atomic = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, statedOn: '2026-05-17' });
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: { ...TEENS_STATEMENT, parentId: atomic.id },
    });
    const problem = expectProblem(response, 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain('/parentId');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses a metric filter without the company it belongs to with a 422 naming the parameter', async () => {
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/statements?metric=cloud.ebita_margin' }), 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('metric');
  });

  it('returns a statement with its current evaluation, dated from the moment it took effect', async () => {
    const created = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, statedOn: '2026-05-18' });
    const statement = await get<StatementWithEvaluationBody>(ctx.app, `/v1/statements/${created.id}`);
    expect(statement).toMatchObject({ ...created, evaluation: { statementId: created.id } });
    const evaluation = statement.evaluation;
    if (evaluation === null) throw new Error('an atomic statement must have an evaluation');
    const now = Date.now();
    // The current evaluation is the same at every instant since it took effect: it reports that instant, so
    // repeated reads are identical (and cacheable), and names when it is scheduled to change.
    expect(Date.parse(evaluation.asOf)).toBeLessThanOrEqual(now);
    expect(evaluation.validUntil === null || Date.parse(evaluation.validUntil) > now).toBe(true);
    const explicit = await evaluationAsOf(ctx.app, created.id, new Date(now).toISOString());
    expect({ ...evaluation, asOf: explicit.asOf, validUntil: explicit.validUntil }).toEqual(explicit);
    expect((await get<StatementWithEvaluationBody>(ctx.app, `/v1/statements/${created.id}`)).evaluation).toEqual(
      evaluation,
    );
  });

  it('answers an unknown statement with a 404 problem and a malformed id with a 422', async () => {
    expectProblem(await ctx.app.inject({ url: `/v1/statements/${randomUUID()}` }), 404);
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/statements/12345' }), 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('statementId');
  });
});
