/**
 * Host names that the benchmark's browser resolves to 127.0.0.1, so that one stand-in server
 * in one browser serves the same page three ways. The content script of the extension's local
 * build runs on `http://127.0.0.1/*`, the reference extension's empty content script runs only
 * on `EMPTY_SCRIPT_HOST`, and nothing runs on `PLAIN_HOST`.
 */
export const PLAIN_HOST = 'frontpad-without-extension.test';
export const EMPTY_SCRIPT_HOST = 'frontpad-empty-content-script.test';

/** Chromium flag that maps both host names to 127.0.0.1 without DNS. */
export const HOST_RESOLVER_RULES =
  `--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1, ` + `MAP ${EMPTY_SCRIPT_HOST} 127.0.0.1`;

/** Returns `url` (on 127.0.0.1) with its host name replaced by `host`. */
export function onHost(url: string, host: string): string {
  const moved = new URL(url);
  moved.hostname = host;

  return moved.toString();
}
