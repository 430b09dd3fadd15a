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

/**
 * Starts every job on its own interval; returns the function that stops them all. Stopping waits for
 * the passes under way: an instance shut down for a release must not close its pool under a pass that
 * has claimed messages and not yet sent them (they would sit in 'sending' until given up as failed).
 */
export function startJobs(jobs: readonly Job[], onError: (job: string, error: unknown) => void): () => Promise<void> {
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let pass: Promise<void> | null = null;
    const timer = setInterval(() => {
      if (pass) return;
      pass = job
        .run()
        .then(
          () => undefined,
          (error: unknown) => onError(job.name, error),
        )
        .finally(() => {
          running.delete(pass!);
          pass = null;
        });
      running.add(pass);
    }, job.everyMs);
    // A pending pass must not keep the process (or a test run) alive.
    timer.unref();
    return timer;
  });
  return async () => {
    timers.forEach((timer) => clearInterval(timer));
    await Promise.all(running);
  };
}
