import { resolve } from 'node:path';

import { runOperatorFlow } from '../e2e/flows/operator-flow';
import { buildLocalExtension } from '../e2e/support/build-extension';
import { launchExtension } from '../e2e/support/launch-extension';
import { startStandIns } from '../e2e/support/stand-ins';

/**
 * The operator's whole job on the local stand-ins, in headless Chromium. Prints each step,
 * names the screenshot folder, and ends with a one-line JSON summary.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`demo: ${line}`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const screenshotDir = resolve('artifacts', `demo-${stamp}`);

  log('Building the extension (production build with the 127.0.0.1 stand-ins)');
  const extensionPath = buildLocalExtension();

  const standIns = await startStandIns();
  log(
    `Zenky stand-in at ${standIns.zenky.baseUrl}, Frontpad stand-in at ${standIns.frontpadAppUrl}`,
  );

  const extension = await launchExtension(extensionPath);
  try {
    const result = await runOperatorFlow({
      extension,
      frontpadUrl: standIns.frontpadAppUrl,
      zenky: standIns.zenky,
      screenshotDir,
      log,
    });

    log(`Order 1000020 is now «${result.webhookOrderStatus}» in Zenky`);
    log(`Screenshots saved in ${screenshotDir}`);
    console.log(
      JSON.stringify({
        scraped: result.scraped,
        synced_revision: result.syncedRevision,
        webhook_order_status: result.webhookOrderStatus,
      }),
    );
  } finally {
    await extension.close();
    await standIns.close();
  }
}

main().catch((error: unknown) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
