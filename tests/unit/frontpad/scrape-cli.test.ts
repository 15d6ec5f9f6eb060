import { execFile } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import ruCatalog from '@/public/_locales/ru/messages.json';

const PROJECT_ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = 'tests/fixtures/frontpad';

interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function runScrape(...args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
      ['dev/scrape.ts', ...args],
      { cwd: PROJECT_ROOT },
      (error, stdout, stderr) => {
        resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

describe('scrape on the stand-in page', async () => {
  const result = await runScrape('dev/frontpad/app.html');

  it('exits 0', () => {
    expect(result.exitCode).toBe(0);
  });

  it('prints one line', () => {
    expect(result.stdout.split('\n')).toEqual([expect.any(String), '']);
  });

  it('prints the statuses', () => {
    expect(
      JSON.parse(result.stdout).statuses.map((status: { code: number }) => status.code),
    ).toEqual([1, 13, 3, 12, 15, 4, 10, 11, 14]);
  });

  it('prints no warnings', () => {
    expect(JSON.parse(result.stdout).warnings).toEqual([]);
  });

  it('writes nothing to stderr', () => {
    expect(result.stderr).toBe('');
  });
});

describe('scrape on a windows-1251 page', async () => {
  const russian = await runScrape(`${FIXTURES}/windows-1251.html`);
  const english = await runScrape(`${FIXTURES}/windows-1251.html`, '--lang', 'en');

  it('decodes names', () => {
    expect(JSON.parse(russian.stdout).statuses).toEqual([
      { code: 1, name: 'Новый' },
      { code: 15, name: 'Передан курьеру' },
    ]);
  });

  it('describes warnings in Russian', () => {
    expect(JSON.parse(russian.stdout).warnings).toEqual([
      'Строка 3 («Отменен»): код API 1 уже встречался выше, строка пропущена. Сделайте коды уникальными в справочнике статусов Frontpad.',
    ]);
  });

  it('describes warnings in English', () => {
    expect(JSON.parse(english.stdout).warnings).toEqual([
      "Row 3 (“Отменен”): API code 1 already appears above, so the row was left out. Make the codes unique in Frontpad's status list.",
    ]);
  });
});

describe('scrape failures', () => {
  it('exits 1 without a statuses table', async () => {
    const result = await runScrape(`${FIXTURES}/no-statuses-table.html`);

    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe(ruCatalog.errorNoStatusesTable.message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on a missing file', async () => {
    const result = await runScrape('missing-page.html');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Failed to read the page "missing-page.html"');
    expect(result.stderr).toContain('ENOENT');
  });

  it('exits 2 on a directory', async () => {
    const result = await runScrape(FIXTURES);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('EISDIR');
  });

  it('exits 2 without arguments', async () => {
    const result = await runScrape();

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Usage: npm run scrape -- PAGE.html');
  });

  it('exits 2 on an unknown language', async () => {
    const result = await runScrape('dev/frontpad/app.html', '--lang', 'de');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('invalid --lang "de"');
  });
});
