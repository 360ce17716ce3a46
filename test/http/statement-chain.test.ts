// A revised promise's story in one call: the teens guidance of May, raised to the high teens in August and
// withdrawn a few days later, each link with its verdict as of the knowledge time asked for.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import type { Statement } from '../../src/schemas/statements.js';
import { buildCheckedApp, expectProblem, useTestApp } from '../support/app.js';
import { TEENS_STATEMENT, get, post, seedAlibaba } from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-09-01T00:00:00Z') });

interface Link {
  id: string;
  statedOn: string;
  revisionKind: string;
  revisedBy: { kind: string; successorId: string | null } | null;
  evaluation: { status: string } | null;
}
interface Chain {
  statementId: string;
  asOf: string;
  links: Link[];
}

let teens = '';
let raised = '';

beforeAll(async () => {
  await seedAlibaba(ctx.app);
  teens = (await post<Statement>(ctx.app, '/v1/statements', TEENS_STATEMENT)).id;
  const revision = await post<{ successor: Statement }>(ctx.app, `/v1/statements/${teens}/revisions`, {
    kind: 'raised',
    statedOn: '2026-08-20',
    statement: {
      source: { kind: 'call', title: 'FY2027 Q1 earnings call' },
      quote: 'we now expect the cloud EBITA margin to reach the high teens',
      metric: 'cloud.ebita_margin',
      commitment: 'expect',
      target: { op: 'range', low: '17', high: '20', highInclusive: false, wording: 'the high teens' },
      window: { period: 'FY2027Q2' },
      mode: 'final',
    },
  });
  raised = revision.successor.id;
  await post(ctx.app, `/v1/statements/${raised}/revisions`, { kind: 'withdrawn', statedOn: '2026-08-25' });
});

const story = (chain: Chain) =>
  chain.links.map((l) => [l.id, l.revisionKind, l.revisedBy?.kind ?? null, l.evaluation?.status]);

describe('GET /v1/statements/{id}/chain', () => {
  it('tells the whole chain, first to last, with each verdict as of now, from any link', async () => {
    const fromFirst = await get<Chain>(ctx.app, `/v1/statements/${teens}/chain`);
    // As of now: the chain took its present form when the withdrawal took effect, at the end of 2026-08-25.
    expect(fromFirst.asOf).toBe('2026-08-25T23:59:59.999Z');
    expect(story(fromFirst)).toEqual([
      [teens, 'initiated', 'raised', 'superseded'],
      [raised, 'raised', 'withdrawn', 'withdrawn'],
    ]);
    const fromLast = await get<Chain>(ctx.app, `/v1/statements/${raised}/chain`);
    expect(fromLast.statementId).toBe(raised);
    expect(fromLast.links).toEqual(fromFirst.links);
  });

  it('tells it as of a knowledge time: before the raise, only the teens guidance, pending', async () => {
    const before = await get<Chain>(ctx.app, `/v1/statements/${teens}/chain?asOf=2026-08-19`);
    expect(before.asOf).toBe('2026-08-19T23:59:59.999Z');
    expect(story(before).map(([id, , , status]) => [id, status])).toEqual([[teens, 'pending']]);
    const between = await get<Chain>(ctx.app, `/v1/statements/${teens}/chain?asOf=2026-08-22`);
    expect(story(between).map(([, , , status]) => status)).toEqual(['superseded', 'pending']);
  });

  it('refuses what it cannot answer', async () => {
    expectProblem(await ctx.app.inject('/v1/statements/00000000-0000-4000-8000-000000000000/chain'), 404);
    expectProblem(await ctx.app.inject(`/v1/statements/${teens}/chain?asOf=yesterday`), 422);
    expectProblem(await ctx.app.inject(`/v1/statements/${teens}/chain?depth=3`), 400);
    const closed = await buildCheckedApp({ database: ctx.db, readsRequireKey: true, sweepIntervalMs: 0 });
    try {
      expectProblem(await closed.inject(`/v1/statements/${teens}/chain`), 401);
    } finally {
      await closed.close();
    }
  });
});
