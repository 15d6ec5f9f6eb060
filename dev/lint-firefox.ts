/**
 * Lints a Firefox build with web-ext (Mozilla's addons-linter, as addons.mozilla.org runs it).
 * Fails on every error and on every warning except those that a known dependency causes;
 * those are printed with their reason.
 *
 * Usage: npm run lint:firefox [-- BUILD_DIR]   (default .output/firefox-mv3)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import webExt from 'web-ext';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number | null;
  column?: number | null;
}

interface KnownDependencyWarning {
  code: string;
  dependency: string;
  reason: string;
  /** Recognizes the dependency's code around the flagged column. */
  matches: (snippet: string) => boolean;
  /** Checks the project's sources for a use that would make the warning the project's own. */
  usedByProject: () => boolean;
}

const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

const KNOWN_DEPENDENCY_WARNINGS: KnownDependencyWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    dependency: 'preact',
    reason:
      "Preact's renderer assigns innerHTML for the dangerouslySetInnerHTML prop, " +
      'which no source file of this project passes',
    matches: (snippet) => snippet.includes('__html') && snippet.includes('innerHTML'),
    usedByProject: () => sourcesContain('dangerouslySetInnerHTML'),
  },
];

/** Characters on each side of the flagged column that are searched for the dependency's code. */
const SNIPPET_RADIUS = 200;

async function lintFirefoxBuild(buildDir: string): Promise<boolean> {
  const result = (await webExt.cmd.lint(
    { sourceDir: buildDir, output: 'none' },
    { shouldExitProgram: false },
  )) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

  const ownWarnings: LintMessage[] = [];
  for (const warning of result.warnings) {
    const known = findKnownWarning(buildDir, warning);
    if (known) {
      console.log(
        `${format('dependency warning', warning)} (${known.dependency}: ${known.reason})`,
      );
    } else {
      ownWarnings.push(warning);
    }
  }

  for (const error of result.errors) console.log(format('error', error));
  for (const warning of ownWarnings) console.log(format('warning', warning));
  for (const notice of result.notices) console.log(format('notice', notice));

  const dependencyCount = result.warnings.length - ownWarnings.length;
  console.log(
    `web-ext lint ${buildDir}: ${result.errors.length} errors, ${ownWarnings.length} warnings ` +
      `from this project, ${dependencyCount} known dependency warnings, ` +
      `${result.notices.length} notices`,
  );

  return result.errors.length === 0 && ownWarnings.length === 0;
}

function findKnownWarning(buildDir: string, warning: LintMessage): KnownDependencyWarning | null {
  if (!warning.file || !warning.line || warning.column == null) return null;

  const lines = readFileSync(join(buildDir, warning.file), 'utf8').split('\n');
  const line = lines[warning.line - 1] ?? '';
  const snippet = line.slice(
    Math.max(0, warning.column - SNIPPET_RADIUS),
    warning.column + SNIPPET_RADIUS,
  );

  const known = KNOWN_DEPENDENCY_WARNINGS.find(
    (candidate) => candidate.code === warning.code && candidate.matches(snippet),
  );
  return known && !known.usedByProject() ? known : null;
}

function sourcesContain(text: string): boolean {
  return SOURCE_DIRS.some((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .some((file) => readFileSync(join(dir, file), 'utf8').includes(text)),
  );
}

function format(kind: string, message: LintMessage): string {
  const place = message.file
    ? ` ${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}`
    : '';
  return `${kind} ${message.code}${place}: ${message.message}`;
}

const buildDir = resolve(process.argv[2] ?? '.output/firefox-mv3');
if (!(await lintFirefoxBuild(buildDir))) process.exitCode = 1;
