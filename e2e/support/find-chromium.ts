import { findExecutable } from './find-executable';

/**
 * Returns the Chromium executable for tests: `CHROMIUM_PATH` when set, else Debian's package.
 * Playwright's own browser downloads are not used, because they cannot be fetched here.
 */
export function findChromium(): string {
  return findExecutable({
    name: 'Chromium',
    variable: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    installHint:
      "Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a " +
      'Chromium or Chrome executable.',
  });
}
