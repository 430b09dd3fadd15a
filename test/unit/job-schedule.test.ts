import { startJobs } from '../../server/src/jobs/schedule';

describe('the background job schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('never starts a pass while the previous one is still running, and stops all jobs at once', async () => {
    let started = 0;
    let finish: () => void = () => undefined;
    const slow = {
      name: 'slow',
      everyMs: 1000,
      run: () => new Promise<void>((resolve) => ((started += 1), (finish = resolve))),
    };
    let quick = 0;
    const stop = startJobs(
      [slow, { name: 'quick', everyMs: 1000, run: async () => void (quick += 1) }],
      () => undefined,
    );

    await jest.advanceTimersByTimeAsync(3500);
    expect([started, quick]).toEqual([1, 3]);
    finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect([started, quick]).toEqual([2, 4]);

    const stopped = stop();
    finish();
    await stopped;
    await jest.advanceTimersByTimeAsync(5000);
    expect([started, quick]).toEqual([2, 4]);
  });

  it('stops only once the passes under way have finished, so the database is not closed under them', async () => {
    let finish: () => void = () => undefined;
    let finished = false;
    const stop = startJobs(
      [
        {
          name: 'subscribe-message sender',
          everyMs: 1000,
          run: () => new Promise<void>((resolve) => (finish = resolve)).then(() => void (finished = true)),
        },
      ],
      () => undefined,
    );
    await jest.advanceTimersByTimeAsync(1000);
    let stopped = false;
    const stopping = stop().then(() => void (stopped = true));
    await jest.advanceTimersByTimeAsync(100);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect([finished, stopped]).toEqual([true, true]);
  });

  it('reports a failed pass by the job’s name and runs the next one', async () => {
    const failures: string[] = [];
    let passes = 0;
    const stop = startJobs(
      [
        {
          name: 'booking sweeper',
          everyMs: 1000,
          run: async () => {
            passes += 1;
            throw new Error('database went away');
          },
        },
      ],
      (job, error) => failures.push(`${job}: ${(error as Error).message}`),
    );
    await jest.advanceTimersByTimeAsync(2000);
    await stop();
    expect(passes).toBe(2);
    expect(failures).toEqual(['booking sweeper: database went away', 'booking sweeper: database went away']);
  });
});
