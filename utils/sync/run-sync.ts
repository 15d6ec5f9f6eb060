import { describeMappingProblem } from '@/utils/background/describe-error';
import { buildMappingItems, fillDraftFromRemote } from '@/utils/mapping/build-items';
import { findMappingProblems } from '@/utils/mapping/rules';
import { readRecord, writeRecord } from '@/utils/storage/kv';
import type { LastSync } from '@/utils/storage/records';

import { applyEffects } from './apply-effects';
import { flushOutbox, loadSyncConfig, storeOutbox } from './flush-outbox';
import { stepOutbox } from './outbox-machine';
import type { SyncDeps } from './sync-deps';
import { recordSyncResult, syncFailure } from './sync-result';

export type { SyncDeps } from './sync-deps';

/**
 * Saves the operator's mapping of the statuses last read from Frontpad to the outbox and
 * sends it to Zenky. Returns the outcome shown to the operator: the confirmed write, the failure,
 * or the scheduled retry.
 */
export async function runSync(deps: SyncDeps): Promise<LastSync> {
  const saved = await saveToOutbox(deps);
  if (saved) return saved;

  const flushed = await flushOutbox(deps);
  if (flushed) return flushed;

  // The write waits for the time Retry-After allows; the UIs show it from the outbox.
  return syncFailure(deps, 'pending', deps.t('syncPending'));
}

/**
 * Turns the draft into the pending write, before any request is made: one item per status
 * read from Frontpad, with Zenky's current choice for codes the draft does not decide.
 * Returns the outcome when nothing is to be sent (no connection, no statuses, a rule broken,
 * or Zenky already has this mapping), else null.
 */
export async function saveToOutbox(deps: SyncDeps): Promise<LastSync | null> {
  const { t } = deps;
  const connection = await readRecord('connection');
  if (!connection) {
    return recordSyncResult(syncFailure(deps, 'not_configured', t('errorNotConfigured')));
  }

  const catalog = await readRecord('catalog');
  if (!catalog || catalog.statuses.length === 0) {
    return recordSyncResult(syncFailure(deps, 'no_statuses', t('errorNoStatusesRead')));
  }

  const [remote, draft, zenky] = await Promise.all([
    readRecord('remote'),
    readRecord('draft'),
    readRecord('zenky'),
  ]);
  const remoteMapping = remote?.mapping ?? null;
  const entries = fillDraftFromRemote(draft?.entries ?? {}, remoteMapping?.items ?? []);
  const baseRevision = draft?.baseRevision ?? remoteMapping?.revision ?? null;
  await writeRecord('draft', {
    entries,
    baseRevision,
    updatedAt: draft?.updatedAt ?? deps.now().toISOString(),
  });

  const items = buildMappingItems(catalog.statuses, entries);

  // Without a cached list of Zenky's statuses the ids cannot be checked here; Zenky checks them.
  const knownIds = new Set(zenky?.orderStatuses.map((status) => status.id) ?? []);
  const problems = findMappingProblems(items, knownIds).filter(
    (problem) => problem.kind !== 'unknown_status' || knownIds.size > 0,
  );
  if (problems.length > 0) {
    const text = problems.map((problem) => describeMappingProblem(problem, t)).join(' ');
    return recordSyncResult(syncFailure(deps, 'invalid_mapping', text), items);
  }

  const config = await loadSyncConfig(deps);
  const outbox = await readRecord('outbox');
  const step = stepOutbox(
    outbox,
    {
      type: 'saved',
      items,
      baseRevision,
      remote: remoteMapping,
      newKey: deps.newIdempotencyKey(),
      now: deps.now().getTime(),
    },
    { config, random: deps.random ?? Math.random },
  );
  await storeOutbox(step.outbox, deps);

  return applyEffects(step.effects, deps, remoteMapping);
}
