import { findStatusesTable } from './find-statuses-table';
import { readStatusRows } from './read-status-rows';
import { StatusesTableNotFoundError } from './statuses-table-not-found-error';
import type { StatusesRead } from './types';

/**
 * Reads Frontpad order statuses from a page saved to disk. The document's own tables are
 * searched first. Only when none qualifies are the contents of its `<template>` elements
 * searched (nested templates included), because the stand-in Frontpad page keeps sections
 * that are not open in templates. The content script must use `parseStatuses` instead, so
 * that a section the operator has not opened is never read.
 * @throws StatusesTableNotFoundError when neither the document nor a template has one.
 */
export function parseSavedPage(document: Document): StatusesRead {
  const table = findStatusesTable([document]) ?? findStatusesTable(templateContents(document));
  if (!table) throw new StatusesTableNotFoundError();

  return readStatusRows(table);
}

function templateContents(root: ParentNode): DocumentFragment[] {
  const contents: DocumentFragment[] = [];
  const pending: ParentNode[] = [root];

  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const template of next.querySelectorAll('template')) {
      contents.push(template.content);
      pending.push(template.content);
    }
  }

  return contents;
}
