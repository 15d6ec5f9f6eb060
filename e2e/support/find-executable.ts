import { accessSync, constants } from 'node:fs';

export interface BrowserLookup {
  /** Name in error messages, such as «Chromium». */
  name: string;
  /** Environment variable that overrides the search. */
  variable: string;
  /** Paths tried in order. */
  candidates: string[];
  /** What to install or set when nothing is found. */
  installHint: string;
}

/**
 * Returns the browser named by the lookup's variable when it is set, else the first
 * executable candidate. Raises with the install hint when none is executable.
 */
export function findExecutable(lookup: BrowserLookup): string {
  const fromEnv = process.env[lookup.variable];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(
        `${lookup.variable}=${fromEnv} is not an executable file. Point it at ${lookup.name}.`,
      );
    }
    return fromEnv;
  }

  const found = lookup.candidates.find(isExecutable);
  if (found) return found;

  throw new Error(
    `No ${lookup.name} found at ${lookup.candidates.join(', ')}. ${lookup.installHint}`,
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
