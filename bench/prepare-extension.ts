import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Extension page with a line of text and no script, to time opening an extension page. */
export const EMPTY_PAGE = 'bench-empty.html';

const EMPTY_PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Empty extension page</title>
  </head>
  <body>
    <p>Empty extension page of the benchmark.</p>
  </body>
</html>
`;

/**
 * Copies a built extension into a temporary folder and adds `EMPTY_PAGE`, so that the popup
 * can be compared with an empty page of the same extension origin while the build itself stays
 * as `wxt build` made it.
 */
export function prepareBenchExtension(buildDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfa-bench-extension-'));
  cpSync(buildDir, dir, { recursive: true });
  writeFileSync(join(dir, EMPTY_PAGE), EMPTY_PAGE_HTML);

  return dir;
}
