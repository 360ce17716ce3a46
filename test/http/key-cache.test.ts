import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/service/keys.js';
import { createApiKeyStore } from '../../src/store/api-keys.js';
import { createChangeStore } from '../../src/store/changes.js';
import { useTestApp } from '../support/app.js';
import { ALIBABA, post, watchPool } from '../support/fixtures.js';

// Reads closed: every poll carries a key, and a cached poll must still cost no query.
const ctx = useTestApp({ readsRequireKey: true, sweepIntervalMs: 0 });

async function poll(key: string) {
  return ctx.anonymous.inject({ url: '/v1/companies/alibaba', headers: { authorization: `Bearer ${key}` } });
}

describe('verified keys remembered in process', () => {
  it('answers a repeated keyed poll from the cache with no query at all', async () => {
    await post(ctx.app, '/v1/companies', ALIBABA);
    const { key } = await createApiKey(ctx.db.db, 'dashboard', 'read');
    await poll(key);
    await poll(key);
    const watch = watchPool(ctx.db.pool);
    try {
      const response = await poll(key);
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-cache']).toBe('hit');
      expect(watch.acquired).toBe(0);
      expect(watch.queries).toEqual([]);
    } finally {
      watch.stop();
    }
  });

  it('stops honouring a key soon after it is revoked, as the keys command does it', async () => {
    const { key, row } = await createApiKey(ctx.db.db, 'leaver', 'read');
    expect((await poll(key)).statusCode).toBe(200);
    await createApiKeyStore(ctx.db.db).revoke(row.id, new Date());
    await createChangeStore(ctx.db.db).notify();
    let status = 200;
    for (let waited = 0; status === 200 && waited < 3_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await poll(key)).statusCode;
    }
    expect(status).toBe(401);
  });
});
