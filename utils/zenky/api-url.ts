/**
 * Joins the configured base URL and a contract path such as `/v2/order-statuses`. The base
 * URL may end with a slash or carry a path prefix (`https://host/zenky/`). Its query and
 * fragment are dropped. Throws TypeError when the base URL is not an absolute http(s) URL.
 */
export function buildApiUrl(baseUrl: string, path: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Zenky base URL must use http or https, got ${url.protocol}`);
  }

  const prefix = url.pathname.replace(/\/+$/, '');
  url.pathname = `${prefix}${path}`;
  url.search = '';
  url.hash = '';
  return url.toString();
}
