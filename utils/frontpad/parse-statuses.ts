import { findStatusesTable } from './find-statuses-table';
import { readStatusRows } from './read-status-rows';
import { StatusesTableNotFoundError } from './statuses-table-not-found-error';
import type { StatusesRead } from './types';

/**
 * Reads Frontpad order statuses from the statuses table under `root` («Справочники → Статусы»).
 * The table is recognised by its header or by a second column of integer codes, never by the
 * URL, and `<template>` contents are not searched. Works on any DOM (browser or happy-dom)
 * and reads only `textContent`, so it triggers no layout.
 * @throws StatusesTableNotFoundError when no table under `root` qualifies.
 */
export function parseStatuses(root: Document | Element | DocumentFragment): StatusesRead {
  const table = findStatusesTable([root]);
  if (!table) throw new StatusesTableNotFoundError();

  return readStatusRows(table);
}
