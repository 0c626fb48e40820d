/** A choice among possible matches as a correction: for one site or every site, replacing an earlier choice of the same name there. */
import { describe, expect, it } from 'vitest';
import { applyCorrections, decideUndecided, EVERYWHERE, type Correction } from '../core/match/corrections.ts';
import { correctionsWithChoice, siteForScope } from './possible-match-choice.ts';

const rsf = { entryId: 'rapid-support-forces', alias: 'RSF' };
const rwb = { entryId: 'reporters-without-borders', alias: 'RSF' };
const rule = { case: 'sensitive', plural: false } as const;
const span = { start: 4, end: 7, candidates: [{ ...rsf, rule }, { ...rwb, rule }] };
const always = (): boolean => true;

/** What a page on `site` marks at the possible match, with `corrections`: the entry, or undefined while it is undecided. */
function markedOn(site: string, corrections: readonly Correction[]): string | undefined {
  const { decided } = decideUndecided([span], corrections, site, always);
  return applyCorrections(decided, corrections, site, always)[0]?.entryId;
}

describe('correctionsWithChoice', () => {
  it('saves the choice for this site: the name is linked there, and stays undecided elsewhere', () => {
    const saved = correctionsWithChoice([], [rsf, rwb], rwb, siteForScope('site', 'bbc.com'));
    expect(saved).toEqual([{ ...rwb, site: 'bbc.com', relinkTo: rwb.entryId }]);
    expect(markedOn('bbc.com', saved)).toBe(rwb.entryId);
    expect(markedOn('reuters.com', saved)).toBeUndefined();
  });

  it('saves the choice for every site, where a choice for this site still wins', () => {
    const everywhere = correctionsWithChoice([], [rsf, rwb], rwb, siteForScope('everywhere', 'bbc.com'));
    expect(everywhere).toEqual([{ ...rwb, site: EVERYWHERE, relinkTo: rwb.entryId }]);
    expect(markedOn('bbc.com', everywhere)).toBe(rwb.entryId);
    expect(markedOn('reuters.com', everywhere)).toBe(rwb.entryId);
    const both = correctionsWithChoice(everywhere, [rsf, rwb], rsf, 'reuters.com');
    expect(markedOn('reuters.com', both)).toBe(rsf.entryId);
    expect(markedOn('bbc.com', both)).toBe(rwb.entryId);
  });

  it("answers only the question a page leaves open: where the page's context decides for another candidate, that mention stands", () => {
    const everywhere = correctionsWithChoice([], [rsf, rwb], rwb, EVERYWHERE);
    const decidedByContext = { start: 4, end: 7, ...rsf, rule };
    expect(applyCorrections([decidedByContext], everywhere, 'reuters.com', always)).toEqual([decidedByContext]);
  });

  it('replaces an earlier choice of another candidate for the same site, so the last choice holds', () => {
    const first = correctionsWithChoice([], [rsf, rwb], rsf, 'bbc.com');
    const second = correctionsWithChoice(first, [rsf, rwb], rwb, 'bbc.com');
    expect(second).toEqual([{ ...rwb, site: 'bbc.com', relinkTo: rwb.entryId }]);
    expect(markedOn('bbc.com', second)).toBe(rwb.entryId);
    // Choosing the same again changes nothing.
    expect(correctionsWithChoice(second, [rsf, rwb], rwb, 'bbc.com')).toEqual(second);
  });

  it('keeps every other correction: other sites, other names, unlinks and relinks', () => {
    const others: Correction[] = [
      { ...rsf, site: 'reuters.com', relinkTo: rsf.entryId },
      { ...rsf, site: EVERYWHERE, relinkTo: rsf.entryId },
      { entryId: 'georgia', alias: 'Georgia', site: 'bbc.com' },
      { entryId: 'georgia', alias: 'Georgia', site: 'reuters.com', relinkTo: 'georgia-us-state' },
      { entryId: rsf.entryId, alias: 'Rapid Support Forces', site: 'bbc.com', relinkTo: rsf.entryId },
    ];
    expect(correctionsWithChoice(others, [rsf, rwb], rwb, 'bbc.com')).toEqual([...others, { ...rwb, site: 'bbc.com', relinkTo: rwb.entryId }]);
  });
});
