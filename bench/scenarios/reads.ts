// "Dashboards: cheap polling, a change feed, exact history, scorecards": the read targets, each a share of a
// bare fastify hello-world's req/s (bench/lib/hello.ts, its own process), measured in turns with each target
// in the same run, at 50 connections, with p99 under 50 ms:
//   - GET one statement with its evaluation, rotating over 200 polled statements      >= 30%
//   - the same GETs with If-None-Match of their current ETag, answered 304            >= 60%
//   - a company's scorecard, rotating over the 100 companies                          >= 20%
// and the write-side promise that makes polling cheap to keep fresh: posting one actual re-evaluates only the
// statements on its metric, so its cost with 20,000 unrelated statements present is within 1.5x of its cost
// with none. That one is measured on a probe metric (two statements, 200 actuals) seeded identically into a
// fresh small database (nothing else) and into the big one, each served by its own service process; the runs
// alternate a, b, b, a with the same fixed number of requests each, so both histories grow alike and drift in
// the machine's load cancels.
import type { IncomingHttpHeaders } from 'node:http';
import type autocannon from 'autocannon';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/service/keys.js';
import type { BenchDatabase } from '../lib/database.js';
import { itemPrefix, nextRelease, renderItem, valueOf } from '../lib/dataset.js';
import { failureSampler, ResponseTally } from '../lib/measure.js';
import { POLLED_STATEMENTS, seedProbe, seedReadWorld, type ProbeWorld, type ReadWorld } from '../lib/read-dataset.js';
import type {
  BenchContext,
  GroupEnv,
  Load,
  Phase,
  PreparedGroup,
  Scenario,
  ScenarioGroup,
  Settings,
} from '../lib/scenario.js';
import { startHello, startServer, type RunningServer } from '../lib/server.js';

/** Each read target's ceiling: the hello world, measured in alternation with it (see Scenario.baseline). */
export const helloWith = (target: string) => `hello world: GET /, alternating with ${target}`;
export const GET_STATEMENT = 'GET /v1/statements/{id}';
export const GET_STATEMENT_304 = 'GET /v1/statements/{id} + If-None-Match';
export const GET_SCORECARD = 'GET /v1/companies/{id}/scorecard';
export const GET_STATEMENT_MISS = 'GET /v1/statements/{id}, cache bypassed';
export const GET_SCORECARD_MISS = 'GET /v1/companies/{id}/scorecard, cache bypassed';
export const POST_ALONE = 'POST /v1/actuals, probe alone (a)';
export const POST_AMONG = 'POST /v1/actuals, probe + 20,000 statements (b)';
export const POST_AMONG_AGAIN = 'POST /v1/actuals, probe + 20,000 statements (b, again)';
export const POST_ALONE_AGAIN = 'POST /v1/actuals, probe alone (a, again)';

/** Dashboards: many clients polling at once. */
const READ_CONNECTIONS = 50;
const P99_MAX_MS = 50;

/** One service process and the database it serves, with a write key and the probe seeded in it. */
interface ProbeSide {
  database: BenchDatabase;
  handle: DatabaseHandle;
  server: RunningServer;
  apiKey: string;
  probe: ProbeWorld;
  /** Posts sent to this side so far: both sides get the same sequence of figures. */
  sent: number;
}

interface ReadState {
  world: ReadWorld;
  hello: RunningServer;
  /** a: the probe alone in a fresh database; b: the probe in the big database, served by the service under test. */
  alone: ProbeSide;
  among: ProbeSide;
  /** The current ETag of each polled statement, read just before the conditional GETs. */
  etags: Map<string, string>;
  /** Requests per run of the POST cost comparison, sized so that the slower side's run lasts about BENCH_DURATION. */
  costRequests: { warmup: number; measure: number };
}

function stateOf(holder: { state: ReadState | null }): ReadState {
  if (!holder.state) throw new Error('the reads group was not prepared');
  return holder.state;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Each connection starts at its own place in the rotation: dashboards do not poll in lockstep. */
function rotatingRequests(requests: autocannon.Request[]): Pick<autocannon.Options, 'requests' | 'setupClient'> {
  let clients = 0;
  return {
    requests,
    setupClient: (client) => {
      const offset = (clients++ * 7) % requests.length;
      client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
    },
  };
}

function readLoad(
  url: string | undefined,
  tally: ResponseTally,
  requests: autocannon.Request[],
  expect: number[],
): Load {
  return {
    kind: 'http',
    ...(url === undefined ? {} : { url }),
    connections: READ_CONNECTIONS,
    unit: 'req/s',
    unitsPerRequest: 1,
    expect,
    tally,
    options: { method: 'GET', ...rotatingRequests(requests) },
  };
}

function parse(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function helloLoad(state: ReadState): Load {
  const tally = new ResponseTally(200);
  const request: autocannon.Request = {
    method: 'GET',
    path: '/',
    onResponse: tally.hook((body) => (parse(body)?.hello === 'world' ? null : `unexpected body ${body.slice(0, 100)}`)),
  };
  return readLoad(state.hello.baseUrl, tally, [request], [200]);
}

/**
 * The cache-buster `_` (taken and ignored by every route), new on every request: the response cache is keyed by
 * URL, so every request misses it and is answered from PostgreSQL, as every poll is right after a write clears it.
 */
let polls = 0;
function bypass(path: string): Pick<autocannon.Request, 'path' | 'setupRequest'> {
  return { path, setupRequest: (req) => ({ ...req, path: `${path}?_=${polls++}` }) };
}

function statementLoad(state: ReadState, conditional: boolean, bypassCache = false): Load {
  const tally = new ResponseTally(conditional ? 304 : 200);
  const requests = state.world.polledStatementIds.map((id): autocannon.Request => {
    const etag = state.etags.get(id) ?? '';
    const sameTag = (headers: IncomingHttpHeaders) =>
      headers.etag === etag ? null : `ETag ${String(headers.etag)}, expected ${etag}`;
    const path = `/v1/statements/${id}`;
    return {
      method: 'GET',
      ...(bypassCache ? bypass(path) : { path }),
      ...(conditional ? { headers: { 'if-none-match': etag } } : {}),
      onResponse: tally.hook(
        conditional
          ? (_body, headers) => sameTag(headers)
          : (body, headers) => {
              const statement = parse(body);
              const evaluation = statement?.evaluation as Record<string, unknown> | null | undefined;
              if (statement?.id !== id) return `asked for ${id}, got ${body.slice(0, 100)}`;
              if (!evaluation || evaluation.statementId !== id || typeof evaluation.status !== 'string')
                return `no evaluation for ${id}`;
              return sameTag(headers);
            },
      ),
    };
  });
  return readLoad(undefined, tally, requests, [conditional ? 304 : 200]);
}

function scorecardLoad(state: ReadState, bypassCache = false): Load {
  const tally = new ResponseTally(200);
  const requests = state.world.companyIds.map((companyId): autocannon.Request => ({
    method: 'GET',
    ...(bypassCache
      ? bypass(`/v1/companies/${companyId}/scorecard`)
      : { path: `/v1/companies/${companyId}/scorecard` }),
    onResponse: tally.hook((body) => {
      const card = parse(body);
      if (card?.companyId !== companyId) return `asked for ${companyId}, got ${body.slice(0, 100)}`;
      const expected = state.world.statements / state.world.companyIds.length;
      if (card.total !== expected) return `${companyId}: total ${String(card.total)}, expected ${expected}`;
      return null;
    }),
  }));
  return readLoad(undefined, tally, requests, [200]);
}

/** The current ETag of every polled statement, read once with plain GETs (whose answers also fill the cache). */
async function readEtags(ctx: BenchContext, state: ReadState): Promise<void> {
  state.etags.clear();
  const ids = state.world.polledStatementIds;
  for (let i = 0; i < ids.length; i += 20) {
    await Promise.all(
      ids.slice(i, i + 20).map(async (id) => {
        const response = await fetch(`${ctx.baseUrl}/v1/statements/${id}`);
        await response.arrayBuffer();
        const etag = response.headers.get('etag');
        if (response.status !== 200 || !etag)
          throw new Error(`GET /v1/statements/${id}: ${response.status}, ETag ${etag ?? 'none'}`);
        state.etags.set(id, etag);
      }),
    );
  }
}

/**
 * One actual at a time on the probe metric (one connection: the mean latency is the cost of one POST), a
 * restatement of one of its 40 quarters with a later publication time, so it re-evaluates one of the two
 * statements. A fixed number of requests: both sides receive the same sequence and their histories stay alike.
 */
function probeHeaders(side: ProbeSide): Record<string, string> {
  return { authorization: `Bearer ${side.apiKey}`, 'content-type': 'application/json' };
}

/** The next figure for this side: both sides send the same sequence (only publishedAt, a clock, differs). */
function nextProbeBody(side: ProbeSide): string {
  const { metric, quarters } = side.probe;
  const n = side.sent++;
  const quarter = quarters[(n * 7) % quarters.length];
  if (!quarter) throw new Error('the probe has no quarters');
  return renderItem(itemPrefix(metric, quarter), valueOf(metric, n), nextRelease());
}

function probeLoad(side: ProbeSide, amount: number): Load {
  const sampler = failureSampler();
  const headers = probeHeaders(side);
  const request: autocannon.Request = {
    method: 'POST',
    path: '/v1/actuals',
    headers,
    setupRequest: (req) => ({ ...req, body: nextProbeBody(side) }),
    onResponse: sampler.onResponse,
  };
  return {
    kind: 'http',
    url: side.server.baseUrl,
    connections: 1,
    unit: 'req/s',
    unitsPerRequest: 1,
    amount,
    samples: sampler.samples,
    options: { method: 'POST', headers, requests: [request] },
  };
}

function probeActuals(side: () => ProbeSide) {
  return {
    label: 'probe metric actuals rows',
    perRequest: 1,
    count: async () => {
      const s = side();
      const result = await s.handle.pool.query<{ n: string }>(
        'select count(*) as n from actuals where metric_id = $1',
        [s.probe.metric.id],
      );
      return Number(result.rows[0]?.n ?? 0);
    },
  };
}

const CALIBRATION_POSTS = 30;

/** One POST with fetch, timed: for sizing the runs only (the measurements are autocannon's). */
async function postOnce(side: ProbeSide): Promise<number> {
  const body = nextProbeBody(side);
  const started = performance.now();
  const response = await fetch(`${side.server.baseUrl}/v1/actuals`, {
    method: 'POST',
    headers: probeHeaders(side),
    body,
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`calibration POST: ${response.status} ${text.slice(0, 300)}`);
  return performance.now() - started;
}

/**
 * Both sides get the same calibration posts, one after the other (this also warms both servers' write path);
 * the slower side's mean sets how many requests fit in BENCH_DURATION and BENCH_WARMUP.
 */
async function sizeCostRuns(alone: ProbeSide, among: ProbeSide, settings: Settings) {
  const times = { alone: [] as number[], among: [] as number[] };
  for (let i = 0; i < CALIBRATION_POSTS; i++) {
    times.alone.push(await postOnce(alone));
    times.among.push(await postOnce(among));
  }
  // The first third pay for JIT and connections; the median of the rest says what a POST costs.
  const typical = (xs: number[]) => {
    const rest = xs.slice(Math.floor(xs.length / 3)).sort((a, b) => a - b);
    return rest[Math.floor(rest.length / 2)] ?? 0;
  };
  const aloneMs = typical(times.alone);
  const amongMs = typical(times.among);
  const slowest = Math.max(aloneMs, amongMs, 0.1);
  const fit = (seconds: number, min: number) =>
    Math.min(20_000, Math.max(min, Math.round((seconds * 1_000) / slowest)));
  return { warmup: fit(settings.warmupS, 10), measure: fit(settings.durationS, 50), aloneMs, amongMs };
}

export function readsGroup(): ScenarioGroup {
  const holder: { state: ReadState | null } = { state: null };
  const costRequests = (phase: Phase) => stateOf(holder).costRequests[phase === 'warmup' ? 'warmup' : 'measure'];

  // Other work on a shared machine, and where the scheduler puts the server and the load generator on two
  // cores, move the hello-world rate by tens of percent from one run to the next: each read target runs in
  // alternation with its own hello-world ceiling, in slices, and is compared with it.
  const readTarget = (scenario: Omit<Scenario, 'role' | 'targets' | 'baseline'>, min: number): Scenario => ({
    ...scenario,
    role: 'target',
    baseline: {
      name: helloWith(scenario.name),
      description: `a bare fastify app in its own process, GET / answering {"hello":"world"}, ${READ_CONNECTIONS} connections, in turns with '${scenario.name}'`,
      load: () => helloLoad(stateOf(holder)),
    },
    targets: [
      { kind: 'ratio', of: helloWith(scenario.name), min },
      { kind: 'p99', maxMs: P99_MAX_MS },
    ],
  });
  const post = (
    name: string,
    side: 'alone' | 'among',
    description: string,
    targets?: Scenario['targets'],
  ): Scenario => ({
    name,
    role: targets ? 'target' : 'ceiling',
    description,
    load: (_ctx, phase) => probeLoad(stateOf(holder)[side], costRequests(phase)),
    checks: [probeActuals(() => stateOf(holder)[side])],
    ...(targets ? { targets } : {}),
  });

  const scenarios: Scenario[] = [
    readTarget(
      {
        name: GET_STATEMENT,
        description: `one statement with its evaluation, rotating over ${POLLED_STATEMENTS} polled statements (2 per company), ${READ_CONNECTIONS} connections`,
        setup: (ctx) => readEtags(ctx, stateOf(holder)),
        load: () => statementLoad(stateOf(holder), false),
      },
      0.3,
    ),
    readTarget(
      {
        name: GET_STATEMENT_304,
        description: `the same GETs with If-None-Match of their current ETag (read just before): 304 expected, ${READ_CONNECTIONS} connections`,
        setup: (ctx) => readEtags(ctx, stateOf(holder)),
        load: () => statementLoad(stateOf(holder), true),
      },
      0.6,
    ),
    readTarget(
      {
        name: GET_SCORECARD,
        description: `a company's scorecard (200 statements each), rotating over the 100 companies, ${READ_CONNECTIONS} connections`,
        load: () => scorecardLoad(stateOf(holder)),
      },
      0.2,
    ),
    {
      name: GET_STATEMENT_MISS,
      role: 'reference',
      description:
        'the statement GETs with a new ?_=n on each, so none is answered from the cache: the cost of a poll right after a write',
      load: () => statementLoad(stateOf(holder), false, true),
    },
    {
      name: GET_SCORECARD_MISS,
      role: 'reference',
      description: 'the scorecard GETs with a new ?_=n on each, so none is answered from the cache',
      load: () => scorecardLoad(stateOf(holder), true),
    },
    post(
      POST_ALONE,
      'alone',
      'one actual per request on the probe metric (2 statements, 200 actuals) in a database holding nothing else, 1 connection',
    ),
    post(
      POST_AMONG,
      'among',
      'the same POSTs on the same probe metric in the big database (20,000 other statements, 200,000 other actuals), 1 connection',
    ),
    post(POST_AMONG_AGAIN, 'among', 'the (b) run once more: runs go a, b, b, a so that drift cancels', [
      { kind: 'latency-ratio', subject: [POST_AMONG, POST_AMONG_AGAIN], of: [POST_ALONE, POST_ALONE_AGAIN], max: 1.5 },
    ]),
    post(POST_ALONE_AGAIN, 'alone', 'the (a) run once more'),
  ];

  return {
    name: 'reads',
    scenarios,
    prepare: async (env) => prepareReads(env, holder),
  };
}

async function prepareReads(env: GroupEnv, holder: { state: ReadState | null }): Promise<PreparedGroup> {
  const { cluster, log, settings } = env;
  const opened: { close: () => Promise<void> }[] = [];
  const close = async () => {
    for (const item of opened.reverse()) await item.close().catch((e: unknown) => log(`  ! closing: ${String(e)}`));
    holder.state = null;
  };
  try {
    const now = new Date();
    const bigDb = await cluster.fresh('reads');
    opened.push({ close: () => bigDb.release() });
    const smallDb = await cluster.fresh('probe');
    opened.push({ close: () => smallDb.release() });
    const big = connect(bigDb.url, { max: 3 });
    opened.push({ close: () => big.close() });
    const small = connect(smallDb.url, { max: 2 });
    opened.push({ close: () => small.close() });
    await migrateDatabase(big.pool);
    await migrateDatabase(small.pool);

    const started = performance.now();
    const world = await seedReadWorld(big.db, now);
    const probeId = `${world.prefix}-probe`;
    const probeAmong = await seedProbe(big.db, now, probeId);
    const probeAlone = await seedProbe(small.db, now, probeId);
    log(
      `seeded ${world.companyIds.length} companies, ${world.metrics.length} metrics, ${world.statements} statements, ${world.actuals} actuals ` +
        `(${world.quarters[0]?.start} to ${world.quarters.at(-1)?.end}) in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(inserts ${world.seedSeconds.inserts.toFixed(1)} s, rescore ${world.seedSeconds.rescore.toFixed(1)} s, analyze ${world.seedSeconds.analyze.toFixed(1)} s); ` +
        `probe: ${probeAlone.statements} statements, ${probeAlone.actuals} actuals, in both databases`,
    );
    log(
      `next scheduled change in the stored evaluations: ${world.nextScheduledChange?.toISOString() ?? 'none'} (the response cache holds until then, or midnight UTC)`,
    );

    const hello = await startHello();
    opened.push({ close: () => hello.stop() });
    const amongServer = await startServer(bigDb.url, { imports: env.serverImports });
    opened.push({ close: () => amongServer.stop() });
    const aloneServer = await startServer(smallDb.url, { imports: env.serverImports });
    opened.push({ close: () => aloneServer.stop() });
    log(
      `servers: hello world pid ${hello.pid}; service on the big database pid ${amongServer.pid}; service on the probe-only database pid ${aloneServer.pid}`,
    );

    const amongKey = await createApiKey(big.db, 'bench', 'write');
    const aloneKey = await createApiKey(small.db, 'bench', 'write');
    const among: ProbeSide = {
      database: bigDb,
      handle: big,
      server: amongServer,
      apiKey: amongKey.key,
      probe: probeAmong,
      sent: 0,
    };
    const alone: ProbeSide = {
      database: smallDb,
      handle: small,
      server: aloneServer,
      apiKey: aloneKey.key,
      probe: probeAlone,
      sent: 0,
    };
    const costRequests = await sizeCostRuns(alone, among, settings);
    log(
      `POST cost runs: ${costRequests.measure} requests each (${costRequests.warmup} to warm up), from ${CALIBRATION_POSTS} calibration posts ` +
        `on each side (median ${costRequests.aloneMs.toFixed(1)} ms alone, ${costRequests.amongMs.toFixed(1)} ms among 20,000 statements)`,
    );
    holder.state = { world, hello, among, alone, etags: new Map(), costRequests };
    const ctx: BenchContext = {
      baseUrl: amongServer.baseUrl,
      apiKey: amongKey.key,
      pool: big.pool,
      settings,
      settleDatabases: [databaseName(bigDb.url), databaseName(smallDb.url)],
      dataset: {
        prefix: world.prefix,
        metricsByCompany: [],
        metrics: world.metrics,
        ceilingMetrics: [],
        quarters: world.quarters,
        statements: world.statements,
        seededActuals: world.actuals,
      },
    };
    const servers = [hello, amongServer, aloneServer];
    return {
      ctx,
      dataset: {
        companies: world.companyIds.length,
        metrics: world.metrics.length,
        statements: world.statements,
        actuals: world.actuals,
        quarters: world.quarters.length,
        polledStatements: world.polledStatementIds.length,
        probe: { statements: probeAlone.statements, actuals: probeAlone.actuals },
        seedSeconds: world.seedSeconds,
        nextScheduledChange: world.nextScheduledChange?.toISOString() ?? null,
      },
      serverLog: () => {
        const logs = servers.map((s) => s.logLines());
        return { count: logs.reduce((n, l) => n + l.count, 0), tail: logs.flatMap((l) => l.tail) };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
