/**
 * A failure the server plays back on its next API requests, so that clients can be tested
 * against rate limits, server errors and slow replies. Faults live in memory only.
 */
export interface Fault {
  /** Response status. Without it the request is served normally after the delay. */
  status?: number;
  /** Value of the `Retry-After` header sent with `status`. */
  retryAfter?: string;
  /** Delay before the response, in milliseconds. */
  delayMs?: number;
  /** Path prefix of the affected requests. Without it every API path is affected. */
  pathPrefix?: string;
  /** Number of requests still to be affected. */
  remaining: number;
}

/** Faults in the order they were added. Each request takes the first one that matches. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  clear(): void {
    this.faults = [];
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  /** Returns the first fault matching the path and counts one use of it. */
  take(pathname: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.pathPrefix === undefined || pathname.startsWith(candidate.pathPrefix),
    );
    if (fault === undefined) {
      return undefined;
    }

    fault.remaining -= 1;
    if (fault.remaining <= 0) {
      this.faults = this.faults.filter((candidate) => candidate !== fault);
    }
    return fault;
  }
}
