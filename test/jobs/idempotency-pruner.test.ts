import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdempotencyPruner } from '../../src/jobs/idempotency-pruner.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createApiKey } from '../../src/service/keys.js';
import { createUnitOfWork } from '../../src/service/unit-of-work.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const NOW = Date.parse('2026-05-15T12:00:00Z');
const HOUR = 60 * 60 * 1000;

describe('the idempotency pruner', () => {
  let db: TestDatabase;
  let apiKeyId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    apiKeyId = (await createApiKey(db.db, 'pruner', 'write')).row.id;
  });
  afterAll(async () => db?.destroy());

  async function storeRecord(key: string, ageMs: number): Promise<void> {
    await db.pool.query(
      `insert into idempotency_keys (api_key_id, key, fingerprint, response_status, response_body, location, created_at)
       values ($1, $2, 'a-fingerprint', 201, '{}', null, $3::timestamptz)`,
      [apiKeyId, key, new Date(NOW - ageMs).toISOString()],
    );
  }

  async function keys(): Promise<string[]> {
    const result = await db.pool.query<{ key: string }>('select key from idempotency_keys order by key');
    return result.rows.map((r) => r.key);
  }

  it('forgets, on its own timer, the responses kept longer than 24 hours by the clock', async () => {
    await storeRecord('aged-25h', 25 * HOUR);
    await storeRecord('aged-23h', 23 * HOUR);
    const warnings: unknown[] = [];
    const job = startIdempotencyPruner(createUnitOfWork(db.db, fixedClock(NOW)), 20, (err) => warnings.push(err));
    try {
      for (let i = 0; i < 100 && (await keys()).includes('aged-25h'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await job.stop();
    }
    expect(await keys()).toEqual(['aged-23h']);
    expect(warnings).toEqual([]);
  });

  it('never runs with an interval of 0', async () => {
    await storeRecord('aged-30h', 30 * HOUR);
    const job = startIdempotencyPruner(createUnitOfWork(db.db, fixedClock(NOW)), 0, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await job.stop();
    expect(await keys()).toContain('aged-30h');
  });
});
