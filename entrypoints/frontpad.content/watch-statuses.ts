import { parseStatuses } from '@/utils/frontpad/parse-statuses';
import { StatusesTableNotFoundError } from '@/utils/frontpad/statuses-table-not-found-error';
import { mutationsTouchTables } from '@/utils/frontpad/table-mutations';
import type { StatusesRead } from '@/utils/frontpad/types';

/** Frontpad re-renders a section in several steps; parse once the DOM has been quiet this long. */
const SETTLE_MS = 150;

interface Callbacks {
  onRead: (read: StatusesRead) => void;
  onGone: () => void;
}

/**
 * Watches the page for the statuses table to appear, change or go away. Frontpad loads
 * sections into the page after a delay without changing the URL, so the URL cannot tell.
 * Only mutations that touch a table start a new read, and those inside `ignore` (the
 * extension's own control) are skipped.
 */
export function watchStatuses(ignore: () => Node | null, callbacks: Callbacks): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSignature: string | null = null;

  const check = () => {
    timer = undefined;

    let read: StatusesRead;
    try {
      read = parseStatuses(document);
    } catch (error) {
      if (!(error instanceof StatusesTableNotFoundError)) throw error;

      if (lastSignature !== null) callbacks.onGone();
      lastSignature = null;
      return;
    }

    const signature = JSON.stringify(read);
    if (signature === lastSignature) return;

    lastSignature = signature;
    callbacks.onRead(read);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    if (mutationsTouchTables(records, ignore())) schedule();
  });

  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  schedule();

  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
