import { createHash } from 'node:crypto';
import type { ZenkyDb } from './db';

/** Response stored under an `Idempotency-Key`, with a fingerprint of its request. */
export interface StoredResponse {
  requestFingerprint: string;
  status: number;
  body: unknown;
}

/** Hashes what makes two requests the same: the `If-Match` value and the parsed body. */
export function fingerprintRequest(ifMatch: string, body: unknown): string {
  return createHash('sha256')
    .update(ifMatch)
    .update('\n')
    .update(JSON.stringify(body))
    .digest('hex');
}

export function findStoredResponse(
  db: ZenkyDb,
  storeId: string,
  key: string,
): StoredResponse | undefined {
  const row = db
    .prepare(
      'SELECT request_fingerprint, response_status, response_body FROM idempotency_keys ' +
        'WHERE store_id = ? AND key = ?',
    )
    .get(storeId, key) as
    { request_fingerprint: string; response_status: number; response_body: string } | undefined;
  if (row === undefined) {
    return undefined;
  }
  return {
    requestFingerprint: row.request_fingerprint,
    status: row.response_status,
    body: JSON.parse(row.response_body),
  };
}

export function storeResponse(
  db: ZenkyDb,
  storeId: string,
  key: string,
  response: StoredResponse,
): void {
  db.prepare(
    'INSERT INTO idempotency_keys ' +
      '(store_id, key, request_fingerprint, response_status, response_body, created_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    storeId,
    key,
    response.requestFingerprint,
    response.status,
    JSON.stringify(response.body),
    new Date().toISOString(),
  );
}
