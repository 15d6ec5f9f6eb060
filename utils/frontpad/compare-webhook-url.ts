/** Result of comparing the «Webhook url» field's value with Zenky's webhook URL. */
export const WEBHOOK_FIELD_STATES = ['empty', 'equal', 'foreign'] as const;

export type WebhookFieldState = (typeof WEBHOOK_FIELD_STATES)[number];

/** Maximum length of a «Webhook url» value that the extension sends and stores. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/**
 * Compares the value of Frontpad's «Webhook url» field with Zenky's webhook URL. Surrounding
 * spaces and the case of scheme and host are ignored; the path, which carries Zenky's secret
 * token, must match exactly, trailing slash included.
 */
export function compareWebhookUrl(fieldValue: string, zenkyUrl: string): WebhookFieldState {
  const value = fieldValue.trim();
  if (value === '') return 'empty';

  return canonicalUrl(value) === canonicalUrl(zenkyUrl) ? 'equal' : 'foreign';
}

function canonicalUrl(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}
