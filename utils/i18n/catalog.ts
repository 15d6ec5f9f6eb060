/** A messages.json catalog as browsers read it from `_locales/<lang>/`. */
export type MessageCatalog = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Looks up a message and substitutes `$1`…`$9`, like `browser.i18n.getMessage`. */
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

/**
 * Creates a `Translate` over a catalog loaded from disk, for code that runs outside the
 * browser (the command-line tools). Named placeholders are resolved through their content.
 */
export function translatorFromCatalog(catalog: MessageCatalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return key;

    const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : match;
    });

    return withNamed.replace(/\$(\d)/g, (match, digit: string) => {
      const value = substitutions[Number(digit) - 1];
      return value === undefined ? match : String(value);
    });
  };
}
