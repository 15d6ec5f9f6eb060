import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { hideInLogs, logger, setDebug } from '@/utils/logger';
import { ZenkyError } from '@/utils/zenky/errors';

const SECRET = 'zk_logger_redaction_secret_91c2';

let printed: unknown[][] = [];

beforeEach(() => {
  printed = [];
  for (const method of ['debug', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
  }
  hideInLogs(SECRET);
  setDebug(true);
});

afterEach(() => {
  setDebug(false);
  vi.restoreAllMocks();
});

/** Everything printed, with errors as their stacks and objects as JSON. */
function printedText(): string {
  return printed
    .flat()
    .map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : JSON.stringify(arg)))
    .join('\n');
}

describe('logger redaction', () => {
  const cases: [string, unknown][] = [
    ['a string', `Bearer ${SECRET}`],
    ['an error message', new Error(`request with ${SECRET} failed`)],
    ['a Zenky error', new ZenkyError('unauthorized', `token ${SECRET} rejected`)],
    ['an object', { connection: { token: SECRET } }],
    ['an array', ['x', SECRET]],
  ];

  it.each(cases)('hides the secret in %s', (_name, arg) => {
    logger.error('failed', arg);
    logger.warn(arg);
    logger.info(arg);
    logger.debug(arg);

    expect(printedText()).not.toContain(SECRET);
  });

  it('marks where the secret was', () => {
    logger.error(`Bearer ${SECRET}`);

    expect(printedText()).toContain('[redacted]');
  });

  it('leaves other values as they are', () => {
    const error = new Error('plain failure');
    logger.error('failed', error, { code: 7 });

    expect(printed[0]).toEqual(['[zenky-frontpad]', 'failed', error, { code: 7 }]);
  });

  it('ignores short values', () => {
    hideInLogs('abc');
    logger.error('abc');

    expect(printedText()).toContain('abc');
  });
});
