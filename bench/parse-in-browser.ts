import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

import { serveFolder } from '../e2e/support/static-server';

import { onHost, PLAIN_HOST } from './hosts';
import { summarize, type Summary } from './stats';

/** Parse time of one table size, per parse of the whole document, in milliseconds. */
export interface ParseTiming {
  rows: number;
  /** Parses timed together in one sample, so that a sample lasts well above the timer step. */
  parsesPerSample: number;
  timing: Summary;
}

const PAGE_ENTRY = resolve('bench/parse-page.ts');
const SAMPLES = 25;
const WARMUP_SAMPLES = 5;
// Rows parsed per sample: 100 rows are parsed 200 times per sample, 10,000 rows twice.
const ROWS_PER_SAMPLE = 20_000;

/**
 * Times `parseStatuses(document)` on statuses tables of each size, inside a page served from
 * 127.0.0.1 and opened as `PLAIN_HOST`. The parser and `parse-page.ts` are bundled for the
 * page with esbuild and minified, as in the build. Each table has the columns of Frontpad's
 * statuses table and is built in the page before the timing starts. Browsers coarsen
 * `performance.now()` to 100 µs on pages that are not cross-origin isolated, so several
 * parses are timed together and divided.
 */
export async function timeParseInBrowser(
  context: BrowserContext,
  tableSizes: readonly number[],
): Promise<ParseTiming[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zfa-bench-parse-'));
  await bundlePage(join(dir, 'parser.js'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="parser.js"></script>');
  const server = await serveFolder(dir);
  const page = await context.newPage();

  try {
    // Served under PLAIN_HOST, so that the content script does not read the tables too.
    await page.goto(onHost(`${server.baseUrl}/index.html`, PLAIN_HOST));
    const timings: ParseTiming[] = [];

    for (const rows of tableSizes) {
      const parsesPerSample = Math.max(1, Math.round(ROWS_PER_SAMPLE / rows));
      const options = { rows, parsesPerSample, samples: SAMPLES, warmupSamples: WARMUP_SAMPLES };
      const run = await page.evaluate((pageOptions) => window.runParseBench(pageOptions), options);
      if (run.statuses !== rows) {
        throw new Error(`The parser read ${run.statuses} statuses from a table of ${rows} rows`);
      }

      timings.push({ rows, parsesPerSample, timing: summarize(run.samples) });
    }

    return timings;
  } finally {
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bundlePage(outfile: string): Promise<void> {
  await build({
    entryPoints: [PAGE_ENTRY],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'error',
  });
}
