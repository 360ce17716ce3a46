import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRetentionPruner } from '../../src/jobs/retention-pruner.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createApiKey } from '../../src/service/keys.js';
import { createUnitOfWork } from '../../src/service/unit-of-work.js';
import { createStores } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const NOW = Date.parse('2026-05-15T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('the retention pruner: idempotency records', () => {
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
    const job = startRetentionPruner(createUnitOfWork(db.db, fixedClock(NOW)), 20, 30 * DAY, (err) =>
      warnings.push(err),
    );
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
    const job = startRetentionPruner(createUnitOfWork(db.db, fixedClock(NOW)), 0, 30 * DAY, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await job.stop();
    expect(await keys()).toContain('aged-30h');
  });
});

describe('the retention pruner: the webhook delivery log', () => {
  let db: TestDatabase;
  let endpointId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const result = await db.pool.query<{ id: string }>(
      `insert into webhook_endpoints (url, event_types, secret, cursor, created_at)
       values ('http://127.0.0.1:4010/hooks', '{actual.created}', 'whsec_x', '0', now()) returning id`,
    );
    const row = result.rows[0];
    if (!row) throw new Error('no endpoint inserted');
    endpointId = row.id;
  });
  afterAll(async () => db?.destroy());

  async function attempt(messageId: string, ageMs: number): Promise<void> {
    await db.pool.query(
      `insert into webhook_deliveries (endpoint_id, message_id, event_type, at, succeeded, duration_ms)
       values ($1, $2, 'actual.created', $3::timestamptz, true, 5)`,
      [endpointId, messageId, new Date(NOW - ageMs).toISOString()],
    );
  }

  async function messages(): Promise<string[]> {
    const result = await db.pool.query<{ message_id: string }>(
      'select message_id from webhook_deliveries order by message_id',
    );
    return result.rows.map((r) => r.message_id);
  }

  it('forgets attempts older than the retention by the clock, and keeps the rest', async () => {
    await attempt('msg-31d', 31 * DAY);
    await attempt('msg-30d-and-a-bit', 30 * DAY + 1_000);
    await attempt('msg-29d', 29 * DAY);
    await attempt('msg-1h', HOUR);
    const warnings: unknown[] = [];
    const job = startRetentionPruner(createUnitOfWork(db.db, fixedClock(NOW)), 20, 30 * DAY, (err) =>
      warnings.push(err),
    );
    try {
      await expect.poll(messages, { timeout: 2_000, interval: 20 }).toEqual(['msg-1h', 'msg-29d']);
    } finally {
      await job.stop();
    }
    expect(warnings).toEqual([]);
  });

  it('deletes a backlog larger than one batch, oldest first, in bounded statements', async () => {
    await db.pool.query('delete from webhook_deliveries');
    await db.pool.query(
      `insert into webhook_deliveries (endpoint_id, message_id, event_type, at, succeeded, duration_ms)
       select $1, 'old-' || n, 'actual.created', $2::timestamptz - n * interval '1 second', false, 5
       from generate_series(1, 25) n`,
      [endpointId, new Date(NOW - 40 * DAY).toISOString()],
    );
    await attempt('recent', HOUR);
    const store = createStores(db.db).webhooks;
    expect(await store.pruneDeliveries(new Date(NOW - 30 * DAY), 10)).toBe(25);
    expect(await messages()).toEqual(['recent']);
  });
});
