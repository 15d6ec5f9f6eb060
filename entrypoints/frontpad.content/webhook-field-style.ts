/** Styles of the hint under «Webhook url»; its shadow root keeps them apart from Frontpad's. */
export const WEBHOOK_FIELD_CSS = `
:host { all: initial; display: block; margin: 6px 0 2px; }
.hint {
  box-sizing: border-box; padding: 8px 10px;
  font: 12px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1d2430; background: #f4f7fb; border: 1px solid #c9d1da;
  border-left: 4px solid #1f6feb; border-radius: 6px;
}
.hint.ok { border-left-color: #1b7f3b; background: #f1f9f3; }
.hint.warn { border-left-color: #c77700; background: #fff8ec; }
.title { margin: 0 0 4px; font-weight: 600; }
p { margin: 4px 0; }
.value {
  display: block; margin: 4px 0; padding: 3px 6px; border-radius: 4px;
  font-family: ui-monospace, Menlo, Consolas, monospace; background: rgba(0, 0, 0, 0.06);
  overflow-wrap: anywhere;
}
.reminder { font-weight: 600; color: #123e73; }
.note { color: #5f6b7a; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 6px; }
.actions:empty { display: none; }
button {
  font: inherit; padding: 4px 10px; border-radius: 5px; cursor: pointer;
  color: #1d2430; background: #ffffff; border: 1px solid #c9d1da;
}
button.primary { color: #ffffff; background: #1f6feb; border-color: #1f6feb; }
button.danger { color: #ffffff; background: #b3261e; border-color: #b3261e; }
button:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .hint { color: #e6e9ee; background: #1b1f24; border-color: #3a424c; border-left-color: #4c8dff; }
  .hint.ok { background: #16251b; border-left-color: #6fd08c; }
  .hint.warn { background: #2e2412; border-left-color: #ffb74d; }
  .reminder { color: #cfe3ff; }
  .note { color: #9aa5b1; }
  .value { background: rgba(255, 255, 255, 0.08); }
  button { color: #e6e9ee; background: #22282f; border-color: #3a424c; }
}
`;
