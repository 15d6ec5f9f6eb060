import { readRecord, writeRecord } from '@/utils/storage/kv';
import type { Connection, Draft } from '@/utils/storage/records';
import type { ZenkyClient } from '@/utils/zenky/client';
import type { Mapping } from '@/utils/zenky/schemas';

/**
 * Fetches the store's order statuses, Frontpad settings and mapping, and stores them. A draft
 * without unsynced edits follows Zenky's newer mapping; a draft with edits keeps its base
 * revision, so that saving it later meets the 412 conflict check instead of overwriting.
 */
export async function refreshZenky(
  connection: Connection,
  createClient: (connection: Connection) => ZenkyClient,
  now: () => Date,
): Promise<void> {
  const client = createClient(connection);
  const [orderStatuses, settings, mapping] = await Promise.all([
    client.listOrderStatuses(),
    client.getSettings(),
    client.getMapping(),
  ]);

  const fetchedAt = now().toISOString();
  await writeRecord('zenky', { orderStatuses, settings, fetchedAt });

  const previous = (await readRecord('remote'))?.mapping ?? null;
  const draft = await readRecord('draft');
  await writeRecord('remote', { mapping, seenAt: fetchedAt });

  if (!draft || draftMatchesMapping(draft, previous)) {
    await writeRecord('draft', {
      entries: entriesOf(mapping),
      baseRevision: mapping.revision,
      updatedAt: fetchedAt,
    });
  }
}

function entriesOf(mapping: Mapping): Draft['entries'] {
  const entries: Draft['entries'] = {};
  for (const item of mapping.items) {
    entries[String(item.frontpad_code)] = {
      order_status_id: item.order_status_id,
      notify: item.notify,
    };
  }

  return entries;
}

/** Tells whether the draft contains nothing beyond the mapping it started from. */
function draftMatchesMapping(draft: Draft, mapping: Mapping | null): boolean {
  if (!mapping || draft.baseRevision !== mapping.revision) return false;

  const base = entriesOf(mapping);
  return Object.entries(draft.entries).every(([code, entry]) => {
    const original = base[code];
    if (!original) return entry.order_status_id === null && !entry.notify;
    return original.order_status_id === entry.order_status_id && original.notify === entry.notify;
  });
}
