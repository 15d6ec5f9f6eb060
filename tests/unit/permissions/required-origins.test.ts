import { describe, expect, it } from 'vitest';

import { listRequiredOrigins } from '@/utils/permissions/required-origins';

describe('listRequiredOrigins', () => {
  it('lists Frontpad and the default API', () => {
    expect(listRequiredOrigins('https://api.zenky.io', false)).toEqual([
      { purpose: 'frontpad', pattern: 'https://app.frontpad.ru/*' },
      { purpose: 'zenky', pattern: 'https://api.zenky.io/*' },
    ]);
  });

  it('follows a configured API address', () => {
    const origins = listRequiredOrigins('https://zenky.example.com/api/', false);

    expect(origins.at(-1)).toEqual({ purpose: 'zenky', pattern: 'https://zenky.example.com/*' });
  });

  it('adds the stand-ins in local builds', () => {
    const purposes = listRequiredOrigins('http://127.0.0.1:8787', true).map((o) => o.purpose);

    expect(purposes).toEqual(['frontpad', 'standin', 'zenky']);
  });

  it('skips an API address that is not http(s)', () => {
    const purposes = listRequiredOrigins('ftp://zenky.example.com', false).map((o) => o.purpose);

    expect(purposes).toEqual(['frontpad']);
  });
});
