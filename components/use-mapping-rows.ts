import { useEffect, useState } from 'preact/hooks';

import type { DraftChange } from '@/utils/messages/protocol';
import type { AppState } from '@/utils/messages/state';

/** Source of a row's current value when it is not the saved draft. */
export type RowOrigin = 'suggested' | 'imported' | null;

export interface EditorRow extends DraftChange {
  origin: RowOrigin;
  notifyOrigin: RowOrigin;
}

/**
 * Holds the editor's rows: the saved draft for every status read from Frontpad, plus the
 * operator's unsaved edits. Rows are reset when the background's draft or catalog changes.
 */
export function useMappingRows(state: AppState) {
  const [rows, setRows] = useState<EditorRow[]>(() => rowsFromState(state));

  // Every reply of the background, also the reload on window focus, carries a new state
  // object, so the rows are reset only when the saved draft or the statuses read from Frontpad
  // actually changed. Otherwise the operator's unsaved edits would be lost.
  const savedKey = JSON.stringify([state.draft, state.catalog?.statuses]);
  useEffect(() => setRows(rowsFromState(state)), [savedKey]);

  // A sync, including a background retry that failed, drops only the «suggested» and
  // «imported» tags of rows whose values are now saved. Unsaved edits stay as they are.
  useEffect(() => {
    const saved = rowsFromState(state);
    setRows((current) =>
      current.map((row, index) => {
        const stored = saved[index];
        const same =
          stored?.order_status_id === row.order_status_id && stored?.notify === row.notify;
        return same ? { ...row, origin: null, notifyOrigin: null } : row;
      }),
    );
  }, [state.lastSync?.at]);

  function update(index: number, change: Partial<DraftChange>) {
    setRows((current) =>
      current.map((row, rowIndex) => {
        if (rowIndex !== index) return row;

        const next: EditorRow = { ...row, ...change };
        if ('order_status_id' in change) next.origin = null;
        if ('notify' in change) next.notifyOrigin = null;
        if (next.order_status_id === null) next.notify = false;
        return next;
      }),
    );
  }

  return {
    rows,
    setRows,
    update,
    reset: () => setRows(rowsFromState(state)),
    hasUnsaved: rows.some((row, index) => {
      const saved = rowsFromState(state)[index];
      return !saved || saved.order_status_id !== row.order_status_id || saved.notify !== row.notify;
    }),
  };
}

function rowsFromState(state: AppState): EditorRow[] {
  return (state.catalog?.statuses ?? []).map((status) => {
    const entry = state.draft[String(status.code)];
    return {
      frontpad_code: status.code,
      order_status_id: entry?.order_status_id ?? null,
      notify: entry?.notify ?? false,
      origin: null,
      notifyOrigin: null,
    };
  });
}
