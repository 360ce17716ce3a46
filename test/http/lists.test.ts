// Lists as a dashboard reads them: statements, actuals, companies and metrics all page the same way (items and
// nextCursor, limit, cursor, asOf); a walk through the pages sees every item exactly once, even while rows are
// inserted between page fetches; statements filter and sort in PostgreSQL, with the status as of a knowledge time.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual, ActualInput } from '../../src/schemas/actuals.js';
import type { Statement, StatementInput } from '../../src/schemas/statements.js';
import { fixedClock } from '../../src/lib/clock.js';
import { useTestApp } from '../support/app.js';
import {
  CAPEX,
  CLOUD_MARGIN,
  MAAS_ARR,
  TEENS_STATEMENT,
  type ListPage,
  actual,
  get,
  post,
  seedCompanyLike,
  walkList,
  watchPool,
} from '../support/fixtures.js';

// "Now" is fixed after every statement below was made and before the FY2030 and 2029 ones come due, so lists by
// status "as of now" are the same on any date.
const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-06-01T12:00:00Z') });

type StatementInputBody = z.input<typeof StatementInput>;
interface Listed {
  id: string;
}

/** The teens guidance of `companyId`, with what the test is about changed. */
function guidance(companyId: string, fields: Partial<StatementInputBody> = {}): StatementInputBody {
  return { ...TEENS_STATEMENT, companyId, ...fields };
}

/** ARR will pass `value` within the window. */
function arrPromise(companyId: string, fields: Partial<StatementInputBody> = {}): StatementInputBody {
  return guidance(companyId, {
    metric: MAAS_ARR.key,
    quote: 'Bailian MaaS ARR will surpass RMB 30 billion by the end of the year',
    commitment: 'will',
    target: { op: 'gt', value: '30000000000' },
    mode: 'any',
    ...fields,
  });
}

async function guide(body: StatementInputBody): Promise<Statement> {
  return post<Statement>(ctx.app, '/v1/statements', body);
}

async function report(companyId: string, fields: Partial<z.input<typeof ActualInput>>): Promise<Actual> {
  return post<Actual>(ctx.app, '/v1/actuals', actual({ companyId, ...fields }));
}

function arrAt(date: string, value: string, publishedAt: string): Partial<z.input<typeof ActualInput>> {
  return { metric: MAAS_ARR.key, period: undefined, date, value, unit: 'CNY', publishedAt };
}

/** Every id a list holds, walked with the largest page. */
async function allIds(url: string): Promise<string[]> {
  return (await walkList<Listed>(ctx.app, url, 500)).flat().map((i) => i.id);
}

/** Names instead of ids, so a failing comparison reads as the story. */
function namer(named: Record<string, string>): (ids: string[]) => string[] {
  return (ids) => {
    const byId = new Map(Object.entries(named).map(([name, id]) => [id, name]));
    return ids.map((id) => byId.get(id) ?? `unexpected ${id}`);
  };
}

const sorted = (names: string[]) => [...names].sort();

describe('every list pages the same way', () => {
  const LISTS = ['/v1/statements?companyId=pages-co', '/v1/actuals?companyId=pages-co', '/v1/companies', '/v1/metrics'];

  beforeAll(async () => {
    await seedCompanyLike(ctx.app, 'pages-co');
    await seedCompanyLike(ctx.app, 'pages-other-co', [CLOUD_MARGIN, CAPEX]);
    for (const n of [1, 2, 3]) {
      await post(ctx.app, '/v1/companies', {
        id: `pages-extra-${n}`,
        name: `Extra ${n}`,
        currency: 'USD',
        fiscalYearEndMonth: 12,
      });
    }
    for (const [i, end] of ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31'].entries()) {
      await guide(guidance('pages-co', { statedOn: `2025-0${i + 1}-15`, window: { start: '2025-01-01', end } }));
    }
    // Each quarter's figure is published after the quarter ends (the last, FY2026Q2, ends 2025-09-30).
    for (const [i, period] of ['FY2025Q2', 'FY2025Q3', 'FY2025Q4', 'FY2026Q1', 'FY2026Q2'].entries()) {
      await report('pages-co', { period, value: String(10 + i), publishedAt: `2026-0${i + 1}-20` });
    }
  });

  it('answers statements, actuals, companies and metrics with exactly items and nextCursor', async () => {
    for (const url of LISTS) {
      const page = await get<ListPage<Listed>>(ctx.app, `${url}${url.includes('?') ? '&' : '?'}limit=2`);
      expect(Object.keys(page).sort(), url).toEqual(['items', 'nextCursor']);
      expect(page.items, url).toHaveLength(2);
      expect(typeof page.nextCursor, url).toBe('string');
    }
  });

  it('walks every list one page at a time, each item exactly once and in the order of the one-page answer', async () => {
    for (const url of LISTS) {
      const whole = await allIds(url);
      expect(whole.length, url).toBeGreaterThanOrEqual(5);
      for (const limit of [1, 2, 3]) {
        const walked = (await walkList<Listed>(ctx.app, url, limit)).flat().map((i) => i.id);
        expect(walked, `${url} limit ${limit}`).toEqual(whole);
      }
    }
  });

  it('ends on a page whose nextCursor is null, and refuses a cursor it did not issue', async () => {
    const whole = await allIds('/v1/companies');
    const last = await get<ListPage<Listed>>(ctx.app, `/v1/companies?limit=${whole.length}`);
    expect(last.nextCursor).toBeNull();
    for (const url of LISTS) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `${url}${url.includes('?') ? '&' : '?'}cursor=not-a-cursor`,
      });
      expect(response.statusCode, url).toBe(422);
    }
  });

  it('answers every list as of a knowledge time: only what existed, or was public, by then', async () => {
    expect(await allIds('/v1/companies?asOf=2000-01-01')).toEqual([]);
    expect(await allIds('/v1/metrics?asOf=2000-01-01')).toEqual([]);
    expect(await allIds('/v1/companies?asOf=2999-01-01')).toEqual(await allIds('/v1/companies'));
    expect(await allIds('/v1/metrics?asOf=2999-01-01')).toEqual(await allIds('/v1/metrics'));

    // Actuals published 2026-01-20 .. 2026-05-20; statements stated 2025-01-15 .. 2025-05-15.
    expect(await allIds('/v1/actuals?companyId=pages-co&asOf=2026-03-19')).toHaveLength(2);
    expect(await allIds('/v1/actuals?companyId=pages-co&asOf=2026-03-20')).toHaveLength(3);
    expect(await allIds('/v1/statements?companyId=pages-co&asOf=2025-02-14')).toHaveLength(1);
    expect(await allIds('/v1/statements?companyId=pages-co&asOf=2025-02-15')).toHaveLength(2);
    // asOf pages like everything else.
    const walked = (await walkList<Listed>(ctx.app, '/v1/actuals?companyId=pages-co&asOf=2026-04-20', 1)).flat();
    expect(walked).toHaveLength(4);
  });

  it('sees every item that existed at the start exactly once while new rows are inserted between page fetches', async () => {
    let n = 0;
    const inserters: Record<string, () => Promise<void>> = {
      '/v1/statements?companyId=pages-co': async () => {
        n += 1;
        // Windows that fall before and after the page being read, for the sorts by due date below.
        const end = n % 2 === 0 ? '2025-01-31' : '2027-12-31';
        await guide(
          guidance('pages-co', {
            // A statement of its own each time: the same statement twice is recorded once.
            quote: `${TEENS_STATEMENT.quote} (insert ${n})`,
            statedOn: n % 2 === 0 ? '2025-01-01' : '2025-12-01',
            window: { start: '2025-01-01', end },
          }),
        );
      },
      '/v1/actuals?companyId=pages-co': async () => {
        n += 1;
        // A past quarter of its own each time, long over by its publication.
        await report('pages-co', { period: `FY${1990 + n}Q1`, value: '15', publishedAt: '2026-06-01' });
      },
      '/v1/companies': async () => {
        n += 1;
        await post(ctx.app, '/v1/companies', {
          id: `pages-new-${n}`,
          name: `New ${n}`,
          currency: 'CNY',
          fiscalYearEndMonth: 12,
        });
      },
      '/v1/metrics': async () => {
        n += 1;
        await post(ctx.app, '/v1/metrics', { ...CAPEX, companyId: 'pages-other-co', key: `capex.new_${n}` });
      },
    };
    const urls = [
      ...Object.keys(inserters),
      '/v1/statements?companyId=pages-co&sort=due',
      '/v1/statements?companyId=pages-co&sort=stated',
    ];
    for (const url of urls) {
      const insert = inserters[url] ?? inserters['/v1/statements?companyId=pages-co'];
      if (!insert) throw new Error('no inserter');
      const before = await allIds(url);
      const walked = (await walkList<Listed>(ctx.app, url, 2, insert)).flat().map((i) => i.id);
      expect(new Set(walked).size, `${url}: no item repeats`).toBe(walked.length);
      expect(
        before.filter((id) => !walked.includes(id)),
        `${url}: no item that existed at the start is skipped`,
      ).toEqual([]);
      // The rows that existed at the start come in their original order.
      expect(
        walked.filter((id) => before.includes(id)),
        url,
      ).toEqual(before);
      expect((await allIds(url)).length, `${url}: rows were inserted meanwhile`).toBeGreaterThan(before.length);
    }
  });
});

describe('statement filters', () => {
  const ids: Record<string, string> = {};
  const names = namer(ids);
  const listed = async (query: string) => sorted(names(await allIds(`/v1/statements?${query}`)));

  beforeAll(async () => {
    await seedCompanyLike(ctx.app, 'filter-co');
    await seedCompanyLike(ctx.app, 'filter-other-co');
    // missed from 2024-11-15, when FY2025Q2 came in at 12% (mode all); pending before.
    ids.teens = (
      await guide(guidance('filter-co', { statedOn: '2024-05-15', window: { period: 'FY2025Q1..FY2025Q2' } }))
    ).id;
    await report('filter-co', { period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' });
    await report('filter-co', { period: 'FY2025Q2', value: '12', publishedAt: '2024-11-15' });
    // met from 2024-11-10.
    ids.arr = (
      await guide(
        arrPromise('filter-co', { statedOn: '2024-05-20', window: { start: '2024-05-20', end: '2024-12-31' } }),
      )
    ).id;
    await report('filter-co', arrAt('2024-10-31', '31000000000', '2024-11-10'));
    // unreported from 2025-07-31: nothing was ever reported for FY2026Q1.
    ids.capex = (
      await guide(
        guidance('filter-co', {
          metric: CAPEX.key,
          statedOn: '2025-03-01',
          commitment: 'target',
          target: { op: 'range', low: '10000000000', high: '20000000000' },
          window: { period: 'FY2026Q1' },
          graceDays: 30,
        }),
      )
    ).id;
    // No deadline: pending for ever.
    ids.longTerm = (
      await guide(
        guidance('filter-co', {
          statedOn: '2026-01-10',
          commitment: 'aspire',
          target: { op: 'gte', value: '20' },
          window: { start: '2026-01-01', end: null },
        }),
      )
    ).id;
    const compound = await post<{ parent: Statement; parts: Statement[] }>(ctx.app, '/v1/statements/compound', {
      companyId: 'filter-co',
      statedOn: '2025-06-01',
      source: { kind: 'call' },
      quote: 'Margin will pass 15% in FY2030, and ARR may reach 50bn in 2029',
      parts: [
        {
          metric: CLOUD_MARGIN.key,
          commitment: 'will',
          target: { op: 'gt', value: '15' },
          window: { period: 'FY2030' },
        },
        {
          metric: MAAS_ARR.key,
          commitment: 'may',
          target: { op: 'gte', value: '50000000000' },
          window: { start: '2029-01-01', end: '2029-12-31' },
        },
      ],
    });
    ids.compound = compound.parent.id;
    ids.marginPart = compound.parts[0]?.id ?? '';
    ids.arrPart = compound.parts[1]?.id ?? '';
    ids.other = (
      await guide(guidance('filter-other-co', { statedOn: '2024-05-15', window: { period: 'FY2025Q1..FY2025Q2' } }))
    ).id;
  });

  it('filters by company', async () => {
    expect(await listed('companyId=filter-co')).toEqual(
      sorted(['teens', 'arr', 'capex', 'longTerm', 'compound', 'marginPart', 'arrPart']),
    );
    expect(await listed('companyId=filter-other-co')).toEqual(['other']);
  });

  it('filters by metric key within a company', async () => {
    expect(await listed('companyId=filter-co&metric=cloud.ebita_margin')).toEqual(
      sorted(['teens', 'longTerm', 'marginPart']),
    );
    expect(await listed('companyId=filter-co&metric=bailian.maas_arr')).toEqual(sorted(['arr', 'arrPart']));
    expect(await listed('companyId=filter-co&metric=no.such_metric')).toEqual([]);
  });

  it('filters by status as of now', async () => {
    expect(await listed('companyId=filter-co&status=missed')).toEqual(['teens']);
    expect(await listed('companyId=filter-co&status=met')).toEqual(['arr']);
    expect(await listed('companyId=filter-co&status=unreported')).toEqual(['capex']);
    expect(await listed('companyId=filter-co&status=pending')).toEqual(sorted(['longTerm', 'marginPart', 'arrPart']));
  });

  it('filters by the status as of asOf: the teens guidance missed now was pending on 2024-11-01', async () => {
    expect(await listed('companyId=filter-co&status=pending&asOf=2024-11-01')).toEqual(sorted(['teens', 'arr']));
    expect(await listed('companyId=filter-co&status=missed&asOf=2024-11-01')).toEqual([]);
    expect(await listed('companyId=filter-co&status=missed&asOf=2024-11-15')).toEqual(['teens']);
    expect(await listed('companyId=filter-co&status=met&asOf=2024-11-09T23:59:59.999Z')).toEqual([]);
    expect(await listed('companyId=filter-co&status=met&asOf=2024-11-10T00:00:00Z')).toEqual(['arr']);
    expect(await listed('companyId=filter-co&status=pending&asOf=2025-07-30')).toEqual(
      sorted(['capex', 'marginPart', 'arrPart']),
    );
    expect(await listed('companyId=filter-co&status=unreported&asOf=2025-07-30')).toEqual([]);
    expect(await listed('companyId=filter-co&status=unreported&asOf=2025-07-31T00:00:00Z')).toEqual(['capex']);
    // The evaluations listed are those of the same knowledge time.
    const page = await get<ListPage<Statement & { evaluation: { status: string; asOf: string } }>>(
      ctx.app,
      '/v1/statements?companyId=filter-co&status=pending&asOf=2024-11-01',
    );
    expect(page.items.map((s) => s.evaluation)).toEqual([
      expect.objectContaining({ status: 'pending', asOf: '2024-11-01T23:59:59.999Z' }),
      expect.objectContaining({ status: 'pending', asOf: '2024-11-01T23:59:59.999Z' }),
    ]);
  });

  it('filters by commitment strength', async () => {
    expect(await listed('companyId=filter-co&commitment=will')).toEqual(sorted(['arr', 'marginPart']));
    expect(await listed('companyId=filter-co&commitment=expect')).toEqual(['teens']);
    expect(await listed('companyId=filter-co&commitment=may')).toEqual(['arrPart']);
  });

  it('filters by due date (window end), leaving out statements with no deadline', async () => {
    expect(await listed('companyId=filter-co&dueBefore=2024-12-31')).toEqual(sorted(['teens', 'arr']));
    expect(await listed('companyId=filter-co&dueAfter=2024-12-31')).toEqual(
      sorted(['arr', 'capex', 'marginPart', 'arrPart']),
    );
    expect(await listed('companyId=filter-co&dueAfter=2024-10-01&dueBefore=2025-12-31')).toEqual(
      sorted(['arr', 'capex']),
    );
  });

  it('filters by statement date', async () => {
    expect(await listed('companyId=filter-co&statedTo=2024-12-31')).toEqual(sorted(['teens', 'arr']));
    expect(await listed('companyId=filter-co&statedFrom=2025-01-01')).toEqual(
      sorted(['capex', 'longTerm', 'compound', 'marginPart', 'arrPart']),
    );
    expect(await listed('companyId=filter-co&statedFrom=2024-05-20&statedTo=2025-03-01')).toEqual(
      sorted(['arr', 'capex']),
    );
  });

  it('filters by parent and by kind', async () => {
    expect(await listed(`companyId=filter-co&parentId=${ids.compound}`)).toEqual(sorted(['marginPart', 'arrPart']));
    expect(await listed('companyId=filter-co&kind=compound')).toEqual(['compound']);
    expect(await listed('companyId=filter-co&kind=atomic')).toEqual(
      sorted(['teens', 'arr', 'capex', 'longTerm', 'marginPart', 'arrPart']),
    );
  });

  it('combines filters', async () => {
    expect(await listed('companyId=filter-co&status=pending&commitment=will&dueAfter=2026-01-01')).toEqual([
      'marginPart',
    ]);
    expect(
      await listed('companyId=filter-co&status=pending&kind=atomic&asOf=2024-11-01&metric=bailian.maas_arr'),
    ).toEqual(['arr']);
  });
});

describe('statement sorts', () => {
  const ids: Record<string, string> = {};
  const names = namer(ids);
  const walkNames = async (query: string, limit: number) =>
    names(
      (await walkList<Listed>(ctx.app, `/v1/statements?companyId=sort-co&${query}`, limit)).flat().map((s) => s.id),
    );

  beforeAll(async () => {
    await seedCompanyLike(ctx.app, 'sort-co', [CLOUD_MARGIN]);
    const specs: [string, string | null, string][] = [
      ['s1', '2025-06-30', '2025-01-10'],
      ['s2', '2025-03-31', '2025-01-10'],
      ['s3', null, '2024-12-01'],
      ['s4', '2025-06-30', '2025-01-10'],
      ['s5', '2025-03-31', '2024-12-01'],
      ['s6', null, '2025-01-10'],
      ['s7', '2025-06-30', '2024-12-01'],
    ];
    for (const [name, end, statedOn] of specs) {
      // Each in words of its own: the same statement twice is recorded once.
      const quote = `${TEENS_STATEMENT.quote} (${name})`;
      ids[name] = (await guide(guidance('sort-co', { quote, statedOn, window: { start: '2024-10-01', end } }))).id;
    }
  });

  it('sorts by due date (window end), statements with no deadline last, equal dates in the order recorded', async () => {
    const expected = ['s2', 's5', 's1', 's4', 's7', 's3', 's6'];
    for (const limit of [1, 2, 3, 500]) expect(await walkNames('sort=due', limit), `limit ${limit}`).toEqual(expected);
  });

  it('sorts by statement date, equal dates in the order recorded', async () => {
    const expected = ['s3', 's5', 's7', 's1', 's2', 's4', 's6'];
    for (const limit of [1, 2, 3, 500])
      expect(await walkNames('sort=stated', limit), `limit ${limit}`).toEqual(expected);
  });

  it('sorts by creation by default', async () => {
    expect(await walkNames('', 2)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7']);
  });

  it('keeps the due order across pages when filtered to pending statements, which it finds from their segments', async () => {
    // On 2025-01-15 every one of them had been made and none had closed: all pending.
    const expected = ['s2', 's5', 's1', 's4', 's7', 's3', 's6'];
    for (const limit of [1, 2, 3, 500])
      expect(await walkNames('status=pending&sort=due&asOf=2025-01-15', limit), `limit ${limit}`).toEqual(expected);
    expect(await walkNames('status=met&sort=due&asOf=2025-01-15', 2)).toEqual([]);
  });

  it('keeps the sort across pages under a filter', async () => {
    expect(await walkNames('sort=due&dueAfter=2025-04-01', 2)).toEqual(['s1', 's4', 's7']);
    expect(await walkNames('sort=stated&statedFrom=2025-01-01', 2)).toEqual(['s1', 's2', 's4', 's6']);
  });
});

describe('the status filter is answered by PostgreSQL', () => {
  const filterQuery = (limit: number) => `/v1/statements?companyId=sql-co&status=missed&limit=${limit}`;
  let missedId = '';

  beforeAll(async () => {
    await seedCompanyLike(ctx.app, 'sql-co', [CLOUD_MARGIN]);
    // Six pending statements recorded first, then one that missed.
    // Six different statements (the same statement twice is recorded once).
    for (let i = 0; i < 6; i += 1) {
      const quote = `${TEENS_STATEMENT.quote} (pending ${i})`;
      await guide(guidance('sql-co', { quote, statedOn: '2026-01-10', window: { period: 'FY2031Q1' } }));
    }
    missedId = (
      await guide(guidance('sql-co', { statedOn: '2024-05-15', window: { period: 'FY2025Q1' }, mode: 'any' }))
    ).id;
    await report('sql-co', { period: 'FY2025Q1', value: '9', publishedAt: '2024-08-20' });
  });

  it('fills a page of one with the missed statement, however many statements before it do not match', async () => {
    const page = await get<ListPage<Listed>>(ctx.app, filterQuery(1));
    expect(page.items.map((s) => s.id)).toEqual([missedId]);
    expect(page.nextCursor).toBeNull();
  });

  it('puts the status as of asOf into the SQL, which an index on statement_timeline can answer', async () => {
    const watch = watchPool(ctx.db.pool);
    try {
      await get(ctx.app, filterQuery(10));
    } finally {
      watch.stop();
    }
    const listQuery = watch.queries.find(
      (q) => /from "statements"/.test(q.text) && /"statement_timeline"/.test(q.text),
    );
    if (!listQuery)
      throw new Error(`no query joined statement_timeline: ${watch.queries.map((q) => q.text).join('\n')}`);
    expect(listQuery.values).toContain('missed');

    const client = await ctx.db.pool.connect();
    try {
      await client.query('begin');
      // Seven rows make a sequential scan the cheapest plan; forbid it to see whether an index can answer.
      await client.query('set local enable_seqscan = off');
      const result = await client.query<{ 'QUERY PLAN': unknown }>(
        `explain (format json) ${listQuery.text}`,
        listQuery.values,
      );
      await client.query('rollback');
      const plan = JSON.stringify(result.rows[0]?.['QUERY PLAN']);
      const nodes = [...plan.matchAll(/"Node Type":"([^"]+)"[^{}]*?"Relation Name":"statement_timeline"/g)].map(
        (m) => m[1],
      );
      expect(nodes.length, plan).toBeGreaterThan(0);
      expect(
        nodes.every((type) => /Index Scan|Index Only Scan|Bitmap Heap Scan/.test(type ?? '')),
        plan,
      ).toBe(true);
      expect(plan).toMatch(/status/);
    } finally {
      client.release();
    }
  });
});
