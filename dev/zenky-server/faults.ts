/**
 * Effect of a fault on the request it hits:
 * - `status`: reply with an error status (and `Retry-After`, if given);
 * - `drop`: close the connection without a reply;
 * - `malformed_json`: reply 200 with a body that is not valid JSON;
 * - `delay`: only wait `delayMs`, then serve the real reply.
 */
export type FaultAction = 'status' | 'drop' | 'malformed_json' | 'delay';

/**
 * When a fault acts. `before`: the request never reaches its handler, so nothing is stored.
 * `after`: the handler runs first (a PUT stores its revision), and the fault then replaces or
 * delays the reply, so the client does not learn that the write was stored.
 */
export type FaultTiming = 'before' | 'after';

/**
 * A failure the server plays back on its next API requests, so that clients can be tested
 * against rate limits, server errors, slow replies, lost replies and broken bodies. Faults
 * live in memory only, so a restarted server has none.
 */
export interface Fault {
  action: FaultAction;
  when: FaultTiming;
  /** Response status of a `status` fault. */
  status?: number;
  /** Value of the `Retry-After` header sent with `status`. */
  retryAfter?: string;
  /** Delay before the fault acts (or before the real reply, for `delay`), in milliseconds. */
  delayMs?: number;
  /** Path prefix of the affected requests. Without it every API path is affected. */
  pathPrefix?: string;
  /** HTTP method of the affected requests, such as `PUT`. Without it every method is. */
  method?: string;
  /** Number of requests still to be affected. */
  remaining: number;
}

/** A fault that hit a request, as `GET /dev/faults` lists it. */
export interface PlayedFault {
  action: FaultAction;
  when: FaultTiming;
  status?: number;
  method: string;
  path: string;
  at: string;
}

/** Faults in the order they were added. Each request takes the first one that matches. */
export class FaultQueue {
  private faults: Fault[] = [];
  private playedFaults: PlayedFault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Drops the faults not played yet; the list of played ones stays. */
  clear(): void {
    this.faults = [];
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  /** Faults that hit a request since the server started, oldest first. */
  played(): readonly PlayedFault[] {
    return this.playedFaults;
  }

  /** Returns the first fault matching the request, counts one use of it and records it. */
  take(method: string, pathname: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        (candidate.pathPrefix === undefined || pathname.startsWith(candidate.pathPrefix)) &&
        (candidate.method === undefined || candidate.method === method),
    );
    if (fault === undefined) {
      return undefined;
    }

    fault.remaining -= 1;
    if (fault.remaining <= 0) {
      this.faults = this.faults.filter((candidate) => candidate !== fault);
    }
    this.playedFaults.push({
      action: fault.action,
      when: fault.when,
      status: fault.status,
      method,
      path: pathname,
      at: new Date().toISOString(),
    });
    return fault;
  }
}
