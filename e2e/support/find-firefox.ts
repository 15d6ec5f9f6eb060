import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Returns the Firefox executable for tests: `FIREFOX_PATH` when set, else Debian's package. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`FIREFOX_PATH=${fromEnv} is not an executable file. Point it at Firefox.`);
    }
    return fromEnv;
  }

  const found = CANDIDATES.find(isExecutable);
  if (found) return found;

  throw new Error(
    `No Firefox found at ${CANDIDATES.join(', ')}. Install Debian's package ` +
      '(apt-get install firefox-esr firefox-esr-l10n-ru) or set FIREFOX_PATH to a Firefox executable.',
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
