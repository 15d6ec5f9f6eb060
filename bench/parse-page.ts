// Runs inside the benchmark page, bundled with the parser by esbuild (see parse-in-browser.ts).
import { parseStatuses } from '../utils/frontpad/parse-statuses';

export interface ParsePageOptions {
  rows: number;
  parsesPerSample: number;
  samples: number;
  warmupSamples: number;
}

export interface ParsePageRun {
  /** Milliseconds per parse, one value per sample. */
  samples: number[];
  /** Statuses the last parse read, to check that the table was recognised. */
  statuses: number;
}

declare global {
  interface Window {
    runParseBench: (options: ParsePageOptions) => ParsePageRun;
  }
}

/** Builds a statuses table of `options.rows` rows, warms the parser up, then times it. */
function runParseBench(options: ParsePageOptions): ParsePageRun {
  document.body.innerHTML = statusesPage(options.rows);
  void document.body.offsetHeight;

  const samples: number[] = [];
  let statuses = 0;

  for (let sample = 0; sample < options.warmupSamples + options.samples; sample++) {
    const start = performance.now();
    for (let parse = 0; parse < options.parsesPerSample; parse++) {
      statuses = parseStatuses(document).statuses.length;
    }
    const elapsed = performance.now() - start;

    if (sample >= options.warmupSamples) samples.push(elapsed / options.parsesPerSample);
  }

  document.body.replaceChildren();
  return { samples, statuses };
}

/** Returns a section with the columns of Frontpad's statuses table, as the stand-in has them. */
function statusesPage(rowCount: number): string {
  const rows: string[] = [];

  for (let code = 1; code <= rowCount; code++) {
    rows.push(
      `<tr id="st_${code}"><td>Статус ${code}</td><td>${code}</td>` +
        '<td><div class="color" style="background:#c8e6c9"></div></td>' +
        '<td>Да</td><td><span class="edit">✎</span></td></tr>',
    );
  }

  const header =
    '<tr class="head"><td>Название</td><td>Код API</td><td>Цвет</td><td>Отображать</td>' +
    '<td></td></tr>';

  return `<h1>Статусы</h1><table class="list" id="statuses">${header}${rows.join('')}</table>`;
}

window.runParseBench = runParseBench;
