import type { IncomingMessage, ServerResponse } from 'node:http';

/** Response of a route handler. The server adds CORS headers and serialises the body. */
export interface JsonReply {
  status: number;
  /** Body, serialised as JSON. Undefined sends no body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A request that fails with a given status. The body is `{message, ...extra}`, as Zenky's
 * error bodies are, so `errors` or `data` can be added next to the message.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toReply(): JsonReply {
    return {
      status: this.status,
      body: { message: this.message, ...this.extra },
      headers: this.headers,
    };
  }
}

/** Request headers the API reads. Browsers send them cross-origin only when listed. */
const ALLOWED_HEADERS = [
  'Authorization',
  'X-Store-Id',
  'Accept',
  'Content-Type',
  'If-Match',
  'Idempotency-Key',
];

/** Headers added to every response, so that pages on any origin can call the stand-in. */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotent-Replayed',
};

/** Headers of the response to a CORS preflight (`OPTIONS`) request. */
export const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
  'Access-Control-Max-Age': '600',
};

/** Writes a reply with CORS headers and its body, if any, as UTF-8 JSON. */
export function sendReply(res: ServerResponse, reply: JsonReply): void {
  const headers: Record<string, string> = { ...CORS_HEADERS, ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }

  const text = JSON.stringify(reply.body);
  headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  res.writeHead(reply.status, headers);
  res.end(text);
}

/** Maximum request body size. A mapping of a few dozen statuses takes a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole request body as UTF-8. Throws HttpError 413 past `MAX_BODY_BYTES`. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON request body. Throws HttpError 400 when it is empty or not valid JSON. */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/** Returns a single-valued request header, or undefined when it is missing or repeated. */
export function readHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}
