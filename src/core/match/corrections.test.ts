import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionKey, EVERYWHERE, type Correction } from './corrections.ts';
import type { Mention } from './types.ts';

const mention = (entryId: string, alias: string, start = 0): Mention => ({
  start,
  end: start + alias.length,
  entryId,
  alias,
  rule: { case: 'insensitive', plural: false },
});
const all = (): boolean => true;

describe('applyCorrections', () => {
  const page = [mention('georgia-country', 'Georgia', 0), mention('nato', 'NATO', 20), mention('georgia-country', 'Georgian', 40)];

  it('drops a name unlinked on this site, and only that alias of that entry', () => {
    const corrections: Correction[] = [{ entryId: 'georgia-country', alias: 'Georgia', site: 'example.com' }];
    expect(applyCorrections(page, corrections, 'example.com', all).map((m) => `${m.entryId}:${m.alias}`)).toEqual([
      'nato:NATO',
      'georgia-country:Georgian',
    ]);
  });

  it('leaves other sites alone, and unlinks on every site with EVERYWHERE', () => {
    const here: Correction[] = [{ entryId: 'nato', alias: 'NATO', site: 'example.com' }];
    expect(applyCorrections(page, here, 'other.org', all)).toHaveLength(3);
    const everywhere: Correction[] = [{ entryId: 'nato', alias: 'NATO', site: EVERYWHERE }];
    expect(applyCorrections(page, everywhere, 'other.org', all).map((m) => m.entryId)).not.toContain('nato');
  });

  it('relinks a name to another entry, keeping its place and alias', () => {
    const corrections: Correction[] = [{ entryId: 'georgia-country', alias: 'Georgia', site: 'example.com', relinkTo: 'georgia-us-state' }];
    const [first] = applyCorrections(page, corrections, 'example.com', all);
    expect(first).toEqual({ ...page[0], entryId: 'georgia-us-state' });
  });

  it('keys by the folded alias, so a re-cased or re-accented alias in a glossary update still matches', () => {
    const corrections: Correction[] = [{ entryId: 'erdogan', alias: 'Erdoğan', site: EVERYWHERE }];
    expect(applyCorrections([mention('erdogan', 'ERDOGAN')], corrections, 'a.com', all)).toEqual([]);
  });

  it('prefers this site over everywhere: unlinked everywhere, relinked here', () => {
    const corrections: Correction[] = [
      { entryId: 'georgia-country', alias: 'Georgia', site: EVERYWHERE },
      { entryId: 'georgia-country', alias: 'Georgia', site: 'example.com', relinkTo: 'georgia-us-state' },
    ];
    expect(applyCorrections([page[0]!], corrections, 'example.com', all).map((m) => m.entryId)).toEqual(['georgia-us-state']);
    expect(applyCorrections([page[0]!], corrections, 'other.org', all)).toEqual([]);
  });

  it('follows a relink to a later unlink, and stops on a cycle', () => {
    const chain: Correction[] = [
      { entryId: 'a', alias: 'X', site: 's', relinkTo: 'b' },
      { entryId: 'b', alias: 'X', site: 's' },
    ];
    expect(applyCorrections([mention('a', 'X')], chain, 's', all)).toEqual([]);
    const cycle: Correction[] = [
      { entryId: 'a', alias: 'X', site: 's', relinkTo: 'b' },
      { entryId: 'b', alias: 'X', site: 's', relinkTo: 'a' },
    ];
    expect(applyCorrections([mention('a', 'X')], cycle, 's', all)).toHaveLength(1);
  });

  it('keeps the mention as it was when the entry to relink to is not available', () => {
    const corrections: Correction[] = [{ entryId: 'a', alias: 'X', site: 's', relinkTo: 'gone' }];
    expect(applyCorrections([mention('a', 'X')], corrections, 's', (id) => id !== 'gone')).toEqual([mention('a', 'X')]);
  });

  it('never adds a mention, never moves one, and is the identity without corrections for the site', () => {
    const arbitraryMention = fc.record({ entryId: fc.constantFrom('a', 'b', 'c'), alias: fc.constantFrom('X', 'Y'), start: fc.nat(100) });
    const arbitraryCorrection = fc.record(
      { entryId: fc.constantFrom('a', 'b', 'c'), alias: fc.constantFrom('X', 'x', 'Y'), site: fc.constantFrom('s', 't', EVERYWHERE), relinkTo: fc.constantFrom('a', 'b', 'c') },
      { requiredKeys: ['entryId', 'alias', 'site'] },
    );
    fc.assert(
      fc.property(fc.array(arbitraryMention, { maxLength: 10 }), fc.array(arbitraryCorrection, { maxLength: 6 }), (raw, corrections) => {
        const mentions = raw.map((m) => mention(m.entryId, m.alias, m.start));
        const out = applyCorrections(mentions, corrections, 's', all);
        expect(out.length).toBeLessThanOrEqual(mentions.length);
        for (const m of out) expect(mentions.some((original) => original.start === m.start && original.alias === m.alias)).toBe(true);
        const elsewhere = corrections.filter((c) => c.site === 't');
        expect(applyCorrections(mentions, elsewhere, 's', all)).toEqual(mentions);
      }),
    );
  });
});

describe('correctionKey', () => {
  it('is the same for the same entry, site and folded alias', () => {
    expect(correctionKey({ entryId: 'a', alias: 'Erdoğan', site: 's' })).toBe(correctionKey({ entryId: 'a', alias: 'erdogan', site: 's' }));
    expect(correctionKey({ entryId: 'a', alias: 'X', site: 's' })).not.toBe(correctionKey({ entryId: 'a', alias: 'X', site: EVERYWHERE }));
  });
});
