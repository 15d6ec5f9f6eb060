import { SIZE_BUDGETS, TIMING_BUDGETS, type SizeBudgetName } from './budgets';
import { formatKb, formatMs, formatRatio, SIZE_GROUP_LABELS } from './format';
import { table, type Row } from './markdown';
import type { BenchResults } from './results';

/** Returns the budgets as a Markdown table with each one's measured figure and verdict. */
export function budgetTable(results: BenchResults): string {
  const rows: Row[] = [];

  for (const name of Object.keys(SIZE_BUDGETS) as SizeBudgetName[]) {
    const measured = results.sizes.groups[name].gzip;
    const budget = SIZE_BUDGETS[name];
    rows.push([
      `${SIZE_GROUP_LABELS[name]}, gzip`,
      `≤ ${formatKb(budget)}`,
      formatKb(measured),
      verdict(measured, budget, formatKb),
    ]);
  }

  const parse1000 = results.parse.find((timing) => timing.rows === 1000);
  if (parse1000) {
    const budget = TIMING_BUDGETS.parse1000RowsMs;
    const measured = parse1000.timing.median;
    rows.push([
      'parsing 1,000 rows, median',
      `≤ ${formatMs(budget)}`,
      formatMs(measured),
      verdict(measured, budget, formatMs),
    ]);
  }

  const loadRatio = results.pageLoad.loadEvent.extensionRatio;
  rows.push([
    'page load with / without the extension, medians',
    `≤ ${formatRatio(TIMING_BUDGETS.pageLoadRatio)}`,
    formatRatio(loadRatio),
    verdict(loadRatio, TIMING_BUDGETS.pageLoadRatio, formatRatio),
  ]);

  const popupMs = results.popup.popup.median;
  rows.push([
    'popup to first render with data, median',
    `≤ ${formatMs(TIMING_BUDGETS.popupFirstRenderMs)}`,
    formatMs(popupMs),
    verdict(popupMs, TIMING_BUDGETS.popupFirstRenderMs, formatMs),
  ]);

  return table(['figure', 'budget', 'measured', 'verdict'], rows);
}

/**
 * Returns a paragraph for each missed timing budget, with the figures of the same run that
 * show how much of the time the extension's own code adds, followed by a blank line.
 */
export function missedBudgetNotes(results: BenchResults): string[] {
  const notes: string[] = [];
  const load = results.pageLoad.loadEvent;

  if (load.extensionRatio > TIMING_BUDGETS.pageLoadRatio) {
    const ownShare = load.extensionRatio / load.emptyScriptRatio - 1;
    notes.push(
      `**Page load.** The page loads ${formatRatio(load.extensionRatio)} times as long with ` +
        `the extension and ${formatRatio(load.emptyScriptRatio)} times as long with an empty ` +
        "content script of another extension, so the extension's own script adds " +
        `${formatPercent(ownShare)} to what any content script costs. In traces of Chromium ` +
        "156, `document_idle` content scripts ran before this page's `load` event, so the " +
        'work of injecting any content script counts in its load time.',
    );
  }

  const popup = results.popup;
  if (popup.popup.median > TIMING_BUDGETS.popupFirstRenderMs) {
    notes.push(
      `**Popup.** An empty page of the extension takes ${formatMs(popup.emptyPage.median)} to ` +
        'its first paint in the same run, so the popup adds ' +
        `${formatMs(popup.popup.median - popup.emptyPage.median)} to what opening any ` +
        'extension page costs on this machine. The time of both follows the load average above.',
    );
  }

  return notes.flatMap((note) => [note, '']);
}

function formatPercent(share: number): string {
  return `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(1)} %`;
}

function verdict(measured: number, budget: number, format: (value: number) => string): string {
  if (measured <= budget) return 'met';

  const percent = ((measured / budget - 1) * 100).toFixed(0);
  return `**missed** by ${format(measured - budget)} (${percent} %)`;
}
