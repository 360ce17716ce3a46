// Failed API keys, counted per client address in fixed windows, so that a flood of guesses is refused before
// each guess costs a database lookup. Per instance and in memory (@fastify/rate-limit's stores can only count
// up, not say whether an address is over its limit without counting the request); bounded, so a spray of
// addresses cannot grow it without end.

export interface FailedKeyLimiter {
  /** Milliseconds until this address may present a key again; 0 when it may now. */
  retryAfterMs(address: string, now: number): number;
  recordFailure(address: string, now: number): void;
  /** Addresses currently tracked. */
  readonly size: number;
}

export interface FailedKeyLimits {
  /** Failures an address may have in a window before its keys are refused unexamined. */
  max: number;
  windowMs: number;
  /** Most addresses tracked at once; the oldest windows go first when it is reached. */
  capacity?: number;
}

export function createFailedKeyLimiter({ max, windowMs, capacity = 10_000 }: FailedKeyLimits): FailedKeyLimiter {
  const windows = new Map<string, { failures: number; endsAt: number }>();

  function makeRoom(now: number): void {
    for (const [address, window] of windows) if (window.endsAt <= now) windows.delete(address);
    // Still full: drop the oldest tenth at once (a Map iterates in insertion order), so a spray costs O(1) each.
    const excess = windows.size - Math.floor(capacity * 0.9);
    if (excess <= 0) return;
    let dropped = 0;
    for (const address of windows.keys()) {
      if (dropped++ >= excess) break;
      windows.delete(address);
    }
  }

  return {
    retryAfterMs(address, now) {
      const window = windows.get(address);
      if (!window || window.endsAt <= now || window.failures < max) return 0;
      return window.endsAt - now;
    },
    recordFailure(address, now) {
      const window = windows.get(address);
      if (window && window.endsAt > now) {
        window.failures += 1;
        return;
      }
      windows.delete(address);
      if (windows.size >= capacity) makeRoom(now);
      windows.set(address, { failures: 1, endsAt: now + windowMs });
    },
    get size() {
      return windows.size;
    },
  };
}
