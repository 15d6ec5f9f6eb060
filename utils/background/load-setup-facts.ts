import { readRecord } from '@/utils/storage/kv';
import type { SetupFacts } from '@/utils/setup/setup-facts';

/** Reads the stored facts of the webhook setup for the popup and the options page. */
export async function loadSetupFacts(): Promise<SetupFacts> {
  const [webhookField, previous, frontpadRestart, oldExtensionNotice] = await Promise.all([
    readRecord('webhookField'),
    readRecord('webhookFieldPrevious'),
    readRecord('frontpadRestart'),
    readRecord('oldExtensionNotice'),
  ]);

  return {
    webhookField,
    previousWebhookUrl: previous?.value ?? null,
    frontpadRestart,
    oldExtensionNoticeDismissed: oldExtensionNotice !== null,
  };
}
