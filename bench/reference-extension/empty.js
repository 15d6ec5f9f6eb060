// Empty on purpose: the benchmark times a page with this script injected, to separate what
// Chromium spends on any content script from what the extension's own script adds.
