import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import * as prettier from 'prettier';

import { LOCAL_CHROME_BUILD } from '../e2e/support/build-extension';
import { launchExtension } from '../e2e/support/launch-extension';
import { startStandIns } from '../e2e/support/stand-ins';

import { connectToStandIn } from './connect';
import { HOST_RESOLVER_RULES } from './hosts';
import { currentLoad, describeMachine } from './machine';
import { measureMemory } from './memory';
import { timePageLoad } from './page-load';
import { timeParseInBrowser } from './parse-in-browser';
import { timePopupRender } from './popup-render';
import { prepareBenchExtension } from './prepare-extension';
import { formatReport } from './report';
import { ServerLog } from './server-log';
import { measureBuild } from './sizes';
import { timeSync } from './sync-time';

const PRODUCTION_BUILD = '.output/chrome-mv3';
const REFERENCE_EXTENSION = resolve('bench/reference-extension');
const REPORT_FILE = resolve('BENCHMARKS.md');

const PARSE_TABLE_SIZES = [100, 1000, 10_000];
const PAGE_LOAD_VISITS = 40;
const SYNC_ROUNDS = 15;
const POPUP_VISITS = 30;
const MEMORY_VISITS = 3;

/**
 * Runs every benchmark on builds that bench/run.sh has just made, prints the report and writes
 * it to BENCHMARKS.md.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = currentLoad();
  const log = (line: string) => console.log(`bench: ${line}`);

  log(`measuring the files of ${PRODUCTION_BUILD}`);
  const sizes = measureBuild(PRODUCTION_BUILD);

  const extensionDir = prepareBenchExtension(LOCAL_CHROME_BUILD);
  const serverLog = new ServerLog();
  const standIns = await startStandIns(serverLog.push);
  // launchExtension passes the path to --load-extension and --disable-extensions-except,
  // which both take a comma-separated list. The reference extension has no service worker,
  // so the one launchExtension finds is the extension's.
  const extension = await launchExtension(`${extensionDir},${REFERENCE_EXTENSION}`, {
    extraArgs: [HOST_RESOLVER_RULES],
  });

  try {
    log(`parse time of ${PARSE_TABLE_SIZES.join(', ')} rows`);
    const parse = await timeParseInBrowser(extension.context, PARSE_TABLE_SIZES);

    log('connecting the extension to the Zenky stand-in');
    await connectToStandIn(extension, standIns);

    log(`page load, ${PAGE_LOAD_VISITS} visits with each content script and without`);
    const pageLoad = await timePageLoad(
      extension.context,
      standIns.frontpadAppUrl,
      PAGE_LOAD_VISITS,
    );

    log(`sync time, ${SYNC_ROUNDS + 1} syncs`);
    const sync = await timeSync(extension, standIns.frontpadAppUrl, serverLog, SYNC_ROUNDS);

    log(`popup, ${POPUP_VISITS} openings with an empty page in turn`);
    const popup = await timePopupRender(extension, POPUP_VISITS);

    log('memory of the page and of the background');
    const memory = await measureMemory(extension, standIns.frontpadAppUrl, MEMORY_VISITS);

    const chromium = extension.context.browser()?.version() ?? 'unknown';
    const machine = describeMachine(chromium, loadAtStart);
    const report = formatReport({
      machine,
      sizes,
      parse,
      pageLoad,
      popup,
      sync,
      syncRounds: SYNC_ROUNDS,
      memory,
      durationSeconds: (performance.now() - started) / 1000,
    });
    const config = (await prettier.resolveConfig(REPORT_FILE)) ?? {};
    const formatted = await prettier.format(report, { ...config, parser: 'markdown' });

    writeFileSync(REPORT_FILE, formatted);
    console.log(`\n${formatted}`);
    log(`written to ${REPORT_FILE}`);
  } finally {
    await extension.close();
    await standIns.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
