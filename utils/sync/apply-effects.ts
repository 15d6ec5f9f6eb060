import { diffMappings, summarizeDiff } from '@/utils/mapping/diff';
import { deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';
import type { LastSync } from '@/utils/storage/records';
import type { Mapping, MappingItem } from '@/utils/zenky/schemas';

import type { OutboxEffect } from './outbox-machine';
import { recordSyncResult, syncFailure, syncSuccess, type ResultDeps } from './sync-result';

/**
 * Carries out the storage effects of one outbox step and records the outcome it reaches.
 * `before` is Zenky's mapping as known before the step, for the list of changed codes.
 * Returns the recorded outcome, or null when the step reached none (a request is next).
 */
export async function applyEffects(
  effects: readonly OutboxEffect[],
  deps: ResultDeps,
  before: Mapping | null,
): Promise<LastSync | null> {
  let result: LastSync | null = null;

  for (const effect of effects) {
    switch (effect.type) {
      case 'get':
      case 'put':
        break;

      case 'remote':
        await writeRecord('remote', { mapping: effect.mapping, seenAt: deps.now().toISOString() });
        break;

      case 'rebased':
        await moveDraftBase(effect.mapping.revision, deps);
        break;

      case 'confirmed': {
        const { mapping, changed } = effect;
        await moveDraftBase(mapping.revision, deps);
        await deleteRecord('conflict');
        await markFirstMappingSync(deps);

        const changes = changed
          ? summarizeDiff(diffMappings(before?.items ?? [], mapping.items))
          : undefined;
        const success = syncSuccess(deps, mapping.revision, changed, mapping.items);
        result = await recordSyncResult(success, mapping.items, changes);
        break;
      }

      case 'unchanged': {
        const items = await currentItems(before, effect.revision);
        const success = syncSuccess(deps, effect.revision, false, items);
        result = await recordSyncResult(success, items);
        break;
      }

      case 'conflict': {
        const at = deps.now().toISOString();
        await writeRecord('conflict', { theirs: effect.theirs, mine: effect.mine, at });

        const message = deps.t('errorConflict', [effect.theirs.revision]);
        result = await recordSyncResult(syncFailure(deps, 'conflict', message), effect.mine);
        break;
      }

      case 'failed': {
        const { error, retryAt } = effect;
        const retry = retryAt === null ? '' : ` ${deps.t('syncWillRetry', [clockTime(retryAt)])}`;
        result = await recordSyncResult(syncFailure(deps, error.code, `${error.message}${retry}`));
        break;
      }
    }
  }

  return result;
}

/** Keeps the draft's edits and moves its base to the revision Zenky now has from us. */
async function moveDraftBase(revision: number, deps: ResultDeps): Promise<void> {
  const draft = await readRecord('draft');
  await writeRecord('draft', {
    entries: draft?.entries ?? {},
    baseRevision: revision,
    updatedAt: draft?.updatedAt ?? deps.now().toISOString(),
  });
}

async function markFirstMappingSync(deps: ResultDeps): Promise<void> {
  const notices = await readRecord('notices');
  if (notices?.firstMappingSyncAt) return;

  await writeRecord('notices', { firstMappingSyncAt: deps.now().toISOString() });
}

async function currentItems(before: Mapping | null, revision: number): Promise<MappingItem[]> {
  if (before?.revision === revision) return before.items;

  return (await readRecord('remote'))?.mapping.items ?? [];
}

/** Formats an ISO time as a local clock time, such as 14:05:09. */
function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString();
}
