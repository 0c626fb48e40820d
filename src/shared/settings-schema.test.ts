import { describe, expect, it } from 'vitest';
import { KINDS } from '../core/glossary/schema.ts';
import { DEFAULT_SETTINGS, SETTING_KEYS, checkSetting, isActiveOn, parseSettings, siteKey } from './settings-schema.ts';

describe('settings schema', () => {
  it('reads an empty store as the defaults', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('has a valid default for every key', () => {
    for (const key of SETTING_KEYS) expect(checkSetting(key, DEFAULT_SETTINGS[key]), key).toBeUndefined();
  });

  it('defaults: on everywhere, first mentions, every kind, underline, page theme, 300 ms, badge on, no possible matches', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabled: true,
      density: 'first',
      highlightStyle: 'underline',
      theme: 'auto',
      hoverDelay: 300,
      badge: true,
      showPossibleMatches: false,
      muted: [],
      disabledSites: [],
      disabledGlossaries: [],
    });
    expect(Object.values(DEFAULT_SETTINGS.kinds).every(Boolean)).toBe(true);
    expect(Object.keys(DEFAULT_SETTINGS.kinds)).toEqual([...KINDS]);
  });

  it('keeps valid stored values', () => {
    const stored = { enabled: false, density: 'all', highlightStyle: 'hover', theme: 'dark', hoverDelay: 0, badge: false, muted: ['hamas'] };
    expect(parseSettings(stored)).toMatchObject(stored);
  });

  it('falls back to the default for each corrupted key, keeping the others', () => {
    const settings = parseSettings({
      enabled: 'yes',
      density: 'some',
      highlightStyle: null,
      theme: 42,
      hoverDelay: 1e9,
      badge: false,
      kinds: 'all',
      muted: 'hamas',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, badge: false });
  });

  it('rejects non-integer, negative and huge delays', () => {
    for (const hoverDelay of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2001, '300']) {
      expect(parseSettings({ hoverDelay }).hoverDelay).toBe(300);
    }
  });

  it('ignores unknown keys, including prototype-pollution keys', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false}, "constructor": 1, "somethingNew": true, "badge": false}') as Record<string, unknown>;
    const settings = parseSettings(raw);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, badge: false });
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['enabled']).toBeUndefined();
  });

  it('keeps the valid kind switches of a partly corrupted record, and new kinds default on', () => {
    const settings = parseSettings({ kinds: { person: false, place: 'no', spaceship: false, __proto__: { country: false } } });
    expect(settings.kinds.person).toBe(false);
    expect(settings.kinds.place).toBe(true);
    expect(settings.kinds.country).toBe(true);
    expect(Object.keys(settings.kinds)).toEqual([...KINDS]);
  });

  it('salvages the valid items of a list with bad items, normalising sites and dropping duplicates', () => {
    const settings = parseSettings({
      disabledSites: ['WWW.BBC.co.uk', 'bbc.co.uk', 42, '', 'not a host', 'cnn.com.'],
      muted: ['hamas', null, 'hamas', 'x'.repeat(101), 'fatah'],
      disabledGlossaries: [{}, 'bundled'],
    });
    expect(settings.disabledSites).toEqual(['bbc.co.uk', 'cnn.com']);
    expect(settings.muted).toEqual(['hamas', 'fatah']);
    expect(settings.disabledGlossaries).toEqual(['bundled']);
  });

  it('refuses to write invalid values with a message naming the key', () => {
    expect(checkSetting('density', 'most')).toMatchObject({ reason: 'invalid', message: expect.stringContaining('density') });
    expect(checkSetting('disabledSites', ['www.bbc.com'])).toMatchObject({ reason: 'invalid' });
    expect(checkSetting('muted', ['hamas', 'hamas'])).toMatchObject({ reason: 'invalid' });
  });

  it('refuses a value larger than one storage.sync item, before the browser does', () => {
    const muted = Array.from({ length: 1000 }, (_, i) => `some-long-entry-identifier-${i}`);
    expect(checkSetting('muted', muted)).toMatchObject({ reason: 'too-large' });
    expect(checkSetting('muted', muted.slice(0, 100))).toBeUndefined();
  });

  it('siteKey normalises case, "www." and a trailing dot', () => {
    expect(siteKey('WWW.Reuters.com.')).toBe('reuters.com');
    expect(siteKey('news.bbc.co.uk')).toBe('news.bbc.co.uk');
  });

  it('isActiveOn honours the global switch and the site list', () => {
    const settings = parseSettings({ disabledSites: ['bbc.com'] });
    expect(isActiveOn(settings, 'www.bbc.com')).toBe(false);
    expect(isActiveOn(settings, 'www.cnn.com')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'www.cnn.com')).toBe(false);
  });
});
