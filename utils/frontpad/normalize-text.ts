/**
 * Trims a cell's text and collapses every run of whitespace (spaces, tabs, line breaks,
 * non-breaking spaces U+00A0 and the other characters of the regex class `\s`) to one space.
 */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `maxLength` UTF-16 code units without splitting a surrogate pair,
 * so that it fits a schema's `maxLength`.
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;

  const end = isHighSurrogate(text.charCodeAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}

function isHighSurrogate(charCode: number): boolean {
  return charCode >= 0xd800 && charCode <= 0xdbff;
}
