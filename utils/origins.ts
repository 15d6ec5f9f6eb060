/** Match patterns of the Frontpad web application, where the content script runs. */
export const FRONTPAD_MATCHES = ['https://app.frontpad.ru/*'];

/** Match patterns of the production Zenky API. */
export const ZENKY_API_MATCHES = ['https://api.zenky.io/*'];

/** Match patterns of the local stand-ins; Chromium and Firefox ignore the port here. */
export const LOCAL_STANDIN_MATCHES = ['http://127.0.0.1/*'];

/** Default Zenky API base URL. */
export const DEFAULT_ZENKY_BASE_URL = 'https://api.zenky.io';

/**
 * Optional host permissions: any HTTPS origin, so that an operator can grant a Zenky API
 * address other than the default from the options page.
 */
export const OPTIONAL_API_MATCHES = ['https://*/*'];
