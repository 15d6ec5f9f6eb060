/**
 * Runs tasks one after another. Sync, refresh and edits all read and write the same records,
 * so two clicks in a row must not interleave their requests.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();

  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
