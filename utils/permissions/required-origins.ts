import { FRONTPAD_MATCHES, LOCAL_STANDIN_MATCHES } from '@/utils/origins';

import { originPattern } from './origin-pattern';

/** A host the extension needs access to, with what it needs it for. */
export interface RequiredOrigin {
  purpose: 'frontpad' | 'zenky' | 'standin';
  /** Host permission pattern, such as `https://app.frontpad.ru/*`. */
  pattern: string;
}

/**
 * Lists the hosts the extension needs: Frontpad for the content script, the configured Zenky
 * API address for the sync, and in builds for the stand-ins their 127.0.0.1 origin. A base
 * URL that is not http(s) adds no Zenky entry; the connection form rejects it anyway.
 */
export function listRequiredOrigins(
  zenkyBaseUrl: string,
  localStandins: boolean,
): RequiredOrigin[] {
  const origins: RequiredOrigin[] = FRONTPAD_MATCHES.map((pattern) => ({
    purpose: 'frontpad',
    pattern,
  }));

  if (localStandins) {
    origins.push(
      ...LOCAL_STANDIN_MATCHES.map((pattern) => ({ purpose: 'standin' as const, pattern })),
    );
  }

  const zenky = originPattern(zenkyBaseUrl);
  if (zenky) origins.push({ purpose: 'zenky', pattern: zenky });

  return origins;
}
