import { compareWebhookUrl, type WebhookFieldState } from '@/utils/frontpad/compare-webhook-url';
import { buildMappingItems, sameMappingItems } from '@/utils/mapping/build-items';
import { summarizeMapping } from '@/utils/mapping/summary';
import type { AppState } from '@/utils/messages/state';
import { MAX_NOTIFY_STATUSES } from '@/utils/zenky/limits';

/** State of the operator's mapping compared with Zenky's copy. */
export type MappingSyncState = 'no-statuses' | 'conflict' | 'pending' | 'unsynced' | 'synced';

/** The «Webhook url» field as last seen; 'unseen' until the content script reports it. */
export type FieldCheck = WebhookFieldState | 'unseen';

/** One step of the webhook setup, with the facts its text and action need. */
export type SetupItem =
  | { id: 'statuses-read'; done: boolean; count: number }
  | { id: 'all-mapped'; done: boolean; mapped: number; total: number }
  | { id: 'notify-marked'; done: boolean; count: number; max: number }
  | { id: 'mapping-synced'; done: boolean; sync: MappingSyncState; revision: number | null }
  | { id: 'webhooks-on'; done: boolean; enabled: boolean | null }
  | {
      id: 'url-in-frontpad';
      done: boolean;
      field: FieldCheck;
      value: string | null;
      seenAt: string | null;
    }
  | { id: 'frontpad-restarted'; done: boolean; canConfirm: boolean };

export type SetupItemId = SetupItem['id'];

/**
 * Computes the webhook setup checklist from the background's state. The steps are in the order
 * the operator works through them: statuses read, all mapped, one to five marked for webhooks,
 * mapping synced, webhooks on in Zenky, Zenky's URL in «Webhook url», Frontpad restarted.
 */
export function buildSetupChecklist(state: AppState): SetupItem[] {
  const statuses = state.catalog?.statuses ?? [];
  const summary = summarizeMapping(statuses, state.draft);
  const sync = mappingSyncState(state);
  const field = fieldCheck(state);
  const urlDone = field === 'equal';

  return [
    { id: 'statuses-read', done: statuses.length > 0, count: statuses.length },
    {
      id: 'all-mapped',
      done: statuses.length > 0 && summary.mapped === statuses.length,
      mapped: summary.mapped,
      total: statuses.length,
    },
    {
      id: 'notify-marked',
      done: summary.notify >= 1 && summary.notify <= MAX_NOTIFY_STATUSES,
      count: summary.notify,
      max: MAX_NOTIFY_STATUSES,
    },
    {
      id: 'mapping-synced',
      done: sync === 'synced',
      sync,
      revision: state.remote?.revision ?? null,
    },
    {
      id: 'webhooks-on',
      done: state.settings?.status_webhooks_enabled === true,
      enabled: state.settings?.status_webhooks_enabled ?? null,
    },
    {
      id: 'url-in-frontpad',
      done: urlDone,
      field,
      value: state.setup.webhookField?.value ?? null,
      seenAt: state.setup.webhookField?.seenAt ?? null,
    },
    {
      id: 'frontpad-restarted',
      done: urlDone && restartConfirmedForSeenValue(state),
      canConfirm: urlDone,
    },
  ];
}

function mappingSyncState(state: AppState): MappingSyncState {
  const statuses = state.catalog?.statuses ?? [];
  if (statuses.length === 0) return 'no-statuses';
  if (state.conflict) return 'conflict';
  if (state.pending) return 'pending';
  if (!state.remote) return 'unsynced';

  const items = buildMappingItems(statuses, state.draft);
  return sameMappingItems(items, state.remote.items) ? 'synced' : 'unsynced';
}

/**
 * Compares the field value last seen with Zenky's current URL, so that a URL changed in Zenky
 * since then counts as another service's. Without Zenky's settings the stored result is used.
 */
function fieldCheck(state: AppState): FieldCheck {
  const seen = state.setup.webhookField;
  if (!seen) return 'unseen';
  if (!state.settings) return seen.state;

  return compareWebhookUrl(seen.value, state.settings.webhook_url);
}

function restartConfirmedForSeenValue(state: AppState): boolean {
  const { frontpadRestart, webhookField } = state.setup;
  return (
    frontpadRestart !== null &&
    webhookField !== null &&
    frontpadRestart.fieldValue === webhookField.value
  );
}
