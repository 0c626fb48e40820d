/** The `corrections` setting: validated item by item, salvaged, and refused when it outgrows one storage.sync item. */
import { describe, expect, it } from 'vitest';
import { EVERYWHERE } from '../core/match/corrections.ts';
import { checkSetting, DEFAULT_SETTINGS, parseSettings, salvageCorrections } from './settings-schema.ts';

const UNLINK = { entryId: 'rapid-support-forces', alias: 'RSF', site: 'bbc.com' };
const RELINK = { entryId: 'georgia', alias: 'Georgia', site: EVERYWHERE, relinkTo: 'georgia-us-state' };

describe('the corrections setting', () => {
  it('defaults to none and keeps valid corrections as stored', () => {
    expect(DEFAULT_SETTINGS.corrections).toEqual([]);
    expect(parseSettings({ corrections: [UNLINK, RELINK] }).corrections).toEqual([UNLINK, RELINK]);
  });

  it('salvages the valid corrections of a damaged list, the later of two for the same name and site kept', () => {
    const stored = [UNLINK, { entryId: '', alias: 'x', site: 'bbc.com' }, { ...UNLINK, site: 'WWW.BBC.COM' }, 'junk', { ...UNLINK, alias: 'rsf', relinkTo: 'reporters-without-borders' }];
    expect(parseSettings({ corrections: stored }).corrections).toEqual([{ ...UNLINK, alias: 'rsf', relinkTo: 'reporters-without-borders' }]);
    expect(salvageCorrections([null, 5, {}])).toEqual([]);
  });

  it('refuses an unknown field, a site not in the stored form, and the same name twice', () => {
    expect(checkSetting('corrections', [{ ...UNLINK, note: 'x' }])?.reason).toBe('invalid');
    expect(checkSetting('corrections', [{ ...UNLINK, site: 'www.bbc.com' }])?.reason).toBe('invalid');
    expect(checkSetting('corrections', [UNLINK, { ...UNLINK, alias: 'rsf' }])?.reason).toBe('invalid');
  });

  it('says "too large" before a write storage.sync would refuse (8 KB an item)', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...UNLINK, alias: `Name number ${i}` }));
    expect(checkSetting('corrections', many.slice(0, 50))).toBeUndefined();
    expect(checkSetting('corrections', many)?.reason).toBe('too-large');
  });
});
