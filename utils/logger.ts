/**
 * Console logger with a prefix. Debug lines are printed only when `setDebug(true)` was called
 * (the options page's debug switch); warnings and errors always are. Callers must not pass
 * the Zenky token or order data. As a second line of defence, every value registered with
 * `hideInLogs` is replaced by `[redacted]` in strings, errors and objects before printing.
 */
let debugEnabled = false;

const PREFIX = '[zenky-frontpad]';
const REDACTED = '[redacted]';

/** Values shorter than this are too common to be replaced safely. */
const MIN_SECRET_LENGTH = 6;

const secrets = new Set<string>();

export function setDebug(enabled: boolean): void {
  debugEnabled = enabled;
}

/** Registers a secret, such as the Zenky token, that no log line may contain. */
export function hideInLogs(secret: string): void {
  if (secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
}

function redactText(text: string): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  return result;
}

function containsSecret(text: string): boolean {
  return [...secrets].some((secret) => text.includes(secret));
}

/** Returns the argument, or a copy with every registered secret replaced. */
function redact(arg: unknown): unknown {
  if (secrets.size === 0) return arg;
  if (typeof arg === 'string') return redactText(arg);

  if (arg instanceof Error) {
    const text = `${arg.message}\n${arg.stack ?? ''}\n${String(arg.cause ?? '')}`;
    if (!containsSecret(text)) return arg;

    const copy = new Error(redactText(arg.message));
    copy.name = arg.name;
    copy.stack = redactText(arg.stack ?? '');
    return copy;
  }

  if (typeof arg === 'object' && arg !== null) {
    let json: string;
    try {
      json = JSON.stringify(arg);
    } catch {
      return '[unserializable object]';
    }
    return containsSecret(json) ? redactText(json) : arg;
  }

  return arg;
}

export const logger = {
  debug: (...args: unknown[]) => {
    if (debugEnabled) console.debug(PREFIX, ...args.map(redact));
  },
  info: (...args: unknown[]) => {
    if (debugEnabled) console.info(PREFIX, ...args.map(redact));
  },
  warn: (...args: unknown[]) => console.warn(PREFIX, ...args.map(redact)),
  error: (...args: unknown[]) => console.error(PREFIX, ...args.map(redact)),
};
