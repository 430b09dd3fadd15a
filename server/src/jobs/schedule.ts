/**
 * The background jobs every instance runs: the subscribe-message sender, the booking sweeper, help
 * auto-close, club reminders, reception overdue flags, the counselling sweep. Each job is written
 * to be safe with several instances (rows claimed with SKIP LOCKED or marked in the same UPDATE), so
 * the schedule only has to keep one instance from overlapping its own passes.
 */
export interface Job {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

/** Starts every job on its own interval; returns the function that stops them all. */
export function startJobs(jobs: readonly Job[], onError: (job: string, error: unknown) => void): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      job
        .run()
        .catch((error: unknown) => onError(job.name, error))
        .finally(() => {
          running = false;
        });
    }, job.everyMs);
    // A pending pass must not keep the process (or a test run) alive.
    timer.unref();
    return timer;
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
