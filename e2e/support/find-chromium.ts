import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Returns the Chromium executable for tests: `CHROMIUM_PATH` when set, else Debian's package.
 * Playwright's own browser downloads are not used, because they cannot be fetched here.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    assertExecutable(fromEnv, 'CHROMIUM_PATH');
    return fromEnv;
  }

  for (const candidate of CANDIDATES) {
    if (isExecutable(candidate)) return candidate;
  }

  throw new Error(
    `No Chromium found at ${CANDIDATES.join(', ')}. Install Debian's package ` +
      '(apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function assertExecutable(path: string, variable: string): void {
  if (!isExecutable(path)) {
    throw new Error(`${variable}=${path} is not an executable file. Point it at Chromium.`);
  }
}
