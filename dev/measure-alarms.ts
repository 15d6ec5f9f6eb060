// Measures how Chromium fires short alarms of the unpacked extension and how fast an alarm
// starts a stopped service worker again. Run `npm run build:local` first, then
// `npx tsx dev/measure-alarms.ts`; it prints one JSON line per measurement.
import { buildLocalExtension } from '../e2e/support/build-extension';
import { launchExtension } from '../e2e/support/launch-extension';
import { controlServiceWorker } from '../e2e/support/service-worker-control';

/** Alarm requests to time, in the order they run, each right after the previous one fired. */
const REQUESTS = [
  { when: 100 },
  { when: 300 },
  { when: 500 },
  { when: 700 },
  { delayInMinutes: 0.005 },
  { delayInMinutes: 0.005 },
  { when: 1500 },
  { when: 2500 },
];

// Runs in the service worker; a string, because tsx would add helpers the worker lacks.
const TIME_ALARM = `async (request) => {
  const alarms = globalThis.chrome.alarms;
  const started = Date.now();
  const options = request.when ? { when: started + request.when } : request;
  return new Promise((resolve) => {
    function fired(alarm) {
      if (alarm.name !== 'measure') return;
      alarms.onAlarm.removeListener(fired);
      resolve(Date.now() - started);
    }
    alarms.onAlarm.addListener(fired);
    alarms.create('measure', options);
  });
}`;

async function main(): Promise<void> {
  const extension = await launchExtension(buildLocalExtension());
  try {
    const worker = extension.context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension has no running service worker');

    for (const request of REQUESTS) {
      const firedAfterMs = await worker.evaluate(`(${TIME_ALARM})(${JSON.stringify(request)})`);
      console.log(JSON.stringify({ request, firedAfterMs }));
    }

    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl('options.html'));
    const control = await controlServiceWorker(page, extension.extensionId);
    await page.evaluate(`globalThis.chrome.alarms.create('measure', { when: Date.now() + 1000 })`);
    await control.stop();
    const restartedAfterMs = await control.waitUntilRestarted(30_000);
    console.log(
      JSON.stringify({ stoppedWorker: 'alarm due 1 s after the stop', restartedAfterMs }),
    );
    await control.detach();
  } finally {
    await extension.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
