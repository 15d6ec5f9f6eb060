import { HttpError, parseJsonBody, type JsonReply } from '../http-helpers';
import type { FaultAction, FaultTiming } from '../faults';
import { listRevisions } from '../mapping-store';
import type { RequestContext } from '../router';

// Inspection and fault-injection endpoints for tests and the demo. They need no token and
// exist only on this stand-in server.

const DEFAULT_LOG_LIMIT = 20;
const MAX_LOG_LIMIT = 200;
const MAX_FAULT_DELAY_MS = 120_000;

/** `GET /dev/orders/:frontpadOrderId`: the order with that Frontpad id and its Zenky status. */
export function getOrder(ctx: RequestContext): JsonReply {
  const frontpadOrderId = Number(ctx.params.frontpadOrderId);
  const row = ctx.db
    .prepare(
      'SELECT orders.store_id, orders.frontpad_order_id, orders.updated_at, ' +
        'order_statuses.id AS status_id, order_statuses.name, order_statuses.kind ' +
        'FROM orders JOIN order_statuses ON order_statuses.id = orders.order_status_id ' +
        'WHERE orders.frontpad_order_id = ? ORDER BY orders.store_id LIMIT 1',
    )
    .get(frontpadOrderId) as
    | {
        store_id: string;
        frontpad_order_id: number;
        updated_at: string;
        status_id: string;
        name: string | null;
        kind: string;
      }
    | undefined;
  if (row === undefined) {
    throw new HttpError(404, `No order has Frontpad order id ${ctx.params.frontpadOrderId}.`);
  }

  return {
    status: 200,
    body: {
      data: {
        store_id: row.store_id,
        frontpad_order_id: row.frontpad_order_id,
        updated_at: row.updated_at,
        status: { id: row.status_id, name: row.name, kind: row.kind },
      },
    },
  };
}

/** `GET /dev/webhook-log?limit=N`: the newest webhook log entries first. */
export function getWebhookLog(ctx: RequestContext): JsonReply {
  const requested = Number(ctx.url.searchParams.get('limit') ?? DEFAULT_LOG_LIMIT);
  const limit = Number.isSafeInteger(requested)
    ? Math.min(Math.max(requested, 1), MAX_LOG_LIMIT)
    : DEFAULT_LOG_LIMIT;
  const entries = ctx.db.prepare('SELECT * FROM webhook_log ORDER BY id DESC LIMIT ?').all(limit);
  return { status: 200, body: { data: entries } };
}

/** `GET /dev/mapping-revisions?store_id=…`: every saved mapping revision, oldest first. */
export function getMappingRevisions(ctx: RequestContext): JsonReply {
  const storeId = ctx.url.searchParams.get('store_id') ?? undefined;
  return { status: 200, body: { data: listRevisions(ctx.db, storeId) } };
}

function readOptionalInteger(
  body: Record<string, unknown>,
  field: string,
  min: number,
  max: number,
): number | undefined {
  const value = body[field];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const message = `The ${field} field must be an integer from ${min} to ${max}.`;
    throw new HttpError(422, message, { errors: { [field]: [message] } });
  }
  return value;
}

function readOptionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value !== undefined && typeof value !== 'string') {
    const message = `The ${field} field must be a string.`;
    throw new HttpError(422, message, { errors: { [field]: [message] } });
  }
  return value;
}

function readOptionalBoolean(body: Record<string, unknown>, field: string): boolean {
  const value = body[field];
  if (value !== undefined && typeof value !== 'boolean') {
    const message = `The ${field} field must be true or false.`;
    throw new HttpError(422, message, { errors: { [field]: [message] } });
  }
  return value === true;
}

const FAULT_METHODS = ['GET', 'PUT', 'PATCH'];

/** Reads the action of a fault: at most one of `status`, `drop` and `malformed_json`. */
function readAction(fields: Record<string, unknown>, status: number | undefined): FaultAction {
  const drop = readOptionalBoolean(fields, 'drop');
  const malformed = readOptionalBoolean(fields, 'malformed_json');
  const chosen = [status !== undefined, drop, malformed].filter(Boolean).length;
  if (chosen > 1) {
    throw new HttpError(422, 'Give at most one of status, drop and malformed_json.');
  }

  if (status !== undefined) return 'status';
  if (drop) return 'drop';
  if (malformed) return 'malformed_json';
  return 'delay';
}

function readTiming(fields: Record<string, unknown>): FaultTiming {
  const when = readOptionalString(fields, 'when') ?? 'before';
  if (when !== 'before' && when !== 'after') {
    const message = 'The when field must be "before" or "after".';
    throw new HttpError(422, message, { errors: { when: [message] } });
  }
  return when;
}

function readMethod(fields: Record<string, unknown>): string | undefined {
  const method = readOptionalString(fields, 'method')?.toUpperCase();
  if (method !== undefined && !FAULT_METHODS.includes(method)) {
    const message = `The method field must be one of ${FAULT_METHODS.join(', ')}.`;
    throw new HttpError(422, message, { errors: { method: [message] } });
  }
  return method;
}

/**
 * `POST /dev/faults` with `{status?, retry_after?, drop?, malformed_json?, delay_ms?, when?,
 * path?, method?, times?}`: the next `times` (default 1) API requests under `path` with
 * `method` get the fault. Its action is one of `status` (with `Retry-After`), `drop` (the
 * connection is closed without a reply) and `malformed_json` (200 with a broken body), or
 * only `delay_ms`, which slows the request and then serves it. `when: "before"` (the
 * default) acts before the handler runs, `when: "after"` after it has stored a write.
 */
export async function addFault(ctx: RequestContext): Promise<JsonReply> {
  const body = parseJsonBody(await ctx.readBody());
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(422, 'The body must be a JSON object.');
  }
  const fields = body as Record<string, unknown>;

  const status = readOptionalInteger(fields, 'status', 400, 599);
  const delayMs = readOptionalInteger(fields, 'delay_ms', 0, MAX_FAULT_DELAY_MS);
  const action = readAction(fields, status);
  if (action === 'delay' && delayMs === undefined) {
    throw new HttpError(422, 'Give a status, drop, malformed_json or delay_ms.');
  }

  ctx.faults.add({
    action,
    when: readTiming(fields),
    status,
    delayMs,
    retryAfter: readOptionalString(fields, 'retry_after'),
    pathPrefix: readOptionalString(fields, 'path'),
    method: readMethod(fields),
    remaining: readOptionalInteger(fields, 'times', 1, 1000) ?? 1,
  });
  return { status: 201, body: { data: ctx.faults.list() } };
}

/** `GET /dev/faults`: the faults still to be played and those played since the start. */
export function listFaults(ctx: RequestContext): JsonReply {
  return {
    status: 200,
    body: { data: { pending: ctx.faults.list(), played: ctx.faults.played() } },
  };
}

/** `DELETE /dev/faults`: drops every fault not played yet. */
export function clearFaults(ctx: RequestContext): JsonReply {
  ctx.faults.clear();
  return { status: 204 };
}
