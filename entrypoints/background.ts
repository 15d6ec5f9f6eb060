import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { updateBadge } from '@/utils/background/badge';
import { dispatchMessage } from '@/utils/background/dispatch';
import { RETRY_ALARM, scheduleRetryAlarm } from '@/utils/background/retry-alarm';
import { classifySender } from '@/utils/background/sender';
import { createSerialQueue } from '@/utils/background/serialize';
import { changesPanelState, signalStateChanged } from '@/utils/background/state-signal';
import { t } from '@/utils/i18n/t';
import { logger } from '@/utils/logger';
import { flushOutbox, resumeAfterConnectionChange, resumeOutbox } from '@/utils/sync/flush-outbox';
import { loadTunedSyncConfig } from '@/utils/sync/load-tuned-config';
import { runSync } from '@/utils/sync/run-sync';
import type { SyncDeps } from '@/utils/sync/sync-deps';
import { createZenkyClient } from '@/utils/zenky/client';

// Duties: accept messages from the extension's pages and Frontpad tabs, keep the outbox of
// mapping writes moving with one alarm, and keep the toolbar badge current.
export default defineBackground(() => {
  const enqueue = createSerialQueue();

  const syncDeps: SyncDeps = {
    createClient: (connection, options) => createZenkyClient(connection, options),
    scheduleWake: scheduleRetryAlarm,
    newIdempotencyKey: () => crypto.randomUUID(),
    now: () => new Date(),
    t,
    // Builds for the stand-ins let the fault suite shorten the delays; production never reads it.
    loadConfig: __LOCAL_STANDINS__ ? loadTunedSyncConfig : undefined,
  };

  const refreshBadge = () =>
    updateBadge().catch((error: unknown) => logger.error('Badge update failed', error));
  const signalPanels = () =>
    signalStateChanged().catch((error: unknown) => logger.error('State signal failed', error));

  const deps = {
    ...syncDeps,
    runSync: () => runSync(syncDeps),
    resumeSync: async () => {
      await resumeAfterConnectionChange(syncDeps);
      await flushOutbox(syncDeps);
    },
    onCatalogChanged: updateBadge,
    openOptions: () => browser.runtime.openOptionsPage(),
  };

  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin, __LOCAL_STANDINS__);
    return enqueue(async () => {
      const reply = await dispatchMessage(message, sender, kind, deps);
      await refreshBadge();
      if (kind !== 'rejected' && changesPanelState(message)) await signalPanels();
      return reply;
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETRY_ALARM) return;

    logger.info('Resuming the mapping sync from its alarm');
    void enqueue(async () => {
      await flushOutbox(syncDeps).catch((error: unknown) =>
        logger.error('Mapping sync failed', error),
      );
      await refreshBadge();
      await signalPanels();
    });
  });

  // The service worker starts after a stop, a browser restart or an update: set the alarm
  // again from the stored outbox, because Chromium may have dropped it. The startup listener
  // makes the browser start the worker when it starts, so a pending write resumes without
  // the operator opening anything.
  const resume = () =>
    enqueue(async () => {
      await resumeOutbox(syncDeps).catch((error: unknown) =>
        logger.error('Resuming the mapping sync failed', error),
      );
      await refreshBadge();
    });
  browser.runtime.onStartup.addListener(() => void resume());
  void resume();
});
