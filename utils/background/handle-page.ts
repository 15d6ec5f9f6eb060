import type { Translate } from '@/utils/i18n/catalog';
import type { PageRequest } from '@/utils/messages/protocol';
import type { ReplyError } from '@/utils/messages/state';
import { addManualStatuses } from '@/utils/mapping/merge-catalog';
import { forgetStoreData, isOtherStore } from '@/utils/storage/forget-store';
import { readRecord, readSyncLog, writeRecord } from '@/utils/storage/kv';
import { connectionSchema, type Connection } from '@/utils/storage/records';
import { refreshZenky } from '@/utils/sync/refresh-zenky';
import { resolveConflict } from '@/utils/sync/resolve-conflict';
import type { SyncDeps } from '@/utils/sync/sync-deps';
import { ZenkyError } from '@/utils/zenky/errors';

import { loadAppState } from './app-state';
import { describeZenkyError } from './describe-error';
import { handleSetupRequest } from './handle-setup';

export interface PageHandlerDeps extends SyncDeps {
  runSync: () => Promise<unknown>;
  /** Resumes a write stopped by the connection settings, and sends what is pending. */
  resumeSync: () => Promise<unknown>;
  onCatalogChanged: () => Promise<void>;
}

/** Thrown by a handler with an operator-facing error that the caller replies with. */
export class ReplyFailure extends Error {
  constructor(readonly reply: ReplyError) {
    super(reply.message);
  }
}

/** Carries out a request from the popup or the options page and returns its reply value. */
export async function handlePageRequest(
  request: PageRequest,
  deps: PageHandlerDeps,
): Promise<unknown> {
  const { t } = deps;

  switch (request.type) {
    case 'state/get':
      return loadAppState(t);

    case 'connection/get':
      return readRecord('connection');

    case 'connection/test': {
      const connection = parseConnection(request, t);
      return testConnection(connection, deps);
    }

    case 'connection/save': {
      const connection = parseConnection(request, t);
      if (isOtherStore(await readRecord('connection'), connection)) await forgetStoreData();
      await writeRecord('connection', connection);
      await deps.resumeSync();
      await withZenkyErrors(connection, t, () =>
        refreshZenky(connection, deps.createClient, deps.now),
      );
      return loadAppState(t);
    }

    case 'zenky/refresh': {
      const connection = await requireConnection(t);
      await withZenkyErrors(connection, t, () =>
        refreshZenky(connection, deps.createClient, deps.now),
      );
      return loadAppState(t);
    }

    case 'mapping/save-and-sync': {
      const draft = await readRecord('draft');
      const entries = { ...(draft?.entries ?? {}) };
      for (const change of request.changes) {
        entries[String(change.frontpad_code)] = {
          order_status_id: change.order_status_id,
          notify: change.notify,
        };
      }
      await writeRecord('draft', {
        entries,
        baseRevision: draft?.baseRevision ?? null,
        updatedAt: deps.now().toISOString(),
      });
      await deps.runSync();
      return loadAppState(t);
    }

    case 'sync/run':
      await deps.runSync();
      return loadAppState(t);

    case 'webhooks/set': {
      const connection = await requireConnection(t);
      const settings = await withZenkyErrors(connection, t, () =>
        deps.createClient(connection).updateSettings({
          status_webhooks_enabled: request.enabled,
        }),
      );
      const cache = await readRecord('zenky');
      await writeRecord('zenky', {
        orderStatuses: cache?.orderStatuses ?? [],
        settings,
        fetchedAt: deps.now().toISOString(),
      });
      return loadAppState(t);
    }

    case 'notices/dismiss-old-extension':
    case 'setup/set-frontpad-restarted':
      await handleSetupRequest(request, deps.now);
      return loadAppState(t);

    case 'conflict/resolve':
      await resolveConflict(request.keep, request.choices ?? {}, deps);
      return loadAppState(t);

    case 'catalog/add-manual': {
      const catalog = await readRecord('catalog');
      const merged = addManualStatuses(
        catalog?.statuses ?? [],
        catalog?.manualCodes ?? [],
        request.statuses,
      );
      if (merged.rejected.length > 0) {
        throw new ReplyFailure({
          code: 'manual_code_on_page',
          message: t('errorManualCodeOnPage', [merged.rejected.join(', ')]),
        });
      }

      await writeRecord('catalog', {
        statuses: merged.statuses,
        warnings: catalog?.warnings ?? [],
        manualCodes: merged.manualCodes,
        readAt: deps.now().toISOString(),
        pageUrl: catalog?.pageUrl ?? '',
      });
      await deps.onCatalogChanged();
      return loadAppState(t);
    }

    case 'history/get':
      return readSyncLog();
  }
}

function parseConnection(
  input: { baseUrl: string; storeId: string; token: string },
  t: Translate,
): Connection {
  const parsed = connectionSchema.safeParse({
    baseUrl: input.baseUrl.trim().replace(/\/+$/, ''),
    storeId: input.storeId,
    token: input.token,
  });
  if (parsed.success) return parsed.data;

  const field = String(parsed.error.issues[0]?.path[0] ?? 'baseUrl');
  const messages: Record<string, string> = {
    baseUrl: t('errorConnectionBaseUrl', [input.baseUrl]),
    storeId: t('errorConnectionStoreId'),
    token: t('errorConnectionToken'),
  };

  throw new ReplyFailure({
    code: 'invalid_connection',
    message: messages[field] ?? messages.baseUrl!,
    fieldErrors: { [field]: [messages[field] ?? ''] },
  });
}

async function requireConnection(t: Translate): Promise<Connection> {
  const connection = await readRecord('connection');
  if (connection) return connection;

  throw new ReplyFailure({ code: 'not_configured', message: t('errorNotConfigured') });
}

async function testConnection(connection: Connection, deps: PageHandlerDeps): Promise<string> {
  const client = deps.createClient(connection);
  const [orderStatuses, settings] = await withZenkyErrors(connection, deps.t, () =>
    Promise.all([client.listOrderStatuses(), client.getSettings()]),
  );

  const webhooks = settings.status_webhooks_enabled ? deps.t('stateOn') : deps.t('stateOff');
  return deps.t('connectionTestOk', [orderStatuses.length, webhooks]);
}

/** Runs a Zenky call and turns its failure into an operator-facing reply. */
async function withZenkyErrors<T>(
  connection: Connection,
  t: Translate,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ZenkyError) {
      throw new ReplyFailure(describeZenkyError(error, connection.baseUrl, t));
    }
    throw error;
  }
}
