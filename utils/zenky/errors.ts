import type { Mapping } from './schemas';

/** Failure category of a Zenky API request. The UI chooses its advice by kind. */
export type ZenkyErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'bad_response';

/** Optional details of a failed request beyond its kind. */
export interface ZenkyErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  fieldErrors?: Record<string, string[]>;
  serverMessage?: string;
  currentMapping?: Mapping;
  cause?: unknown;
}

/**
 * A failed Zenky API request. `message` is English developer detail naming the method, path
 * and HTTP status. The client never puts the API token into it.
 */
export class ZenkyError extends Error {
  readonly kind: ZenkyErrorKind;
  /** HTTP status, absent for network failures and timeouts. */
  readonly status?: number;
  /** Delay from `Retry-After`, in seconds, when the response had a valid one. */
  readonly retryAfterSeconds?: number;
  /** Messages per field from a 422 body, keyed like `items.3.notify`. */
  readonly fieldErrors?: Record<string, string[]>;
  /** The `message` field of the error body, as the server wrote it. */
  readonly serverMessage?: string;
  /** Current mapping on the server, sent with a 412 response. */
  readonly currentMapping?: Mapping;

  constructor(kind: ZenkyErrorKind, message: string, details: ZenkyErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ZenkyError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.fieldErrors = details.fieldErrors;
    this.serverMessage = details.serverMessage;
    this.currentMapping = details.currentMapping;
  }
}

const RETRYABLE_KINDS: ReadonlySet<ZenkyErrorKind> = new Set([
  'network',
  'timeout',
  'rate_limited',
  'server',
]);

/** Returns true when repeating the same request later may succeed. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ZenkyError && RETRYABLE_KINDS.has(error.kind);
}
