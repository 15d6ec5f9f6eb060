import { MAX_NOTIFY_STATUSES, type MappingItem } from '../../utils/zenky/schemas';

export type MappingValidation =
  { ok: true; items: MappingItem[] } | { ok: false; errors: Record<string, string[]> };

type FieldErrors = Record<string, string[]>;

function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

function isFrontpadCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the fields of one item and returns it without extra fields when they are valid. */
function validateItem(
  raw: unknown,
  field: string,
  knownStatusIds: ReadonlySet<string>,
  errors: FieldErrors,
): MappingItem | undefined {
  if (!isRecord(raw)) {
    addError(errors, field, 'Each item must be an object.');
    return undefined;
  }
  const before = Object.keys(errors).length;
  const { frontpad_code: code, frontpad_name: name, order_status_id: statusId, notify } = raw;

  if (!isFrontpadCode(code)) {
    addError(errors, `${field}.frontpad_code`, 'The frontpad_code field must be an integer >= 0.');
  }
  if (typeof name !== 'string') {
    addError(errors, `${field}.frontpad_name`, 'The frontpad_name field must be a string.');
  }

  if (statusId !== null && typeof statusId !== 'string') {
    addError(
      errors,
      `${field}.order_status_id`,
      'The order_status_id field must be a string or null.',
    );
  } else if (typeof statusId === 'string' && !knownStatusIds.has(statusId)) {
    addError(
      errors,
      `${field}.order_status_id`,
      `Order status ${statusId} does not exist in this store.`,
    );
  }

  if (typeof notify !== 'boolean') {
    addError(errors, `${field}.notify`, 'The notify field must be true or false.');
  } else if (notify && statusId === null) {
    addError(errors, `${field}.notify`, 'An item with notify set must have an order_status_id.');
  }

  if (Object.keys(errors).length !== before) {
    return undefined;
  }
  return {
    frontpad_code: code as number,
    frontpad_name: name as string,
    order_status_id: statusId as string | null,
    notify: notify as boolean,
  };
}

/**
 * Validates a `PUT status-mapping` body against the rules Zenky enforces: codes are unique
 * integers >= 0, at most `MAX_NOTIFY_STATUSES` items have `notify`, a `notify` item has an
 * `order_status_id`, and every `order_status_id` is a status of the store. Errors are keyed
 * like `items.3.notify`, with list-wide problems under `items`.
 */
export function validateMappingBody(
  body: unknown,
  knownStatusIds: ReadonlySet<string>,
): MappingValidation {
  const errors: FieldErrors = {};
  const rawItems = isRecord(body) ? body.items : undefined;
  if (!Array.isArray(rawItems)) {
    const message =
      rawItems === undefined ? 'The items field is required.' : 'The items field must be an array.';
    return { ok: false, errors: { items: [message] } };
  }

  const items: MappingItem[] = [];
  const firstIndexOfCode = new Map<number, number>();
  rawItems.forEach((raw, index) => {
    const item = validateItem(raw, `items.${index}`, knownStatusIds, errors);
    if (item !== undefined) {
      items.push(item);
    }

    // Duplicates are reported even when another field of the item is invalid.
    const code = isRecord(raw) ? raw.frontpad_code : undefined;
    if (!isFrontpadCode(code)) {
      return;
    }
    const firstIndex = firstIndexOfCode.get(code);
    if (firstIndex === undefined) {
      firstIndexOfCode.set(code, index);
    } else {
      addError(
        errors,
        `items.${index}.frontpad_code`,
        `The frontpad_code ${code} is already used by items.${firstIndex}.`,
      );
    }
  });

  const notifyCount = rawItems.filter((raw) => isRecord(raw) && raw.notify === true).length;
  if (notifyCount > MAX_NOTIFY_STATUSES) {
    addError(
      errors,
      'items',
      `At most ${MAX_NOTIFY_STATUSES} items may have notify set, but ${notifyCount} do.`,
    );
  }

  return Object.keys(errors).length === 0 ? { ok: true, items } : { ok: false, errors };
}
