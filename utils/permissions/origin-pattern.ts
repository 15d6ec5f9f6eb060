/**
 * Returns the host permission pattern that covers a URL's origin, such as
 * `https://api.zenky.io/*` for `https://api.zenky.io:8443/v2`. Match patterns carry no port,
 * so the pattern covers every port of the host. Returns null for a URL that is not http(s).
 */
export function originPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }

  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;

  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Checks whether one of `grants` covers the origin pattern `pattern`, so that the browser
 * lets the extension request it. Understands the forms the manifest uses: a scheme or `*`,
 * a host, `*` or `*.domain`, and the path `/*`.
 */
export function isCoveredBy(pattern: string, grants: readonly string[]): boolean {
  const requested = splitPattern(pattern);
  if (!requested) return false;

  return grants.some((grant) => {
    const granted = splitPattern(grant);
    if (!granted) return false;

    return (
      schemeCovers(granted.scheme, requested.scheme) && hostCovers(granted.host, requested.host)
    );
  });
}

function splitPattern(pattern: string): { scheme: string; host: string } | null {
  const match = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!match) return null;

  return { scheme: match[1]!, host: match[2]! };
}

function schemeCovers(granted: string, requested: string): boolean {
  return (
    granted === requested || (granted === '*' && (requested === 'http' || requested === 'https'))
  );
}

function hostCovers(granted: string, requested: string): boolean {
  if (granted === '*' || granted === requested) return true;
  if (!granted.startsWith('*.')) return false;

  const domain = granted.slice(2);
  return requested === domain || requested.endsWith(`.${domain}`);
}
