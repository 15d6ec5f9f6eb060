import { describe, expect, it } from 'vitest';

import type { Outbox, OutboxStatus } from '@/utils/storage/outbox-record';
import { pendingWrite } from '@/utils/sync/pending-write';

const AT = '2026-12-04T12:00:00.000Z';

function outbox(status: OutboxStatus, fields: Partial<Outbox> = {}): Outbox {
  return {
    items: [],
    idempotencyKey: 'key',
    baseRevision: 3,
    baseItems: null,
    status,
    saves: 2,
    attempts: 1,
    createdAt: AT,
    updatedAt: AT,
    nextAttemptAt: AT,
    retryAfterUntil: null,
    lastSentAt: null,
    sentUnconfirmed: false,
    superseded: [],
    readFirst: false,
    lastError: null,
    ...fields,
  };
}

describe('pendingWrite', () => {
  it('is null without a write', () => {
    expect(pendingWrite(null)).toBeNull();
  });

  const states: [OutboxStatus, string][] = [
    ['queued', 'sending'],
    ['checking', 'sending'],
    ['sending', 'sending'],
    ['settling', 'sending'],
    ['retrying', 'retrying'],
    ['failed', 'failed'],
  ];

  it.each(states)('%s shows as %s', (status, state) => {
    expect(pendingWrite(outbox(status))?.state).toBe(state);
  });

  it('shows the next retry', () => {
    expect(pendingWrite(outbox('retrying'))?.nextAttemptAt).toBe(AT);
  });

  it('a failed write has no next attempt', () => {
    expect(pendingWrite(outbox('failed'))?.nextAttemptAt).toBeNull();
  });

  it('keeps the field errors', () => {
    const fieldErrors = { 'items.0.order_status_id': ['Unknown status.'] };
    const lastError = { code: 'validation', message: 'Zenky rejected it', fieldErrors };

    expect(pendingWrite(outbox('failed', { lastError }))?.error).toEqual(lastError);
  });

  it('counts the collapsed saves', () => {
    expect(pendingWrite(outbox('queued'))?.saves).toBe(2);
  });
});
