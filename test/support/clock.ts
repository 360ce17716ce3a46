import type { Clock } from '../../src/lib/clock.js';

/** A clock that stands still at an instant until a test moves it: give it to the app instead of the real date. */
export interface TestClock extends Clock {
  set(at: Date | string | number): void;
}

export function testClock(at: Date | string | number): TestClock {
  let instant = new Date(at).getTime();
  return {
    now: () => new Date(instant),
    set: (next) => {
      instant = new Date(next).getTime();
    },
  };
}
