/** Formats a mapping revision as the strong entity tag Zenky sends in `ETag` and expects in `If-Match`. */
export function formatRevisionEtag(revision: number): string {
  return `"${revision}"`;
}

/**
 * Parses an entity tag such as `"3"` or `W/"3"` into a revision. Returns undefined when the
 * tag does not hold a non-negative integer.
 */
export function parseRevisionEtag(etag: string): number | undefined {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag.trim());
  if (match === null) {
    return undefined;
  }
  return Number(match[1]);
}
