// A streaming replica for reads (DATABASE_READ_URL). Writes go to the primary; a read goes to the replica only
// once the replica has replayed the WAL it needs, else (after a short bounded wait) to the primary. What it
// needs is given as a WAL position (LSN): the one a client's own write returned (read your writes), and the
// primary's position when this instance last heard of a change, so that an answer computed after a change was
// heard (and perhaps cached) is never computed from a replica that has not seen that change yet.
import { parseLsn } from '../lib/lsn.js';
import type { DatabaseHandle } from './client.js';

export interface ReplicaRouting {
  /** The primary's current WAL position: after a commit, at or past that commit. */
  primaryLsn(): Promise<bigint>;
  /** Whether the replica has replayed `lsn`, waiting for it up to `waitMs`; false if it cannot say. */
  replayed(lsn: bigint, waitMs: number): Promise<boolean>;
}

const POLL_MS = 5;

export function replicaRouting(primary: DatabaseHandle, replica: DatabaseHandle): ReplicaRouting {
  /** The furthest position the replica was seen to have replayed: positions up to it need no query. */
  let known = 0n;

  async function replayedNow(): Promise<bigint> {
    const result = await replica.pool.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn');
    const lsn = parseLsn(result.rows[0]?.lsn);
    if (lsn !== null && lsn > known) known = lsn;
    return known;
  }

  return {
    async primaryLsn() {
      const result = await primary.pool.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
      const lsn = parseLsn(result.rows[0]?.lsn);
      if (lsn === null) throw new Error('the primary reported no WAL position');
      return lsn;
    },
    async replayed(lsn, waitMs) {
      if (lsn <= known) return true;
      const deadline = Date.now() + waitMs;
      try {
        for (;;) {
          if ((await replayedNow()) >= lsn) return true;
          if (Date.now() >= deadline) return false;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } catch {
        // An unreachable replica: the primary answers.
        return false;
      }
    },
  };
}
