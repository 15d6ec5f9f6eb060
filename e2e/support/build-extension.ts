import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Folder of the Chromium build that also runs on the 127.0.0.1 stand-ins. */
export const LOCAL_CHROME_BUILD = resolve('.output/local/chrome-mv3');

/**
 * Makes a production build (`wxt build`, not the dev server) with the stand-in origins added.
 * `ZFA_SKIP_BUILD=1` reuses an existing build, for a test run right after `npm test` built it.
 */
export function buildLocalExtension(): string {
  if (process.env.ZFA_SKIP_BUILD === '1' && existsSync(LOCAL_CHROME_BUILD)) {
    return LOCAL_CHROME_BUILD;
  }

  try {
    execFileSync('npx', ['wxt', 'build'], {
      stdio: 'pipe',
      env: { ...process.env, ZFA_LOCAL_STANDINS: '1' },
    });
  } catch (error) {
    const output = (error as { stdout?: Buffer; stderr?: Buffer }) ?? {};
    process.stderr.write(output.stdout ?? '');
    process.stderr.write(output.stderr ?? '');
    throw new Error('wxt build failed; its output is above');
  }

  return LOCAL_CHROME_BUILD;
}
