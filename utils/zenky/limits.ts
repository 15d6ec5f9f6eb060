/**
 * Frontpad sends status webhooks for at most this many statuses of an account. It lives apart
 * from the zod schemas in `schemas.ts`, so that the popup can import it without bundling zod.
 */
export const MAX_NOTIFY_STATUSES = 5;
