import type { WebhookFieldState } from '@/utils/frontpad/compare-webhook-url';

/** The stored facts of the webhook setup that the popup and the options page show. */
export interface SetupFacts {
  /** The «Webhook url» field as the content script last saw it, or null before it has. */
  webhookField: { state: WebhookFieldState; value: string; seenAt: string } | null;
  /** The other service's URL that was replaced with Zenky's, so that it can be put back. */
  previousWebhookUrl: string | null;
  /** The operator's tick that Frontpad was restarted, with the field value it was given for. */
  frontpadRestart: { confirmedAt: string; fieldValue: string | null } | null;
  /** Whether the operator closed the popup's one-time notice about the old extension. */
  oldExtensionNoticeDismissed: boolean;
}
