import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestContext {
  app: FastifyInstance;
  db: TestDatabase;
}

/** Build an app on a fresh database of this file's own; closed and dropped after the file. */
export function useTestApp(): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.db = await createTestDatabase();
    context.app = await buildApp({ database: context.db });
  });
  afterAll(async () => {
    await context.app?.close();
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
  const body = response.json<{ type: string; title: string; status: number; detail?: string; errors?: { pointer?: string; parameter?: string; detail: string }[] }>();
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  return body;
}

/** Row counts of every table: a write that failed must leave all of them unchanged. */
export async function tableCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables = ['companies', 'metrics', 'statements', 'revisions', 'actuals', 'retractions', 'evaluations'];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const r = await db.pool.query<{ n: string }>(`select count(*)::text as n from ${t}`);
    counts[t] = Number(r.rows[0]?.n ?? -1);
  }
  return counts;
}
