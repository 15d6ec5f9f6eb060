import { ZenkyError, type ZenkyErrorKind } from './errors';
import { parseRetryAfter } from './retry-after';
import { envelope, mappingSchema, validationErrorBodySchema, type Mapping } from './schemas';

/** A non-2xx response with its body already read. */
export interface FailedResponse {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  bodyText: string;
}

/** Maximum length of the server's `message` when copied into `ZenkyError.message`. */
const MAX_SERVER_MESSAGE_LENGTH = 200;

function kindOfStatus(status: number): ZenkyErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 412) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'bad_response';
}

function parseJsonLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readServerMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('message' in body)) {
    return undefined;
  }
  return typeof body.message === 'string' ? body.message : undefined;
}

/** Reads the mapping from a 412 body, which is either `{data: Mapping}` or a bare Mapping. */
function readCurrentMapping(body: unknown): Mapping | undefined {
  const wrapped = envelope(mappingSchema).safeParse(body);
  if (wrapped.success) {
    return wrapped.data.data;
  }
  const bare = mappingSchema.safeParse(body);
  return bare.success ? bare.data : undefined;
}

function readFieldErrors(body: unknown): Record<string, string[]> | undefined {
  const parsed = validationErrorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.errors : undefined;
}

/**
 * Builds the error for a non-2xx response. An error body that cannot be parsed leaves the
 * optional details unset, so a 412 without a readable mapping has no `currentMapping`.
 */
export function errorFromResponse(response: FailedResponse): ZenkyError {
  const kind = kindOfStatus(response.status);
  const body = parseJsonLeniently(response.bodyText);
  const serverMessage = readServerMessage(body);

  let message = `${response.method} ${response.path} failed with HTTP ${response.status}`;
  if (serverMessage !== undefined) {
    message += `: ${serverMessage.slice(0, MAX_SERVER_MESSAGE_LENGTH)}`;
  }

  return new ZenkyError(kind, message, {
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    serverMessage,
    fieldErrors: kind === 'validation' ? readFieldErrors(body) : undefined,
    currentMapping: kind === 'conflict' ? readCurrentMapping(body) : undefined,
  });
}
