import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp, type AppOptions } from '../../src/app.js';
import { createApiKey } from '../../src/service/keys.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createSpecChecker } from './spec.js';

export interface TestContext {
  /** The app, with every injected request carrying an admin key unless it sets its own Authorization. */
  app: FastifyInstance;
  /** The same app without the default key: requests go out exactly as written. */
  anonymous: FastifyInstance;
  /** The admin key the default requests carry. */
  adminKey: string;
  db: TestDatabase;
}

const checkAgainstSpec = createSpecChecker();

/**
 * Wrap inject: every response is checked against the committed OpenAPI document (see ./spec.ts), and, with a
 * key, every request carries it unless it sets its own Authorization (tests not about authentication need not
 * repeat the header).
 */
export function checked(app: FastifyInstance, key?: string): FastifyInstance {
  const inject = async (request: InjectOptions | string) => {
    const options: InjectOptions = typeof request === 'string' ? { url: request } : request;
    const sent = key ? { ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } } : options;
    const response = await app.inject(sent);
    checkAgainstSpec(sent, response);
    return response;
  };
  return new Proxy(app, {
    get: (target, prop, receiver) => (prop === 'inject' ? inject : Reflect.get(target, prop, receiver)),
  });
}

/** Another app instance on a test database, its responses checked against the spec like the default one's. */
export async function buildCheckedApp(options: Parameters<typeof buildApp>[0]): Promise<FastifyInstance> {
  return checked(await buildApp(options));
}

/**
 * Build an app on a fresh database of this file's own; closed and dropped after the file. A test that depends on
 * the calendar ("as of now", "today") passes `clock` (see ./clock.ts), so it passes on any date.
 */
export function useTestApp(options: AppOptions = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.db = await createTestDatabase();
    // Webhooks may go to local receivers; none are sent unless a test turns the deliverer on.
    const app = await buildApp({
      database: context.db,
      webhookAllowedHosts: ['127.0.0.1'],
      webhookIntervalMs: 0,
      ...options,
    });
    context.anonymous = checked(app);
    context.adminKey = (await createApiKey(context.db.db, 'tests', 'admin')).key;
    context.app = checked(app, context.adminKey);
  });
  afterAll(async () => {
    await context.anonymous?.close();
    await context.db?.destroy();
  });
  return context;
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json<T>();
}

/** Assert an RFC 9457 problem reply and return its body. */
export function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json<{
    type: string;
    title: string;
    status: number;
    detail?: string;
    errors?: { pointer?: string; parameter?: string; detail: string }[];
  }>();
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  return body;
}

/** Row counts of every table: a write that failed must leave all of them unchanged. */
export async function tableCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables = [
    'companies',
    'metrics',
    'statements',
    'revisions',
    'actuals',
    'retractions',
    'statement_timeline',
    'statement_verdicts',
    'company_scores',
    'changes',
    'audit_log',
    'idempotency_keys',
    'api_keys',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const r = await db.pool.query<{ n: string }>(`select count(*)::text as n from ${t}`);
    counts[t] = Number(r.rows[0]?.n ?? -1);
  }
  return counts;
}
