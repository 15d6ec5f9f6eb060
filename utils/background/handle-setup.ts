import type { PageRequest } from '@/utils/messages/protocol';
import { deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';

/** Popup and options-page requests of the setup checklist and its notices. */
export type SetupRequest = Extract<
  PageRequest,
  { type: 'notices/dismiss-old-extension' | 'setup/set-frontpad-restarted' }
>;

/**
 * Remembers that the popup's notice about the old extension was closed, or sets and clears
 * the operator's tick that Frontpad was restarted. The tick is stored with the «Webhook url»
 * value last seen, so the checklist can tell when it no longer applies.
 */
export async function handleSetupRequest(request: SetupRequest, now: () => Date): Promise<void> {
  switch (request.type) {
    case 'notices/dismiss-old-extension':
      await writeRecord('oldExtensionNotice', { dismissedAt: now().toISOString() });
      return;

    case 'setup/set-frontpad-restarted': {
      if (!request.restarted) {
        await deleteRecord('frontpadRestart');
        return;
      }

      const field = await readRecord('webhookField');
      await writeRecord('frontpadRestart', {
        confirmedAt: now().toISOString(),
        fieldValue: field?.value ?? null,
      });
      return;
    }
  }
}
