/** The Markdown section of BENCHMARKS.md that describes how each figure is measured. */
export const METHOD = `- **Builds.** Sizes are of the production build \`.output/chrome-mv3\`. Every browser
  figure uses the production build for the stand-ins (\`ZFA_LOCAL_STANDINS=1 wxt build\`,
  \`.output/local/chrome-mv3\`), the only one whose content script runs on 127.0.0.1, copied
  with one added page, \`bench-empty.html\`, for the popup comparison.
- **Browser.** One headless Chromium started by \`e2e/support/launch-extension.ts\`, with the
  extension and \`bench/reference-extension\`, whose content script is empty. Chromium maps two
  \`.test\` host names to 127.0.0.1 (\`bench/hosts.ts\`), so the same stand-in page is opened
  with the extension's content script, with only the empty one, or with none, in one browser.
  All traffic goes to 127.0.0.1.
- **Initial JavaScript of the popup** is the module script of \`popup.html\` with every chunk
  it imports statically. The content script and the background are the files the manifest
  names.
- **Parse time**: \`parseStatuses(document)\` in a page without a content script, with the
  parser bundled and minified by esbuild (\`bench/parse-page.ts\`), on a table with the
  columns of Frontpad's statuses table. Browsers coarsen \`performance.now()\` to 100 µs on
  pages that are not cross-origin isolated (MDN, "DOMHighResTimeStamp"), so each sample times
  several parses and divides. Five samples warm the parser up first.
- **Page load**: \`app.html#spr/statuses\` of the Frontpad stand-in, a new document in the
  same tab for every visit of a variant. In traces of Chromium 156, \`document_idle\`
  content scripts ran before this page's \`load\` event, so the first figure includes
  injecting and running the content script. The second figure ends at the first animation
  frame after the page inserted the statuses table, 400 ms after loading, and includes the
  content script's mutation observer. After each visit the tab waits 500 ms, in which the
  content script reads the table, sends it to the background and shows its control.
- **Popup**: \`popup.html\` opened as a tab. Its figure is the performance mark
  \`zfa:popup-data-rendered\`, which the popup adds after its first render with the
  background's state has been painted (\`components/use-rendered-mark.ts\`). The empty
  page's figure is its first contentful paint.
- **Sync**: before each sync a status row is added to the page's table, so the mapping
  changes and the background writes it. The click time is read in the page and the storing
  time is when the stand-in logs \`PUT /v2/exchange/frontpad/status-mapping 200\`, both
  from the machine's wall clock.
- **Memory**: DevTools protocol \`HeapProfiler.collectGarbage\` and \`Runtime.getHeapUsage\`,
  on the page's target and on the service worker's target.
- **Noise.** Other programs on the machine slow every figure down; the load average above
  says how busy it was. The ratios compare figures taken in turn in the same run, so they
  vary less than the times. Timings are not checked by tests. CI checks only the sizes
  (\`npm run check:sizes\`).
`;
