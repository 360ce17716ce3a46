// Background work on a timer, started by the app and stopped when it closes. A run never overlaps the previous
// one, and a failure is logged, not thrown: the next run tries again.

export interface Job {
  /** Stop the timer and wait for a run in progress. */
  stop(): Promise<void>;
}

/** Run `task` every `intervalMs`; 0 or less never runs it. The timer does not keep the process alive. */
export function every(intervalMs: number, task: () => Promise<unknown>, onError: (err: unknown) => void): Job {
  if (intervalMs <= 0) return { stop: async () => undefined };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= task()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
