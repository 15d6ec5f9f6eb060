import { isCoveredBy, originPattern } from './origin-pattern';

/** Outcome of asking for access to the Zenky API address. */
export type ApiOriginAccess =
  | { kind: 'granted' }
  | { kind: 'denied'; pattern: string }
  /** The manifest does not list the origin, so the browser cannot grant it (such as http). */
  | { kind: 'not-requestable'; pattern: string }
  /** Not an http(s) URL; the background rejects it with its own message. */
  | { kind: 'invalid' };

/** The parts of the browser API this needs, so that tests can pass their own. */
export interface PermissionsApi {
  getManifest: () => { host_permissions?: string[]; optional_host_permissions?: string[] };
  request: (permissions: { origins: string[] }) => Promise<boolean>;
}

/**
 * Asks the browser for the host permission of the API address's origin. Call it first in a
 * click handler: browsers accept `permissions.request` only while handling the click, so it
 * runs before anything is awaited. An origin already granted (Zenky's own, in the manifest)
 * resolves at once without a prompt.
 */
export function requestApiOrigin(baseUrl: string, api: PermissionsApi): Promise<ApiOriginAccess> {
  const pattern = originPattern(baseUrl.trim());
  if (pattern === null) return Promise.resolve({ kind: 'invalid' });

  const manifest = api.getManifest();
  const declared = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  if (!isCoveredBy(pattern, declared)) {
    return Promise.resolve({ kind: 'not-requestable', pattern });
  }

  return api
    .request({ origins: [pattern] })
    .then((granted) => (granted ? { kind: 'granted' } : { kind: 'denied', pattern }));
}
