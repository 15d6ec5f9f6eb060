/** A Frontpad webhook as Frontpad sends it, with its numbers parsed. */
export interface FrontpadWebhook {
  action: string;
  orderId: number;
  /** Frontpad status code the order moved to. */
  status: number;
  datetime?: string;
}

export type ParsedWebhook = { ok: true; webhook: FrontpadWebhook } | { ok: false; reason: string };

/** Reads a field as an integer >= 0, also from the digit strings of form bodies. */
function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    return value;
  }
  if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim())) {
    return Number(value.trim());
  }
  return undefined;
}

function readFields(text: string, contentType: string): Record<string, unknown> | undefined {
  const isForm = contentType.includes('application/x-www-form-urlencoded');
  const isJson = contentType.includes('json');
  if (isForm || (!isJson && !text.trimStart().startsWith('{'))) {
    return Object.fromEntries(new URLSearchParams(text));
  }

  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses the body of Frontpad's status webhook, such as
 * `{"action":"change_status","order_id":1000020,"status":10,"datetime":"2026-12-04 15:30:00"}`.
 * Accepts JSON and form encoding, chosen by Content-Type or, without one, by the first character.
 */
export function parseWebhookBody(text: string, contentType: string | undefined): ParsedWebhook {
  const fields = readFields(text, contentType?.toLowerCase() ?? '');
  if (fields === undefined) {
    return { ok: false, reason: 'The body is not a JSON object.' };
  }

  const { action, order_id: rawOrderId, status: rawStatus, datetime } = fields;
  if (typeof action !== 'string' || action === '') {
    return { ok: false, reason: 'The action field is missing.' };
  }
  const orderId = readInteger(rawOrderId);
  if (orderId === undefined) {
    return {
      ok: false,
      reason: `The order_id field is not an integer: ${JSON.stringify(rawOrderId)}.`,
    };
  }
  const status = readInteger(rawStatus);
  if (status === undefined) {
    return {
      ok: false,
      reason: `The status field is not an integer: ${JSON.stringify(rawStatus)}.`,
    };
  }

  return {
    ok: true,
    webhook: {
      action,
      orderId,
      status,
      datetime: typeof datetime === 'string' ? datetime : undefined,
    },
  };
}
