import { useEffect, useRef } from 'preact/hooks';

/** Performance mark of the popup's first render with the background's state. */
export const POPUP_DATA_MARK = 'zfa:popup-data-rendered';

/**
 * Adds the performance mark `name` once, after the first render with `ready` true. Preact runs
 * effects after the next animation frame, so the mark falls just after that render is painted.
 * `npm run bench` reads the mark to time the popup's first render with data.
 */
export function useRenderedMark(name: string, ready: boolean): void {
  const marked = useRef(false);

  useEffect(() => {
    if (!ready || marked.current) return;

    marked.current = true;
    performance.mark(name);
  }, [name, ready]);
}
