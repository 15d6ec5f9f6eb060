/**
 * Parses a `Retry-After` header, either delay-seconds or an HTTP date, into whole seconds
 * from `now`. Returns undefined for a missing or invalid header and 0 for a past date.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  if (header === null) {
    return undefined;
  }
  const value = header.trim();

  if (/^\d+$/.test(value)) {
    return Number(value);
  }

  const date = Date.parse(value);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((date - now) / 1000));
}
