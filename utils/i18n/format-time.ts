import { browser } from 'wxt/browser';

/** Formats an ISO time for the operator in the browser's UI language, date included. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;

  return date.toLocaleString(browser.i18n.getUILanguage(), {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
