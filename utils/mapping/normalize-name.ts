/**
 * Normalizes a status name for comparison: lowercase, «ё» as «е», punctuation dropped and
 * whitespace collapsed, so that «Отменён!» and «  отменен » compare equal.
 */
export function normalizeStatusName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
