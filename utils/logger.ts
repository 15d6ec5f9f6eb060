/**
 * Console logger with a prefix. Debug lines are printed only when `setDebug(true)` was called
 * (the options page's debug switch); warnings and errors always are. Callers must not pass
 * the Zenky token or order data.
 */
let debugEnabled = false;

const PREFIX = '[zenky-frontpad]';

export function setDebug(enabled: boolean): void {
  debugEnabled = enabled;
}

export const logger = {
  debug: (...args: unknown[]) => {
    if (debugEnabled) console.debug(PREFIX, ...args);
  },
  info: (...args: unknown[]) => {
    if (debugEnabled) console.info(PREFIX, ...args);
  },
  warn: (...args: unknown[]) => console.warn(PREFIX, ...args),
  error: (...args: unknown[]) => console.error(PREFIX, ...args),
};
