// Writers on different companies never wait for each other. A batch locks the rows of the metrics it writes (so
// that one metric is rescored by one writer at a time; see ScoringService.rescore), and nothing shared by every
// company: no advisory lock, no company-wide or table-wide lock. Shown with a write held open on one company while
// another company's batch commits; and, so the test can fail, a second write on the held company's metric waits.
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/lib/clock.js';
import { ActualInput } from '../../src/schemas/actuals.js';
import { createServices } from '../../src/service/index.js';
import { createStores } from '../../src/store/index.js';
import { useTestApp } from '../support/app.js';
import { CLOUD_MARGIN, actual, post, seedCompanyLike } from '../support/fixtures.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

/** A batch of a company's quarterly margins, each published after its quarter, one statement scoring them. */
async function companyWithGuidance(companyId: string): Promise<void> {
  await seedCompanyLike(ctx.app, companyId, [CLOUD_MARGIN]);
  await post(ctx.app, '/v1/statements', {
    companyId,
    metric: CLOUD_MARGIN.key,
    statedOn: '2023-12-01',
    source: { kind: 'call', title: 'investor day' },
    quote: 'margin stays in the teens',
    commitment: 'expect',
    target: { op: 'gte', value: '10' },
    window: { period: 'FY2025Q1..FY2025Q4' },
    mode: 'all',
  });
}

/** Each writer its own values, published on a day of its own (the value) of the months after the quarters. */
const items = (companyId: string, value: string) =>
  (['FY2025Q1', 'FY2025Q2', 'FY2025Q3'] as const).map((period, i) =>
    actual({ companyId, period, value: `${value}.${i}`, publishedAt: `2025-0${6 + i}-${value}` }),
  );

const batch = (companyId: string, value: string) =>
  ctx.app.inject({ method: 'POST', url: '/v1/actuals/batch', payload: { items: items(companyId, value) } });

/** Settles with 'pending' if `work` has not settled within `ms`. */
const within = <T>(work: Promise<T>, ms: number) =>
  Promise.race([work, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);

let release: () => void = () => undefined;
afterEach(() => release());

describe('two writers on different companies', () => {
  it('both proceed: one company’s batch commits while another company’s write is held open', async () => {
    await companyWithGuidance('held');
    await companyWithGuidance('free');

    // A batch on 'held', written through the same services a request uses, in a transaction kept open.
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written: () => void = () => undefined;
    const heldWritten = new Promise<void>((resolve) => (written = resolve));
    const held = ctx.db.db.transaction(async (tx) => {
      await createServices(createStores(tx), systemClock).actuals.recordBatch(
        items('held', '14').map((item) => ActualInput.parse(item)),
      );
      written();
      await gate;
    });
    await heldWritten;

    // Another company's batch commits, its statement rescored, while that write is still open.
    const other = await within(batch('free', '15'), 4_000);
    expect(other === 'pending' ? 'still waiting after 4 s' : other.statusCode).toBe(201);

    // What the open write holds: no advisory lock, nothing table-wide (its metric's row lock is in the row itself).
    const locks = await ctx.db.pool.query<{ locktype: string; mode: string; relation: string | null }>(`
      select l.locktype, l.mode, l.relation::regclass::text as relation
      from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where a.datname = current_database() and a.state = 'idle in transaction' and l.granted`);
    expect(locks.rows.filter((l) => l.locktype === 'advisory')).toEqual([]);
    expect(locks.rows.length).toBeGreaterThan(0);
    // On tables, only the locks every reader and row writer takes, which conflict with no other writer's.
    const relationModes = new Set(locks.rows.filter((l) => l.locktype === 'relation').map((l) => l.mode));
    expect(
      [...relationModes].filter((m) => !['AccessShareLock', 'RowShareLock', 'RowExclusiveLock'].includes(m)),
    ).toEqual([]);

    // A second write on the held company's metric does wait for it (the rescoring lock of that metric)...
    const same = batch('held', '16');
    expect(await within(same, 1_000)).toBe('pending');
    // ...and commits once the first one has.
    release();
    await held;
    expect((await same).statusCode).toBe(201);
  });
});
