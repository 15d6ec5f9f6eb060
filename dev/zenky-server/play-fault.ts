import { STATUS_CODES } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

import type { Fault } from './faults';
import { HttpError, type JsonReply } from './http-helpers';

/** Server action for a request: a reply, raw text, or a dropped connection. */
export type Outcome =
  | { kind: 'reply'; reply: JsonReply }
  | { kind: 'raw'; status: number; text: string }
  | { kind: 'drop' };

/** A 200 body cut off in the middle, as a proxy or a crashed server may leave it. */
export const MALFORMED_JSON_BODY = '{"data": {"revision": 7, "items": [';

/** Runs a route handler and turns an HttpError it throws into its reply. */
export async function replyOf(handler: () => JsonReply | Promise<JsonReply>): Promise<JsonReply> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof HttpError) return error.toReply();
    throw error;
  }
}

function faultOutcome(fault: Fault): Outcome {
  switch (fault.action) {
    case 'drop':
      return { kind: 'drop' };
    case 'malformed_json':
      return { kind: 'raw', status: 200, text: MALFORMED_JSON_BODY };
    case 'status':
    case 'delay': {
      const status = fault.status ?? 500;
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;

      const message = `${STATUS_CODES[status] ?? 'Error'} (fault injected by POST /dev/faults).`;
      return { kind: 'reply', reply: { status, body: { message }, headers } };
    }
  }
}

/**
 * Plays a fault around a request's handler. A `before` fault reads the body first, so that
 * the handler of a `delay` fault still gets it when the client has gone meanwhile, and then
 * acts without running the handler. An `after` fault runs the handler (which stores a write)
 * and then delays or replaces its reply.
 */
export async function playFault(
  fault: Fault,
  readBody: () => Promise<string>,
  handler: () => JsonReply | Promise<JsonReply>,
  closing: AbortSignal,
): Promise<Outcome> {
  const wait = async () => {
    if (fault.delayMs !== undefined) await delay(fault.delayMs, undefined, { signal: closing });
  };

  if (fault.when === 'before') {
    await readBody();
    await wait();
    if (fault.action === 'delay') return { kind: 'reply', reply: await replyOf(handler) };
    return faultOutcome(fault);
  }

  const reply = await replyOf(handler);
  await wait();
  if (fault.action === 'delay') return { kind: 'reply', reply };
  return faultOutcome(fault);
}
