/**
 * Reply to the content script's «Webhook url» requests. It carries Zenky's webhook URL from
 * the cached settings and never the API token.
 */
export interface WebhookFieldInfo {
  /** Zenky's webhook URL, or null until the Zenky settings have been loaded. */
  zenkyUrl: string | null;
  webhooksEnabled: boolean | null;
  connected: boolean;
  /** The other service's URL that the operator replaced with Zenky's, or null. */
  previousValue: string | null;
}
