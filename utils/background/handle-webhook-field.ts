import type { WebhookFieldState } from '@/utils/frontpad/compare-webhook-url';
import type { ContentRequest } from '@/utils/messages/protocol';
import type { WebhookFieldInfo } from '@/utils/messages/webhook-field-info';
import { deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';

/** Content-script requests about Frontpad's «Webhook url» field. */
export type WebhookFieldRequest = Extract<
  ContentRequest,
  {
    type:
      | 'frontpad/get-webhook-url'
      | 'frontpad/webhook-field-seen'
      | 'frontpad/webhook-field-replaced';
  }
>;

/**
 * Records what the content script saw in or replaced in the «Webhook url» field, and returns
 * what it needs to compare and fill the field: Zenky's webhook URL, never the API token.
 */
export async function handleWebhookFieldRequest(
  request: WebhookFieldRequest,
  now: () => Date,
): Promise<WebhookFieldInfo> {
  switch (request.type) {
    case 'frontpad/get-webhook-url':
      break;

    case 'frontpad/webhook-field-seen':
      await recordFieldSeen(request.state, request.value, now());
      break;

    case 'frontpad/webhook-field-replaced':
      await writeRecord('webhookFieldPrevious', {
        value: request.previousValue,
        replacedAt: now().toISOString(),
      });
      break;
  }

  return loadWebhookFieldInfo();
}

/**
 * Stores the field as last seen. Another value than the one the operator ticked «Frontpad
 * restarted» for drops that tick, because the new value needs its own save and restart.
 */
async function recordFieldSeen(state: WebhookFieldState, value: string, at: Date): Promise<void> {
  const restart = await readRecord('frontpadRestart');
  if (restart && restart.fieldValue !== value) await deleteRecord('frontpadRestart');

  await writeRecord('webhookField', { state, value, seenAt: at.toISOString() });
}

async function loadWebhookFieldInfo(): Promise<WebhookFieldInfo> {
  const [connection, zenky, previous] = await Promise.all([
    readRecord('connection'),
    readRecord('zenky'),
    readRecord('webhookFieldPrevious'),
  ]);

  return {
    zenkyUrl: zenky?.settings?.webhook_url ?? null,
    webhooksEnabled: zenky?.settings?.status_webhooks_enabled ?? null,
    connected: connection !== null,
    previousValue: previous?.value ?? null,
  };
}
