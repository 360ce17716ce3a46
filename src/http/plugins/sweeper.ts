// Scheduled changes (a window closing, its grace passing) take effect in every read at once, because reads
// look up the timeline segment in force now. The feed, though, must be told: this sweeper announces each
// scheduled change once its time comes. Every instance sweeps; SKIP LOCKED gives each row to one of them.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { createScoring } from '../../service/scoring.js';

export interface SweeperOptions {
  db: Database;
  intervalMs: number;
  clock: Clock;
}

export async function sweepOnce(db: Database, clock: Clock): Promise<number> {
  return db.transaction((tx) => createScoring(tx, clock).sweep(clock.now()));
}

async function sweeperPlugin(app: FastifyInstance, options: SweeperOptions): Promise<void> {
  if (options.intervalMs <= 0) return;
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= sweepOnce(options.db, options.clock)
      .catch((err: unknown) => app.log.warn({ err }, 'sweeping scheduled changes failed'))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}

export const sweeper = fp(sweeperPlugin, { name: 'saydo-sweeper' });
