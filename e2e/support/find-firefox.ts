import { findExecutable } from './find-executable';

/** Returns the Firefox executable for tests: `FIREFOX_PATH` when set, else Debian's package. */
export function findFirefox(): string {
  return findExecutable({
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    installHint:
      "Install Debian's package (apt-get install firefox-esr firefox-esr-l10n-ru) or set " +
      'FIREFOX_PATH to a Firefox executable.',
  });
}
