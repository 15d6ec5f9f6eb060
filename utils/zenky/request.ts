import type * as z from 'zod/mini';
import { buildApiUrl } from './api-url';
import { describeZodIssues } from './describe-zod-issues';
import { errorFromResponse } from './error-from-response';
import { ZenkyError } from './errors';
import { envelope } from './schemas';

/** Base URL and credentials of one Zenky store. */
export interface ZenkyConnection {
  baseUrl: string;
  storeId: string;
  token: string;
}

/** Everything a request needs besides its own method, path and body. */
export interface ZenkyTransport {
  connection: ZenkyConnection;
  fetch: typeof fetch;
  /** Limit for the whole exchange, from sending the request to reading the last body byte. */
  timeoutMs: number;
}

export interface ZenkyRequest<T> {
  method: 'GET' | 'PUT' | 'PATCH';
  path: string;
  /** Schema of the `data` field of the response envelope. */
  schema: z.ZodMiniType<T>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ZenkyResult<T> {
  data: T;
  headers: Headers;
}

/** Visible ASCII without spaces, the characters a token or store id may contain. */
const HEADER_VALUE_PATTERN = /^[\x21-\x7e]+$/;

/**
 * Rejects an empty token or store id, or one with other characters, before anything is sent.
 * Fetch throws on some such values and servers misread others. Such a value is a settings
 * problem, so the error gets the kind of the response it would cause.
 */
function checkConnectionHeaders(connection: ZenkyConnection, requestLabel: string): void {
  if (!HEADER_VALUE_PATTERN.test(connection.token)) {
    throw new ZenkyError(
      'unauthorized',
      `${requestLabel} not sent: the API token is empty or contains characters other than visible ASCII`,
    );
  }
  if (!HEADER_VALUE_PATTERN.test(connection.storeId)) {
    throw new ZenkyError(
      'not_found',
      `${requestLabel} not sent: the store id is empty or contains characters other than visible ASCII`,
    );
  }
}

function buildHeaders(connection: ZenkyConnection, request: ZenkyRequest<unknown>) {
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${connection.token}`);
  headers.set('X-Store-Id', connection.storeId);
  headers.set('Accept', 'application/json');
  if (request.body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  return headers;
}

/**
 * Sends one request, reads the whole body within the timeout and returns the parsed `data` of
 * the envelope. Throws ZenkyError for every failure of the exchange itself.
 */
export async function sendZenkyRequest<T>(
  transport: ZenkyTransport,
  request: ZenkyRequest<T>,
): Promise<ZenkyResult<T>> {
  const requestLabel = `${request.method} ${request.path}`;
  const { connection } = transport;
  checkConnectionHeaders(connection, requestLabel);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), transport.timeoutMs);

  /** Classifies a rejected fetch or body read. An aborted signal means the timeout fired. */
  const exchangeError = (cause: unknown) =>
    controller.signal.aborted
      ? new ZenkyError('timeout', `${requestLabel} timed out after ${transport.timeoutMs} ms`, {
          cause,
        })
      : new ZenkyError('network', `${requestLabel} failed: ${String(cause)}`, { cause });

  let response: Response;
  let bodyText: string;
  try {
    response = await transport.fetch(buildApiUrl(connection.baseUrl, request.path), {
      method: request.method,
      headers: buildHeaders(connection, request),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    });
    bodyText = await response.text();
  } catch (error) {
    throw exchangeError(error);
  } finally {
    clearTimeout(timer);
  }

  if (!response.ok) {
    throw errorFromResponse({
      method: request.method,
      path: request.path,
      status: response.status,
      headers: response.headers,
      bodyText,
    });
  }

  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch (error) {
    const detail = bodyText === '' ? 'an empty body' : 'a body that is not valid JSON';
    throw new ZenkyError(
      'bad_response',
      `${requestLabel} returned HTTP ${response.status} with ${detail}`,
      {
        status: response.status,
        cause: error,
      },
    );
  }

  const parsed = envelope(request.schema).safeParse(json);
  if (!parsed.success) {
    const issues = describeZodIssues(parsed.error.issues);
    throw new ZenkyError(
      'bad_response',
      `${requestLabel} returned HTTP ${response.status} with an unexpected body: ${issues}`,
      { status: response.status },
    );
  }

  return { data: parsed.data.data, headers: response.headers };
}
