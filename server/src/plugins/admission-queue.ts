/**
 * First come, first served admission in front of a database with one connection (PGlite). Without
 * it every request's several queries interleave in PGlite's own queue, so under a rush each
 * request waits behind newer ones at every step and the slowest never finish. Here at most
 * `concurrency` requests run; the rest wait in arrival order, and a request whose wait would pass
 * `maxWaitMs` is turned away at once (the caller answers 503 and the client retries later).
 */
export class AdmissionQueue {
  private active = 0;
  private readonly waiting: { admit: () => void }[] = [];
  /** Moving average of how long an admitted request holds its place, for the wait estimate. */
  private averageMs = 20;

  constructor(
    readonly concurrency: number,
    readonly maxWaitMs: number,
  ) {}

  get queued() {
    return this.waiting.length;
  }

  /** Resolves with a release function once admitted, or with null when the wait would be too long. */
  enter(): Promise<(() => void) | null> {
    if (this.active < this.concurrency && this.waiting.length === 0) return Promise.resolve(this.admitted());
    const expectedWait = ((this.waiting.length + 1) / this.concurrency) * this.averageMs;
    if (expectedWait > this.maxWaitMs) return Promise.resolve(null);
    return new Promise((resolve) => {
      const place = {
        admit: () => {
          clearTimeout(timer);
          resolve(this.admitted());
        },
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(place);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(null);
      }, this.maxWaitMs);
      this.waiting.push(place);
    });
  }

  private admitted(): () => void {
    this.active += 1;
    const started = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.averageMs = this.averageMs * 0.9 + (Date.now() - started) * 0.1;
      this.active -= 1;
      this.waiting.shift()?.admit();
    };
  }
}
