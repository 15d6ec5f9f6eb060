import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type TargetBrowser = 'chrome' | 'firefox';

/** Folder of the Chromium build that also runs on the 127.0.0.1 stand-ins. */
export const LOCAL_CHROME_BUILD = resolve('.output/local/chrome-mv3');

/** Folder of the Firefox build that also runs on the 127.0.0.1 stand-ins. */
export const LOCAL_FIREFOX_BUILD = resolve('.output/local/firefox-mv3');

/**
 * Makes a production build (`wxt build`, not the dev server) with the stand-in origins added.
 * `ZFA_SKIP_BUILD=1` reuses an existing build, for a test run right after `npm test` built it.
 */
export function buildLocalExtension(browser: TargetBrowser = 'chrome'): string {
  const outDir = browser === 'firefox' ? LOCAL_FIREFOX_BUILD : LOCAL_CHROME_BUILD;
  if (process.env.ZFA_SKIP_BUILD === '1' && existsSync(outDir)) {
    return outDir;
  }

  try {
    execFileSync('npx', ['wxt', 'build', '-b', browser], {
      stdio: 'pipe',
      env: { ...process.env, ZFA_LOCAL_STANDINS: '1' },
    });
  } catch (error) {
    const output = (error as { stdout?: Buffer; stderr?: Buffer }) ?? {};
    process.stderr.write(output.stdout ?? '');
    process.stderr.write(output.stderr ?? '');
    throw new Error(`wxt build -b ${browser} failed; its output is above`);
  }

  return outDir;
}
