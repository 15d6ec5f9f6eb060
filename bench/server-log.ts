/** A line the Zenky stand-in logged, with the time it was logged (Unix epoch, milliseconds). */
export interface LoggedLine {
  line: string;
  at: number;
}

/**
 * Collects the Zenky stand-in's log lines with the time each arrived, and lets the benchmark
 * wait for the next line that matches a pattern. The stand-in logs a request when its
 * response has been sent.
 */
export class ServerLog {
  private waiters: { pattern: RegExp; resolve: (entry: LoggedLine) => void }[] = [];

  /** Receives a line. Pass it as the stand-in's `log` option. */
  readonly push = (line: string): void => {
    const entry = { line, at: performance.timeOrigin + performance.now() };

    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.pattern.test(line)) return true;

      waiter.resolve(entry);
      return false;
    });
  };

  /** Returns the next line matching `pattern`, or rejects after `timeoutMs`. */
  next(pattern: RegExp, timeoutMs = 15_000): Promise<LoggedLine> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.resolve !== done);
        reject(
          new Error(`The Zenky stand-in logged no line matching ${pattern} in ${timeoutMs} ms`),
        );
      }, timeoutMs);
      const done = (entry: LoggedLine) => {
        clearTimeout(timer);
        resolve(entry);
      };

      this.waiters.push({ pattern, resolve: done });
    });
  }
}
