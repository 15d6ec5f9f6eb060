import type { PendingWrite } from '@/utils/messages/state';
import type { Outbox } from '@/utils/storage/outbox-record';

/** Describes the outbox for the UIs and the badge: sending, retrying or failed. */
export function pendingWrite(outbox: Outbox | null): PendingWrite | null {
  if (!outbox) return null;

  const { lastError } = outbox;
  return {
    state: stateOf(outbox),
    attempts: outbox.attempts,
    nextAttemptAt: outbox.status === 'failed' ? null : outbox.nextAttemptAt,
    saves: outbox.saves,
    error: lastError && {
      code: lastError.code,
      message: lastError.message,
      ...(lastError.fieldErrors && { fieldErrors: lastError.fieldErrors }),
    },
  };
}

function stateOf(outbox: Outbox): PendingWrite['state'] {
  switch (outbox.status) {
    case 'failed':
      return 'failed';
    case 'retrying':
      return 'retrying';
    case 'queued':
    case 'checking':
    case 'sending':
    case 'settling':
      return 'sending';
  }
}
