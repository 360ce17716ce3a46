// Scheduled changes (a window closing, its grace passing) take effect in every read at once, because reads
// look up the timeline segment in force now. The feed, though, must be told: this sweeper announces each
// scheduled change once its time comes. Every instance sweeps; SKIP LOCKED gives each row to one of them.
import type { Database } from '../db/client.js';
import type { Clock } from '../lib/clock.js';
import { createUnitOfWork, type UnitOfWork } from '../service/unit-of-work.js';
import { every, type Job } from './job.js';

/** Announce what has come due, in one transaction; returns how many scheduled changes it announced. */
export async function sweep(unitOfWork: UnitOfWork, clock: Clock): Promise<number> {
  return unitOfWork.transaction((services) => services.scoring.sweep(clock.now()));
}

/** One sweep straight on a database (for tests that play several instances). */
export async function sweepOnce(db: Database, clock: Clock): Promise<number> {
  return sweep(createUnitOfWork(db, clock), clock);
}

export function startSweeper(
  unitOfWork: UnitOfWork,
  clock: Clock,
  intervalMs: number,
  warn: (err: unknown, message: string) => void,
): Job {
  return every(
    intervalMs,
    () => sweep(unitOfWork, clock),
    (err) => warn(err, 'sweeping scheduled changes failed'),
  );
}
