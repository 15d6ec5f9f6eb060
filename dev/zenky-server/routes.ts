import { ZENKY_API_PATHS } from '../../utils/zenky/client';
import type { Route } from './router';
import {
  addFault,
  clearFaults,
  getMappingRevisions,
  getOrder,
  getWebhookLog,
  listFaults,
} from './routes/dev';
import { listOrderStatuses } from './routes/order-statuses';
import { getSettings, patchSettings } from './routes/settings';
import { getStatusMapping, putStatusMapping } from './routes/status-mapping';
import { receiveWebhook } from './webhook';

/** Prefix of the Zenky API paths, the only paths that `POST /dev/faults` affects. */
export const API_PATH_PREFIX = '/v2/';

/** Prefix of the Frontpad webhook path, whose next segment is the secret webhook token. */
export const WEBHOOK_PATH_PREFIX = '/api/';

export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: ZENKY_API_PATHS.orderStatuses, handler: listOrderStatuses },
  { method: 'GET', pattern: ZENKY_API_PATHS.frontpadSettings, handler: getSettings },
  { method: 'PATCH', pattern: ZENKY_API_PATHS.frontpadSettings, handler: patchSettings },
  { method: 'GET', pattern: ZENKY_API_PATHS.statusMapping, handler: getStatusMapping },
  { method: 'PUT', pattern: ZENKY_API_PATHS.statusMapping, handler: putStatusMapping },
  { method: 'POST', pattern: `${WEBHOOK_PATH_PREFIX}:token`, handler: receiveWebhook },
  { method: 'GET', pattern: '/dev/orders/:frontpadOrderId', handler: getOrder },
  { method: 'GET', pattern: '/dev/webhook-log', handler: getWebhookLog },
  { method: 'GET', pattern: '/dev/mapping-revisions', handler: getMappingRevisions },
  { method: 'GET', pattern: '/dev/faults', handler: listFaults },
  { method: 'POST', pattern: '/dev/faults', handler: addFault },
  { method: 'DELETE', pattern: '/dev/faults', handler: clearFaults },
];
