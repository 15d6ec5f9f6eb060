// The HTML standard encourages browsers to prescan only the first 1024 bytes for a charset.
const PRESCAN_BYTES = 1024;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes the bytes of a saved HTML page. The encoding comes from a byte order mark, else
 * from `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
 * first 1024 bytes (so a page saved as windows-1251 reads correctly), else UTF-8. A meta label
 * of UTF-16, or one that `TextDecoder` does not support, also falls back to UTF-8.
 */
export function decodeSavedPage(bytes: Uint8Array): string {
  return createDecoder(detectEncoding(bytes)).decode(bytes);
}

function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';

  // windows-1252 maps every byte to one character and keeps ASCII, which is all the regex needs.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1] ?? 'utf-8';

  // A page whose meta tag is readable as ASCII cannot be UTF-16, so browsers read it as UTF-8.
  return /^utf-?16/i.test(label) ? 'utf-8' : label;
}

function createDecoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch (error) {
    if (error instanceof RangeError) return new TextDecoder('utf-8');
    throw error;
  }
}
