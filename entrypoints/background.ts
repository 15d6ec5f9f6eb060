import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { dispatchMessage } from '@/utils/background/dispatch';
import { classifySender } from '@/utils/background/sender';
import { createSerialQueue } from '@/utils/background/serialize';
import { updateBadge } from '@/utils/background/badge';
import { t } from '@/utils/i18n/t';
import { logger } from '@/utils/logger';
import { runSync, type SyncDeps } from '@/utils/sync/run-sync';
import { createZenkyClient } from '@/utils/zenky/client';

const RETRY_ALARM = 'mapping-sync-retry';

export default defineBackground(() => {
  const enqueue = createSerialQueue();

  const syncDeps: SyncDeps = {
    createClient: (connection) => createZenkyClient(connection),
    scheduleRetry: async (at) => browser.alarms.create(RETRY_ALARM, { when: at.getTime() }),
    newIdempotencyKey: () => crypto.randomUUID(),
    now: () => new Date(),
    t,
  };

  const deps = {
    ...syncDeps,
    runSync: async () => {
      const result = await runSync(syncDeps);
      await updateBadge();
      return result;
    },
    onCatalogChanged: updateBadge,
    openOptions: () => browser.runtime.openOptionsPage(),
  };

  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin, __LOCAL_STANDINS__);
    return enqueue(async () => {
      const reply = await dispatchMessage(message, sender, kind, deps);
      await updateBadge().catch((error: unknown) => logger.error('Badge update failed', error));
      return reply;
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETRY_ALARM) return;

    logger.info('Retrying the pending mapping sync');
    void enqueue(deps.runSync);
  });

  void updateBadge().catch((error: unknown) => logger.error('Badge update failed', error));
});
