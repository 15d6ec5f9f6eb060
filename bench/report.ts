import { SIZE_BUDGETS, type SizeBudgetName } from './budgets';
import { formatKb, formatMb, formatMs, formatRatio, SIZE_GROUP_LABELS } from './format';
import type { MachineInfo } from './machine';
import { summaryCells, table, type Row } from './markdown';
import type { MemoryUse } from './memory';
import {
  PAGE_VARIANTS,
  type LoadComparison,
  type PageLoadTiming,
  type PageVariant,
} from './page-load';
import type { ParseTiming } from './parse-in-browser';
import type { PopupRenderTiming } from './popup-render';
import type { BuildSizes } from './sizes';
import { budgetTable, missedBudgetNotes } from './report-budgets';
import { METHOD } from './report-method';
import type { BenchResults } from './results';
import type { SyncTiming } from './sync-time';

/** Writes the results as Markdown: the budgets with verdicts first, then every figure. */
export function formatReport(results: BenchResults): string {
  return [
    '# Benchmarks',
    '',
    'Recorded by `npm run bench`, which builds the extension, runs `bench/main.ts` in headless ' +
      'Chromium and rewrites this file. The figures below come from one run, and the method of ' +
      'each is at the end.',
    '',
    '## Machine',
    '',
    machineTable(results.machine, results.durationSeconds),
    '',
    '## Budgets',
    '',
    budgetTable(results),
    '',
    ...missedBudgetNotes(results),
    '## Sizes',
    '',
    `Production build \`${results.sizes.dir}\` (\`npm run build\`). gzip is zlib's default ` +
      'level 6; 1 kB = 1000 bytes.',
    '',
    sizeTable(results.sizes),
    '',
    '## Parse time',
    '',
    parseTable(results.parse),
    '',
    '## Page load',
    '',
    pageLoadTable(results.pageLoad),
    '',
    '## Popup',
    '',
    popupTable(results.popup),
    '',
    '## Sync',
    '',
    syncTable(results.sync, results.syncRounds),
    '',
    '## Memory',
    '',
    memoryTable(results.memory),
    '',
    '## Method',
    '',
    METHOD,
  ].join('\n');
}

function machineTable(machine: MachineInfo, durationSeconds: number): string {
  return table(
    ['', ''],
    [
      ['CPU', `${machine.cpu}, ${machine.cores} cores available`],
      ['memory', `${machine.memoryGb} GB`],
      ['OS', machine.os],
      ['browser', `${machine.chromium}, headless`],
      ['Node.js', machine.node],
      ['network', machine.loopbackOnly ? 'loopback only (unshare -n)' : 'normal network'],
      [
        'load average (1 min)',
        `${machine.loadAverage.start.toFixed(2)} at the start, ` +
          `${machine.loadAverage.end.toFixed(2)} at the end`,
      ],
      ['date', machine.date],
      ['run time', `${Math.round(durationSeconds)} s`],
    ],
  );
}

function sizeTable(sizes: BuildSizes): string {
  const rows: Row[] = sizes.files.map((file) => [
    `\`${file.path}\``,
    formatKb(file.raw),
    formatKb(file.gzip),
  ]);

  for (const name of Object.keys(SIZE_BUDGETS) as SizeBudgetName[]) {
    const group = sizes.groups[name];
    rows.push([
      `**${SIZE_GROUP_LABELS[name]}** (${group.files.length} ${group.files.length === 1 ? 'file' : 'files'})`,
      formatKb(group.raw),
      formatKb(group.gzip),
    ]);
  }

  return table(['file', 'raw', 'gzip'], rows);
}

function parseTable(timings: ParseTiming[]): string {
  const rows = timings.map((timing) => [
    timing.rows.toLocaleString('en-US'),
    ...summaryCells(timing.timing),
    `${timing.timing.count} × ${timing.parsesPerSample}`,
  ]);

  return table(['rows', 'median', 'p25 – p75', 'min – max', 'samples × parses'], rows);
}

function pageLoadTable(timing: PageLoadTiming): string {
  const labels: Record<PageVariant, string> = {
    extension: 'with the extension (127.0.0.1)',
    emptyScript: 'with an empty content script',
    plain: 'without a content script',
  };
  const ratios = (comparison: LoadComparison): Record<PageVariant, string> => ({
    extension: formatRatio(comparison.extensionRatio),
    emptyScript: formatRatio(comparison.emptyScriptRatio),
    plain: '1',
  });
  const rows = (figure: string, comparison: LoadComparison): Row[] =>
    PAGE_VARIANTS.map((variant) => [
      `${figure}, ${labels[variant]}`,
      ...summaryCells(comparison.byVariant[variant]),
      ratios(comparison)[variant],
    ]);

  return [
    `${timing.visits} visits of each variant, taking turns in one browser. Times from ` +
      'navigation start; the ratio is to the median without a content script.',
    '',
    table(
      ['measured until', 'median', 'p25 – p75', 'min – max', 'ratio of medians'],
      [
        ...rows('`load` event end', timing.loadEvent),
        ...rows('statuses table shown', timing.statusesShown),
      ],
    ),
  ].join('\n');
}

function popupTable(timing: PopupRenderTiming): string {
  return [
    `${timing.visits} openings of each page, in alternation. Times from navigation start.`,
    '',
    table(
      ['page', 'median', 'p25 – p75', 'min – max', 'ratio of medians'],
      [
        ['popup, first render with data', ...summaryCells(timing.popup), formatRatio(timing.ratio)],
        ['empty extension page, first paint', ...summaryCells(timing.emptyPage), ''],
      ],
    ),
  ].join('\n');
}

function syncTable(sync: SyncTiming, rounds: number): string {
  return [
    `From the click on «Синхронизировать с Zenky» in the page to the mapping stored on the ` +
      `Zenky stand-in (loopback), ${rounds} syncs after a first one.`,
    '',
    table(
      ['sync', 'median', 'p25 – p75', 'min – max'],
      [
        ['first of the run', formatMs(sync.firstSync), '', ''],
        ['following', ...summaryCells(sync.timing)],
      ],
    ),
  ].join('\n');
}

function memoryTable(memory: MemoryUse): string {
  const page = (bytes: number) => {
    const added = bytes - memory.pageWithoutExtension;
    return `${formatMb(bytes)} (${added >= 0 ? '+' : '−'}${formatMb(Math.abs(added))})`;
  };

  return [
    'Used JavaScript heap after a garbage collection, in parentheses the difference to the ' +
      `page without a content script. Pages are the median of ${memory.visits} visits.`,
    '',
    table(
      ['what', 'used heap'],
      [
        ['Frontpad stand-in page with the extension', page(memory.pageWithExtension)],
        ['the same page with an empty content script', page(memory.pageWithEmptyScript)],
        ['the same page without a content script', formatMb(memory.pageWithoutExtension)],
        ['background service worker', formatMb(memory.background)],
      ],
    ),
  ].join('\n');
}
