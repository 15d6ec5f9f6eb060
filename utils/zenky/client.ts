import * as z from 'zod/mini';
import { buildApiUrl } from './api-url';
import { ZenkyError } from './errors';
import { formatRevisionEtag, parseRevisionEtag } from './etag';
import { sendZenkyRequest, type ZenkyConnection, type ZenkyTransport } from './request';
import {
  frontpadSettingsSchema,
  mappingSchema,
  orderStatusSchema,
  type FrontpadSettings,
  type Mapping,
  type MappingItem,
  type OrderStatus,
} from './schemas';

export type { ZenkyConnection } from './request';

/**
 * Paths of the Zenky API, relative to the base URL. Zenky has not published its Frontpad
 * exchange endpoints, so these are the extension's own contract, kept here in one place.
 */
export const ZENKY_API_PATHS = {
  orderStatuses: '/v2/order-statuses',
  frontpadSettings: '/v2/exchange/frontpad/settings',
  statusMapping: '/v2/exchange/frontpad/status-mapping',
} as const;

/** Default limit for one request, from sending it to reading the whole response body. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface ZenkyClientOptions {
  /** Replaces the global fetch, for tests. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The Zenky API calls the extension makes. Every method throws ZenkyError on failure. */
export interface ZenkyClient {
  /** Returns the store's order statuses. */
  listOrderStatuses(): Promise<OrderStatus[]>;
  /** Returns the store's Frontpad exchange settings. */
  getSettings(): Promise<FrontpadSettings>;
  /** Turns the status webhooks on or off and returns the settings after the change. */
  updateSettings(body: { status_webhooks_enabled: boolean }): Promise<FrontpadSettings>;
  /** Returns the current mapping, which has revision 0 before the first save. */
  getMapping(): Promise<Mapping>;
  /**
   * Replaces the mapping if its current revision is `baseRevision` and returns the new one.
   * Repeating the call with the same `idempotencyKey` and items returns the first result.
   * Throws a 'conflict' error, usually with `currentMapping`, when the revision has moved on.
   */
  putMapping(
    items: MappingItem[],
    options: { baseRevision: number; idempotencyKey: string },
  ): Promise<Mapping>;
}

/** Throws 'bad_response' when an `ETag` header is present but names another revision. */
function checkEtagAgrees(headers: Headers, mapping: Mapping, requestLabel: string): void {
  const etag = headers.get('ETag');
  if (etag === null) {
    return;
  }
  if (parseRevisionEtag(etag) !== mapping.revision) {
    throw new ZenkyError(
      'bad_response',
      `${requestLabel} returned ETag ${etag}, which disagrees with revision ${mapping.revision} in the body`,
    );
  }
}

/**
 * Creates a client for one store. Throws TypeError when `connection.baseUrl` is not an
 * absolute http(s) URL, so that a bad setting fails here and not on every request.
 */
export function createZenkyClient(
  connection: ZenkyConnection,
  options: ZenkyClientOptions = {},
): ZenkyClient {
  buildApiUrl(connection.baseUrl, '/');

  // Calling the global fetch as a method of another object throws "Illegal invocation" in
  // Chromium, so the default is wrapped in a plain function.
  const transport: ZenkyTransport = {
    connection,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };

  return {
    async listOrderStatuses() {
      const result = await sendZenkyRequest(transport, {
        method: 'GET',
        path: ZENKY_API_PATHS.orderStatuses,
        schema: z.array(orderStatusSchema),
      });
      return result.data;
    },

    async getSettings() {
      const result = await sendZenkyRequest(transport, {
        method: 'GET',
        path: ZENKY_API_PATHS.frontpadSettings,
        schema: frontpadSettingsSchema,
      });
      return result.data;
    },

    async updateSettings(body) {
      const result = await sendZenkyRequest(transport, {
        method: 'PATCH',
        path: ZENKY_API_PATHS.frontpadSettings,
        schema: frontpadSettingsSchema,
        body: { status_webhooks_enabled: body.status_webhooks_enabled },
      });
      return result.data;
    },

    async getMapping() {
      const result = await sendZenkyRequest(transport, {
        method: 'GET',
        path: ZENKY_API_PATHS.statusMapping,
        schema: mappingSchema,
      });
      checkEtagAgrees(result.headers, result.data, `GET ${ZENKY_API_PATHS.statusMapping}`);
      return result.data;
    },

    async putMapping(items, { baseRevision, idempotencyKey }) {
      const result = await sendZenkyRequest(transport, {
        method: 'PUT',
        path: ZENKY_API_PATHS.statusMapping,
        schema: mappingSchema,
        body: { items },
        headers: {
          'If-Match': formatRevisionEtag(baseRevision),
          'Idempotency-Key': idempotencyKey,
        },
      });
      checkEtagAgrees(result.headers, result.data, `PUT ${ZENKY_API_PATHS.statusMapping}`);
      return result.data;
    },
  };
}
