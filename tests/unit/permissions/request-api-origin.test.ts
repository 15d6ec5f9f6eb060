import { describe, expect, it, vi } from 'vitest';

import { requestApiOrigin, type PermissionsApi } from '@/utils/permissions/request-api-origin';

const MANIFEST = {
  host_permissions: ['https://app.frontpad.ru/*', 'https://api.zenky.io/*'],
  optional_host_permissions: ['https://*/*'],
};

function api(granted: boolean): PermissionsApi & { request: ReturnType<typeof vi.fn> } {
  return { getManifest: () => MANIFEST, request: vi.fn(async () => granted) };
}

describe('requestApiOrigin', () => {
  it('requests the origin of the address', async () => {
    const permissions = api(true);
    await requestApiOrigin('https://zenky.example.org:8443/api/', permissions);

    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://zenky.example.org/*'] });
  });

  it('requests before anything is awaited', () => {
    const permissions = api(true);
    void requestApiOrigin('https://zenky.example.org', permissions);

    expect(permissions.request).toHaveBeenCalledTimes(1);
  });

  it('reports a granted origin', async () => {
    expect(await requestApiOrigin('https://api.zenky.io', api(true))).toEqual({ kind: 'granted' });
  });

  it('reports a refused origin', async () => {
    expect(await requestApiOrigin('https://zenky.example.org', api(false))).toEqual({
      kind: 'denied',
      pattern: 'https://zenky.example.org/*',
    });
  });

  it('does not request an origin outside the manifest', async () => {
    const permissions = api(true);
    const access = await requestApiOrigin('http://zenky.example.org', permissions);

    expect(access).toEqual({ kind: 'not-requestable', pattern: 'http://zenky.example.org/*' });
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('leaves an invalid address to the background', async () => {
    const permissions = api(true);

    expect(await requestApiOrigin('not a url', permissions)).toEqual({ kind: 'invalid' });
    expect(permissions.request).not.toHaveBeenCalled();
  });
});
