import { formatRevisionEtag } from '../../../utils/zenky/etag';
import type { Mapping } from '../../../utils/zenky/schemas';
import { authorizeStore } from '../auth';
import { HttpError, parseJsonBody, readHeader, type JsonReply } from '../http-helpers';
import { findStoredResponse, fingerprintRequest, storeResponse } from '../idempotency-store';
import { insertRevision, loadCurrentMapping, loadStatusIds } from '../mapping-store';
import type { RequestContext } from '../router';
import { validateMappingBody } from '../validate-mapping';

const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function mappingReply(mapping: Mapping, headers: Record<string, string> = {}): JsonReply {
  return {
    status: 200,
    body: { data: mapping },
    headers: { ETag: formatRevisionEtag(mapping.revision), ...headers },
  };
}

function readIdempotencyKey(ctx: RequestContext): string {
  const key = readHeader(ctx.req, 'Idempotency-Key')?.trim() ?? '';
  let message: string | undefined;
  if (key === '') {
    message = 'The Idempotency-Key header is required.';
  } else if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    message = `The Idempotency-Key header must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`;
  }
  if (message !== undefined) {
    throw new HttpError(422, message, { errors: { 'Idempotency-Key': [message] } });
  }
  return key;
}

/** `GET /v2/exchange/frontpad/status-mapping` with `ETag: "<revision>"`. */
export function getStatusMapping(ctx: RequestContext): JsonReply {
  const store = authorizeStore(ctx);
  return mappingReply(loadCurrentMapping(ctx.db, store.id));
}

/**
 * `PUT /v2/exchange/frontpad/status-mapping`. Checks run in this order: a known
 * `Idempotency-Key` replays its stored reply (or is 422 for another request), then `If-Match`
 * must name the current revision (412 with the current mapping), then the body is validated
 * (422). Only a successful save is stored under the key.
 */
export async function putStatusMapping(ctx: RequestContext): Promise<JsonReply> {
  const store = authorizeStore(ctx);
  const body = parseJsonBody(await ctx.readBody());
  const key = readIdempotencyKey(ctx);
  const ifMatch = readHeader(ctx.req, 'If-Match')?.trim() ?? '';
  const fingerprint = fingerprintRequest(ifMatch, body);

  const save = ctx.db.transaction((): JsonReply => {
    const stored = findStoredResponse(ctx.db, store.id, key);
    if (stored !== undefined) {
      if (stored.requestFingerprint !== fingerprint) {
        const message = 'This Idempotency-Key was already used with a different request.';
        throw new HttpError(422, message, { errors: { 'Idempotency-Key': [message] } });
      }
      const replayed = (stored.body as { data: Mapping }).data;
      return {
        ...mappingReply(replayed, { 'Idempotent-Replayed': 'true' }),
        status: stored.status,
      };
    }

    const current = loadCurrentMapping(ctx.db, store.id);
    const currentEtag = formatRevisionEtag(current.revision);
    if (ifMatch !== currentEtag) {
      const message =
        ifMatch === ''
          ? `The If-Match header is required; the current ETag is ${currentEtag}.`
          : `The mapping has changed: If-Match is ${ifMatch}, the current ETag is ${currentEtag}.`;
      throw new HttpError(412, message, { data: current }, { ETag: currentEtag });
    }

    const validation = validateMappingBody(body, loadStatusIds(ctx.db, store.id));
    if (!validation.ok) {
      throw new HttpError(422, 'The given data was invalid.', { errors: validation.errors });
    }

    const mapping = insertRevision(ctx.db, store.id, current.revision, validation.items, key);
    const reply = mappingReply(mapping);
    storeResponse(ctx.db, store.id, key, {
      requestFingerprint: fingerprint,
      status: reply.status,
      body: reply.body,
    });
    return reply;
  });

  return save();
}
