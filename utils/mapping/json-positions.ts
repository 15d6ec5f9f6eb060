/**
 * Maps each value of a JSON text to the line it starts on, by path (`items.2.notify`), so
 * that a validation error can name the line. The text must already have passed JSON.parse.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let index = 0;
  let line = 1;

  const skipWhitespace = () => {
    while (index < text.length && /\s/.test(text[index] ?? '')) {
      if (text[index] === '\n') line += 1;
      index += 1;
    }
  };

  const readString = (): string => {
    const start = index;
    index += 1;
    while (index < text.length && text[index] !== '"') {
      index += text[index] === '\\' ? 2 : 1;
    }
    index += 1;
    return JSON.parse(text.slice(start, index)) as string;
  };

  const readValue = (path: string) => {
    skipWhitespace();
    lines.set(path, line);
    const char = text[index];

    if (char === '{') {
      index += 1;
      skipWhitespace();
      while (text[index] !== '}') {
        skipWhitespace();
        const key = readString();
        skipWhitespace();
        index += 1;
        readValue(path === '' ? key : `${path}.${key}`);
        skipWhitespace();
        if (text[index] === ',') index += 1;
        skipWhitespace();
      }
      index += 1;
    } else if (char === '[') {
      index += 1;
      skipWhitespace();
      let position = 0;
      while (text[index] !== ']') {
        readValue(path === '' ? String(position) : `${path}.${position}`);
        position += 1;
        skipWhitespace();
        if (text[index] === ',') index += 1;
        skipWhitespace();
      }
      index += 1;
    } else if (char === '"') {
      readString();
    } else {
      while (index < text.length && !/[\s,\]}]/.test(text[index] ?? '')) index += 1;
    }
  };

  readValue('');
  return lines;
}

/** Returns the 1-based line of a character offset in a text. */
export function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
