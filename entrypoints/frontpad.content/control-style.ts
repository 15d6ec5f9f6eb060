/** Styles of the in-page control; its shadow root keeps them apart from Frontpad's. */
export const CONTROL_CSS = `
:host { all: initial; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483646;
  width: 380px; box-sizing: border-box; padding: 12px 14px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1d2430; background: #ffffff; border: 1px solid #c9d1da; border-radius: 8px;
  box-shadow: 0 6px 20px rgba(0, 0, 0, 0.18);
}
.title { margin: 0 0 6px; font-size: 14px; }
.count { margin: 0 0 6px; font-weight: 600; }
.warnings { margin: 0 0 8px; padding-left: 18px; color: #7a4a00; }
.warnings:empty { display: none; }
.sync {
  font: inherit; padding: 6px 12px; border-radius: 6px; cursor: pointer;
  color: #ffffff; background: #1f6feb; border: 1px solid #1f6feb; white-space: nowrap;
}
.sync:disabled { opacity: 0.6; cursor: default; }
.actions { display: flex; gap: 12px; align-items: center; }
.link {
  font: inherit; padding: 0; border: 0; background: none; cursor: pointer;
  color: #1f6feb; text-decoration: underline;
}
.link:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
.sync:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
.result { margin: 8px 0 0; color: #5f6b7a; }
.result.ok { color: #1b7f3b; }
.result.error { color: #b3261e; }
.hints { margin: 6px 0 0; padding-left: 18px; color: #123e73; }
.hints:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { color: #e6e9ee; background: #1b1f24; border-color: #3a424c; }
  .warnings { color: #ffd591; }
  .result { color: #9aa5b1; }
  .result.ok { color: #6fd08c; }
  .result.error { color: #ff8a80; }
  .hints { color: #cfe3ff; }
  .link { color: #4c8dff; }
}
`;
