import { describeWarning } from '@/utils/frontpad/describe-warning';
import type { Translate } from '@/utils/i18n/catalog';
import type { AppState, ContentState } from '@/utils/messages/state';
import { summarizeMapping } from '@/utils/mapping/summary';
import { readRecord } from '@/utils/storage/kv';
import { pendingWrite } from '@/utils/sync/pending-write';

import { loadSetupFacts } from './load-setup-facts';

/** Collects what the popup and the options page show. The token is left out. */
export async function loadAppState(t: Translate): Promise<AppState> {
  const [connection, catalog, zenky, draft, remote, outbox, lastSync, conflict, notices] =
    await Promise.all([
      readRecord('connection'),
      readRecord('catalog'),
      readRecord('zenky'),
      readRecord('draft'),
      readRecord('remote'),
      readRecord('outbox'),
      readRecord('lastSync'),
      readRecord('conflict'),
      readRecord('notices'),
    ]);

  return {
    connection: {
      configured: connection !== null,
      baseUrl: connection?.baseUrl ?? null,
      storeId: connection?.storeId ?? null,
    },
    catalog: catalog && {
      statuses: catalog.statuses,
      warnings: catalog.warnings.map((warning) => describeWarning(warning, t)),
      readAt: catalog.readAt,
      manualCodes: catalog.manualCodes ?? [],
    },
    orderStatuses: zenky?.orderStatuses ?? [],
    settings: zenky?.settings ?? null,
    zenkyFetchedAt: zenky?.fetchedAt ?? null,
    draft: draft?.entries ?? {},
    remote: remote?.mapping ?? null,
    pending: pendingWrite(outbox),
    lastSync,
    conflict,
    firstMappingSyncAt: notices?.firstMappingSyncAt ?? null,
    setup: await loadSetupFacts(),
  };
}

/** Collects what the in-page control on Frontpad shows. */
export async function loadContentState(t: Translate): Promise<ContentState> {
  const [connection, catalog, zenky, lastSync, draft] = await Promise.all([
    readRecord('connection'),
    readRecord('catalog'),
    readRecord('zenky'),
    readRecord('lastSync'),
    readRecord('draft'),
  ]);
  const summary = summarizeMapping(catalog?.statuses ?? [], draft?.entries ?? {});

  return {
    statusCount: summary.read,
    mappedCount: summary.mapped,
    warnings: (catalog?.warnings ?? []).map((warning) => describeWarning(warning, t)),
    connected: connection !== null,
    webhooksEnabled: zenky?.settings?.status_webhooks_enabled ?? null,
    lastSync,
  };
}
