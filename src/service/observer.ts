// What the services report of their work, for metrics: a tiny interface, so the services know nothing of
// Prometheus and tests may pass nothing.
export interface WorkObserver {
  /** A rescoring (after a write) took this long. */
  rescored(seconds: number): void;
  /** A batch of actuals of this many items was recorded. */
  batchRecorded(items: number): void;
}

export const unobserved: WorkObserver = { rescored: () => undefined, batchRecorded: () => undefined };
