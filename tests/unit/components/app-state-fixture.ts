import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { AppState } from '@/utils/messages/state';
import type { DraftEntry } from '@/utils/storage/records';
import type { Mapping, MappingItem, OrderStatus } from '@/utils/zenky/schemas';

/** Ids of the store's Zenky statuses, by kind. */
export const ZENKY_ID = {
  pending: '5e3d0000-0000-4000-8000-0000000a0001',
  submitted: '5e3d0000-0000-4000-8000-0000000a0002',
  packing: '5e3d0000-0000-4000-8000-0000000a0003',
  ready: '5e3d0000-0000-4000-8000-0000000a0004',
  delivering: '5e3d0000-0000-4000-8000-0000000a0005',
  delivered: '5e3d0000-0000-4000-8000-0000000a0006',
  completed: '5e3d0000-0000-4000-8000-0000000a0007',
  cancelled: '5e3d0000-0000-4000-8000-0000000a0008',
  custom: '5e3d0000-0000-4000-8000-0000000a0009',
} as const;

export const ZENKY_STATUSES: OrderStatus[] = [
  { id: ZENKY_ID.pending, name: 'Новый', kind: 'pending', sorting: 1 },
  { id: ZENKY_ID.submitted, name: 'Принят', kind: 'submitted', sorting: 2 },
  { id: ZENKY_ID.packing, name: 'Готовится', kind: 'packing', sorting: 3 },
  { id: ZENKY_ID.ready, name: 'Готов', kind: 'ready', sorting: 4 },
  { id: ZENKY_ID.delivering, name: 'В пути', kind: 'delivering', sorting: 5 },
  { id: ZENKY_ID.delivered, name: 'Доставлен', kind: 'delivered', sorting: 6 },
  { id: ZENKY_ID.completed, name: 'Выполнен', kind: 'completed', sorting: 7 },
  { id: ZENKY_ID.cancelled, name: 'Отменён', kind: 'cancelled', sorting: 8 },
  { id: ZENKY_ID.custom, name: 'На паузе', kind: 'custom', sorting: 9 },
];

/** A Frontpad account's statuses in page order. «Самовывоз» fits no Zenky kind. */
export const FRONTPAD_STATUSES: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 3, name: 'В производстве' },
  { code: 4, name: 'В пути' },
  { code: 10, name: 'Выполнен' },
  { code: 11, name: 'Отменен' },
  { code: 12, name: 'Произведен' },
  { code: 14, name: 'Самовывоз' },
];

export function mappingItem(
  code: number,
  name: string,
  statusId: string | null,
  notify = false,
): MappingItem {
  return { frontpad_code: code, frontpad_name: name, order_status_id: statusId, notify };
}

export function draftEntry(statusId: string | null, notify = false): DraftEntry {
  return { order_status_id: statusId, notify };
}

export function mapping(revision: number, items: MappingItem[]): Mapping {
  return { revision, updated_at: revision === 0 ? null : '2026-12-04T12:00:00.000Z', items };
}

/**
 * Builds the state of a connected store whose Frontpad statuses were read and whose mapping
 * was never saved; `overrides` replace whole fields.
 */
export function appState(overrides: Partial<AppState> = {}): AppState {
  return {
    connection: { configured: true, baseUrl: 'http://127.0.0.1:8787', storeId: 'store-1' },
    catalog: {
      statuses: FRONTPAD_STATUSES,
      warnings: [],
      readAt: '2026-12-04T11:00:00.000Z',
      manualCodes: [],
    },
    orderStatuses: ZENKY_STATUSES,
    settings: { status_webhooks_enabled: true, webhook_url: 'http://127.0.0.1:8787/api/token' },
    zenkyFetchedAt: '2026-12-04T11:00:00.000Z',
    draft: {},
    remote: mapping(0, []),
    pending: null,
    lastSync: null,
    conflict: null,
    firstMappingSyncAt: null,
    setup: {
      webhookField: null,
      previousWebhookUrl: null,
      frontpadRestart: null,
      oldExtensionNoticeDismissed: false,
    },
    ...overrides,
  };
}

/** Returns the catalog of `appState()` with other statuses. */
export function catalogOf(
  statuses: FrontpadStatus[],
  manualCodes: number[] = [],
): AppState['catalog'] {
  return { statuses, warnings: [], readAt: '2026-12-04T11:00:00.000Z', manualCodes };
}
