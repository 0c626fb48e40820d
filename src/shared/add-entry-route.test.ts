import { describe, expect, it } from 'vitest';
import { addEntryPath, prefillOf, readAddRoute } from './add-entry-route.ts';

describe('the "add to my glossary" route', () => {
  it('carries a selection, a title and an address through the hash unchanged', () => {
    const prefill = { text: 'Zorblatt Institute & Co. #1 ?=', title: 'Élection: “résultats” | Le Monde', url: 'https://example.org/a?b=c&d=e#f' };
    const path = addEntryPath(prefill);
    expect(path.startsWith('options.html#add?')).toBe(true);
    expect(readAddRoute(path.slice(path.indexOf('#')))).toEqual(prefill);
  });

  it('collapses white space in a selection that spans lines, and keeps a very long one to a bounded size', () => {
    expect(prefillOf({ text: '  Zorblatt\n\t Institute  ', title: 'T', url: 'https://example.org/' }).text).toBe('Zorblatt Institute');
    expect(prefillOf({ text: 'x'.repeat(5000) }).text).toHaveLength(1000);
  });

  it('keeps only web addresses as a source, and treats missing parts as empty', () => {
    expect(prefillOf({ text: 'A', url: 'file:///home/me/page.html' }).url).toBe('');
    expect(prefillOf({ text: 'A', url: 'javascript:alert(1)' }).url).toBe('');
    expect(prefillOf({ url: 'http://example.org/' })).toEqual({ text: '', title: '', url: 'http://example.org/' });
    expect(prefillOf({ text: 42, title: null })).toEqual({ text: '', title: '', url: '' });
  });

  it('is not the route for any other hash', () => {
    expect(readAddRoute('')).toBeUndefined();
    expect(readAddRoute('#glossaries')).toBeUndefined();
    expect(readAddRoute('#address')).toBeUndefined();
    expect(readAddRoute('#add')).toEqual({ text: '', title: '', url: '' });
  });
});
