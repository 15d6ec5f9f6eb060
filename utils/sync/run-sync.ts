import { describeMappingProblem, describeZenkyError } from '@/utils/background/describe-error';
import type { Translate } from '@/utils/i18n/catalog';
import {
  buildMappingItems,
  fillDraftFromRemote,
  sameMappingItems,
} from '@/utils/mapping/build-items';
import { diffMappings, summarizeDiff } from '@/utils/mapping/diff';
import { countMapped, countNotify, findMappingProblems } from '@/utils/mapping/rules';
import { appendSyncLog, deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';
import type { Connection, LastSync, PendingSync } from '@/utils/storage/records';
import type { ZenkyClient } from '@/utils/zenky/client';
import { isRetryable, ZenkyError } from '@/utils/zenky/errors';
import type { MappingItem } from '@/utils/zenky/schemas';

import { retryDelayMs } from './backoff';

export interface SyncDeps {
  createClient: (connection: Connection) => ZenkyClient;
  scheduleRetry: (at: Date) => Promise<void>;
  newIdempotencyKey: () => string;
  now: () => Date;
  t: Translate;
}

/**
 * Sends the operator's mapping of the statuses last read from Frontpad to Zenky and records
 * the outcome. The write is stored as pending, with its idempotency key, before the request
 * goes out; a retryable failure keeps it and schedules a retry, and a 412 is kept as a
 * conflict for the operator to resolve instead of being overwritten.
 */
export async function runSync(deps: SyncDeps): Promise<LastSync> {
  const { t } = deps;
  const connection = await readRecord('connection');
  if (!connection) return finish(deps, failure(deps, 'not_configured', t('errorNotConfigured')));

  const catalog = await readRecord('catalog');
  if (!catalog || catalog.statuses.length === 0) {
    return finish(deps, failure(deps, 'no_statuses', t('errorNoStatusesRead')));
  }

  const client = deps.createClient(connection);
  let items: MappingItem[] = [];

  try {
    const remote = await knownRemoteMapping(deps, client);
    const draft = await readRecord('draft');
    const entries = fillDraftFromRemote(draft?.entries ?? {}, remote.items);
    const baseRevision = draft?.baseRevision ?? remote.revision;
    await writeRecord('draft', {
      entries,
      baseRevision,
      updatedAt: draft?.updatedAt ?? deps.now().toISOString(),
    });

    items = buildMappingItems(catalog.statuses, entries);

    const knownIds = await knownStatusIds(deps, client);
    const problems = findMappingProblems(items, knownIds);
    if (problems.length > 0) {
      const text = problems.map((problem) => describeMappingProblem(problem, t)).join(' ');
      return finish(deps, failure(deps, 'invalid_mapping', text), items);
    }

    if (remote.revision === baseRevision && sameMappingItems(items, remote.items)) {
      await deleteRecord('pending');
      return finish(deps, success(deps, remote.revision, false, items), items);
    }

    const changes = summarizeDiff(diffMappings(remote.items, items));
    const pending = await preparePending(deps, items, baseRevision);
    const saved = await client.putMapping(items, {
      baseRevision: pending.baseRevision,
      idempotencyKey: pending.idempotencyKey,
    });

    await writeRecord('remote', { mapping: saved, seenAt: deps.now().toISOString() });
    await writeRecord('draft', {
      entries,
      baseRevision: saved.revision,
      updatedAt: deps.now().toISOString(),
    });
    await deleteRecord('pending');
    await deleteRecord('conflict');
    await markFirstMappingSync(deps);

    return finish(deps, success(deps, saved.revision, true, items), items, changes);
  } catch (error) {
    if (!(error instanceof ZenkyError)) throw error;

    return finish(deps, await handleZenkyError(deps, connection, error, items), items);
  }
}

async function knownRemoteMapping(deps: SyncDeps, client: ZenkyClient) {
  const stored = await readRecord('remote');
  if (stored) return stored.mapping;

  const mapping = await client.getMapping();
  await writeRecord('remote', { mapping, seenAt: deps.now().toISOString() });

  return mapping;
}

async function knownStatusIds(deps: SyncDeps, client: ZenkyClient): Promise<Set<string>> {
  const cache = await readRecord('zenky');
  if (cache && cache.orderStatuses.length > 0) {
    return new Set(cache.orderStatuses.map((status) => status.id));
  }

  const orderStatuses = await client.listOrderStatuses();
  await writeRecord('zenky', {
    orderStatuses,
    settings: cache?.settings ?? null,
    fetchedAt: deps.now().toISOString(),
  });

  return new Set(orderStatuses.map((status) => status.id));
}

/** Reuses the pending write when it carries the same rows, so a retry replays its key. */
async function preparePending(
  deps: SyncDeps,
  items: MappingItem[],
  baseRevision: number,
): Promise<PendingSync> {
  const existing = await readRecord('pending');
  if (
    existing &&
    existing.baseRevision === baseRevision &&
    sameMappingItems(existing.items, items)
  ) {
    return existing;
  }

  const pending: PendingSync = {
    items,
    idempotencyKey: deps.newIdempotencyKey(),
    baseRevision,
    createdAt: deps.now().toISOString(),
    attempts: 0,
    nextAttemptAt: null,
  };
  await writeRecord('pending', pending);

  return pending;
}

async function handleZenkyError(
  deps: SyncDeps,
  connection: Connection,
  error: ZenkyError,
  items: MappingItem[],
): Promise<LastSync> {
  const described = describeZenkyError(error, connection.baseUrl, deps.t);

  if (error.kind === 'conflict' && error.currentMapping) {
    await writeRecord('conflict', {
      theirs: error.currentMapping,
      mine: items,
      at: deps.now().toISOString(),
    });
    await deleteRecord('pending');
    return failure(deps, described.code, described.message);
  }

  const pending = await readRecord('pending');
  if (isRetryable(error) && pending) {
    const attempts = pending.attempts + 1;
    const delay = retryDelayMs(attempts, error.retryAfterSeconds);
    const nextAttempt = new Date(deps.now().getTime() + delay);
    await writeRecord('pending', {
      ...pending,
      attempts,
      nextAttemptAt: nextAttempt.toISOString(),
    });
    await deps.scheduleRetry(nextAttempt);

    const retryText = deps.t('syncWillRetry', [nextAttempt.toLocaleTimeString()]);
    return failure(deps, described.code, `${described.message} ${retryText}`);
  }

  if (!isRetryable(error)) await deleteRecord('pending');
  return failure(deps, described.code, described.message);
}

async function markFirstMappingSync(deps: SyncDeps): Promise<void> {
  const notices = await readRecord('notices');
  if (notices?.firstMappingSyncAt) return;

  await writeRecord('notices', { firstMappingSyncAt: deps.now().toISOString() });
}

function success(deps: SyncDeps, revision: number, changed: boolean, items: MappingItem[]) {
  const message = changed
    ? deps.t('syncDone', [revision, countMapped(items), items.length, countNotify(items)])
    : deps.t('syncNoChanges', [revision, countMapped(items), items.length]);

  return lastSync(deps, { ok: true, revision, changed, errorCode: null, message });
}

function failure(deps: SyncDeps, code: string, message: string): LastSync {
  return lastSync(deps, { ok: false, revision: null, changed: false, errorCode: code, message });
}

function lastSync(deps: SyncDeps, fields: Omit<LastSync, 'at'>): LastSync {
  return { at: deps.now().toISOString(), ...fields };
}

async function finish(
  deps: SyncDeps,
  result: LastSync,
  items: MappingItem[] = [],
  changes?: ReturnType<typeof summarizeDiff>,
): Promise<LastSync> {
  await writeRecord('lastSync', result);
  await appendSyncLog({
    at: result.at,
    ok: result.ok,
    revision: result.revision,
    errorCode: result.errorCode,
    itemCount: items.length,
    mappedCount: countMapped(items),
    notifyCount: countNotify(items),
    message: result.message,
    ...changes,
  });

  return result;
}
