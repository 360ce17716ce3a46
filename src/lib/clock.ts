// The one clock the app reads "now" from. It is given to buildApp and passed down, so a test fixes it and no
// answer depends on the day the suite runs. Durations (timeouts, TTLs, rate windows) stay on real time.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant: for tests, and for anything that must agree on a single "now". */
export function fixedClock(at: Date | string | number): Clock {
  const instant = new Date(at).getTime();
  return { now: () => new Date(instant) };
}
