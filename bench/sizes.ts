import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { SizeBudgetName } from './budgets';

/** Size of one built file, in bytes. */
export interface FileSize {
  /** Path inside the build folder, with forward slashes. */
  path: string;
  raw: number;
  gzip: number;
}

/** Files that one budget covers, and their summed sizes. */
export interface GroupSize {
  files: string[];
  raw: number;
  gzip: number;
}

export interface BuildSizes {
  dir: string;
  /** Every JavaScript, CSS and HTML file of the build, by path. */
  files: FileSize[];
  groups: Record<SizeBudgetName, GroupSize>;
}

interface Manifest {
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[] }[];
}

const MEASURED_EXTENSIONS = new Set(['.js', '.css', '.html']);

// Static imports in Vite's minified output: `import{a as b}from"./x.js"` and `import"./x.js"`.
// A dynamic `import("./x.js")` has a parenthesis and is left out, because it loads later.
const STATIC_IMPORT = /\b(?:from|import)\s*["']([^"']+\.js)["']/g;

// Scripts an HTML page loads at once: module scripts and the chunks Vite preloads for them.
const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const HTML_MODULEPRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;

/**
 * Measures a built extension folder (such as `.output/chrome-mv3`): the raw and gzip size of
 * each JavaScript, CSS and HTML file, and of the groups that the size budgets cover, which are
 * found from the manifest. A group's gzip size is the sum of its files' gzip sizes.
 */
export function measureBuild(dir: string): BuildSizes {
  const files = listFiles(dir)
    .filter((path) => MEASURED_EXTENSIONS.has(extname(path)))
    .map((path) => measureFile(dir, path))
    .sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(files.map((file) => [file.path, file]));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  const group = (entries: string[]): GroupSize => {
    const paths = withStaticImports(dir, entries);
    const sizes = paths.map((path) => byPath.get(path) ?? measureFile(dir, path));

    return {
      files: paths,
      raw: sizes.reduce((sum, size) => sum + size.raw, 0),
      gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
    };
  };

  const popupPage = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const contentScripts = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);

  return {
    dir,
    files,
    groups: {
      popupInitialJs: group(popupPage ? scriptsOfPage(dir, popupPage) : []),
      contentScript: group(contentScripts),
      background: group(background),
    },
  };
}

function measureFile(dir: string, path: string): FileSize {
  const content = readFileSync(join(dir, path));

  return { path, raw: content.length, gzip: gzipSync(content).length };
}

function listFiles(dir: string, under = ''): string[] {
  const paths: string[] = [];

  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) paths.push(...listFiles(dir, path));
    else paths.push(path);
  }

  return paths;
}

function scriptsOfPage(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const sources = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_MODULEPRELOAD)];

  return sources.map((match) => resolveBuildPath(page, match[1] as string));
}

/** Returns the entries and every file they import statically, each once, entries first. */
function withStaticImports(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolveBuildPath('', entry));

  for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);

    const code = readFileSync(join(dir, path), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      pending.push(resolveBuildPath(path, match[1] as string));
    }
  }

  return [...seen];
}

/** Resolves `reference` (absolute in the extension, such as `/chunks/a.js`, or relative). */
function resolveBuildPath(fromFile: string, reference: string): string {
  if (reference.startsWith('/')) return posix.normalize(reference.slice(1));

  return posix.normalize(posix.join(posix.dirname(fromFile), reference));
}
