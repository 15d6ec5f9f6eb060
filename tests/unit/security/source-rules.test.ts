import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function listSources(): { file: string; text: string }[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => {
        const path = join(dir, file);
        return { file: path, text: readFileSync(join(ROOT, path), 'utf8') };
      }),
  );
}

/** Removes the text of string literals, so that a log message's words do not count as code. */
function withoutStrings(line: string): string {
  return line.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''");
}

/**
 * Lines of the extension's own source that match a pattern, as `file:line: text`. The pattern
 * is matched against the code only, with the text of string literals removed.
 */
function findLines(pattern: RegExp, skip: (file: string) => boolean = () => false): string[] {
  return listSources()
    .filter(({ file }) => !skip(file))
    .flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => pattern.test(withoutStrings(line)))
        .map(({ line, index }) => `${file}:${index + 1}: ${line.trim()}`),
    );
}

describe('extension source', () => {
  it('has files to check', () => {
    expect(listSources().length).toBeGreaterThan(50);
  });

  it('renders nothing as HTML', () => {
    const pattern =
      /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser/;

    expect(findLines(pattern)).toEqual([]);
  });

  it('prints only through the logger', () => {
    expect(findLines(/\bconsole\.\w+\(/, (file) => file === 'utils/logger.ts')).toEqual([]);
  });

  it('logs no token or connection', () => {
    expect(findLines(/logger\.\w+\([^)]*\b(token|connection)\b/i)).toEqual([]);
  });

  it('logs no order data', () => {
    expect(findLines(/logger\.\w+\([^)]*\b(order|phone|customer|address)\w*\b/i)).toEqual([]);
  });
});
