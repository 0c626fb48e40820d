import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKAGES, thirdPartyNotices } from './third-party-notices.ts';

describe('third-party notices', () => {
  const notices = thirdPartyNotices(path.resolve(import.meta.dirname, '..'));

  it('carry the licence of every bundled package and word list', () => {
    for (const name of BUNDLED_PACKAGES) expect(notices).toContain(`${name} `);
    expect(notices).toContain('Mozilla Public License');
    expect(notices).toContain('valibot 1.');
    expect(notices).toContain('Copyright (c) 2020 Gene Diaz');
    expect(notices).toContain('Spencer Kelly');
    expect(notices).toContain('GeoNames (CC BY 4.0');
  });
});
