import type { CDPSession, Page } from 'playwright-core';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

export interface ServiceWorkerControl {
  /** Stops the extension's service worker, as Chromium does when it is idle, and waits. */
  stop: () => Promise<void>;
  /** Waits until the worker runs again after the last `stop`; returns the time that took. */
  waitUntilRestarted: (timeoutMs: number) => Promise<number>;
  detach: () => Promise<void>;
}

/**
 * Controls the extension's service worker through the Chrome DevTools Protocol of one of
 * its pages. `ServiceWorker.stopAllWorkers` stops the workers of that page's storage
 * partition, which for an extension page is the extension's own. `workerVersionUpdated`
 * events report when the worker stops and when the browser starts it again.
 */
export async function controlServiceWorker(
  page: Page,
  extensionId: string,
): Promise<ServiceWorkerControl> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const scriptPrefix = `chrome-extension://${extensionId}/`;
  let status: WorkerVersion['runningStatus'] | null = null;
  let stoppedAt = 0;
  const listeners = new Set<() => void>();

  session.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(scriptPrefix)) continue;

      status = version.runningStatus;
      for (const listener of listeners) listener();
    }
  });
  await session.send('ServiceWorker.enable');

  const waitFor = (wanted: WorkerVersion['runningStatus'], timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (status !== wanted) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`The service worker was not ${wanted} within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });

  return {
    stop: async () => {
      await session.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped', 10_000);
      stoppedAt = Date.now();
    },
    waitUntilRestarted: async (timeoutMs) => {
      await waitFor('running', timeoutMs);
      return Date.now() - stoppedAt;
    },
    detach: () => session.detach(),
  };
}
