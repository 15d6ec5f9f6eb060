/**
 * Maximum length of a status name and of a warning's `name` and `value`, in UTF-16 code units.
 * It lives apart from the zod schemas in `types.ts`, so that the content script can import it
 * without bundling zod.
 */
export const MAX_TEXT_LENGTH = 200;
