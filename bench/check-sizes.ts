import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { SIZE_BUDGETS, type SizeBudgetName } from './budgets';
import { formatKb, SIZE_GROUP_LABELS } from './format';
import { measureBuild } from './sizes';

/**
 * Checks the size budgets of a production build (default `.output/chrome-mv3`, made by
 * `npm run build`) and exits with status 1 when a group of files is over its budget.
 */
function main(): void {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`check-sizes: no manifest.json in ${dir}. Run npm run build first.`);
    process.exit(2);
  }

  const { groups } = measureBuild(dir);
  let failed = false;

  for (const name of Object.keys(SIZE_BUDGETS) as SizeBudgetName[]) {
    const group = groups[name];
    const budget = SIZE_BUDGETS[name];
    const label = SIZE_GROUP_LABELS[name];
    const files = `(${group.files.join(', ')})`;

    if (group.files.length === 0) {
      console.error(`check-sizes: FAIL ${label}: no files found through ${dir}/manifest.json`);
      failed = true;
    } else if (group.gzip > budget) {
      const over = formatKb(group.gzip - budget);
      console.error(
        `check-sizes: FAIL ${label} is ${formatKb(group.gzip)} gzip, ${over} over its budget ` +
          `of ${formatKb(budget)} ${files}`,
      );
      failed = true;
    } else {
      console.log(
        `check-sizes: ok   ${label} is ${formatKb(group.gzip)} gzip, budget ${formatKb(budget)} ` +
          files,
      );
    }
  }

  if (failed) {
    console.error(
      'check-sizes: the budgets are in bench/budgets.ts, and npm run bench lists every file',
    );
    process.exit(1);
  }
}

main();
