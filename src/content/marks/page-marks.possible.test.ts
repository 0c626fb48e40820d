// @vitest-environment happy-dom
/** PageMarks and possible matches: a name two entries fit equally, marked apart only when the reader asks, decided by a choice. */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../core/glossary/compile.ts';
import { applyCorrections, choiceCorrection, decideUndecided } from '../../core/match/corrections.ts';
import { Matcher } from '../../core/match/matcher.ts';
import { POSSIBLE_HIGHLIGHT } from '../page/page-owner.ts';
import { entry } from '../test-support/glossary.ts';
import { FILLER, signal, useMarksBed, where } from './page-marks.fixture.test.ts';
import type { MarkOptions } from './page-marks.ts';

const bed = useMarksBed();

const PAGE = `<article><p id="p1">${FILLER}The RSF said so.</p><p id="p2">Later the RSF spoke again, and Hamas too.</p></article>`;

function useRsfGlossary(): void {
  bed.matcher = new Matcher([
    compileGlossary('test', [
      entry('rapid-support-forces', 'group', ['RSF']),
      entry('reporters-without-borders', 'organisation', ['RSF']),
      entry('hamas', 'group', ['Hamas']),
    ]),
  ]);
}

const possibleTexts = (): string[] => [...(bed.stub.registry.get(POSSIBLE_HIGHLIGHT) ?? [])].map((range) => range.toString());

describe('possible matches on the page', () => {
  it('off (the default): nothing is marked for the shared name, and the mentions are as before', async () => {
    useRsfGlossary();
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@p2']);
    expect(marks.possible.all).toEqual([]);
    expect(bed.stub.registry.has(POSSIBLE_HIGHLIGHT)).toBe(false);
  });

  it('on: the name is marked under its own highlight with both candidates, once with density "first", every time with "all"', async () => {
    useRsfGlossary();
    bed.options = { ...bed.options, showPossible: true };
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@p2']);
    expect(possibleTexts()).toEqual(['RSF']);
    expect(marks.possible.all[0]!.candidates.map((candidate) => [candidate.entry.id, candidate.alias])).toEqual([
      ['rapid-support-forces', 'RSF'],
      ['reporters-without-borders', 'RSF'],
    ]);
    expect(marks.possible.byRange(marks.possible.all[0]!.range)).toBe(marks.possible.all[0]);

    bed.options = { ...bed.options, density: 'all' };
    marks.apply();
    expect(possibleTexts()).toEqual(['RSF', 'RSF']);

    bed.options = { ...bed.options, showPossible: false };
    marks.apply();
    expect(bed.stub.registry.has(POSSIBLE_HIGHLIGHT)).toBe(false);
  });

  it('a choice saved for this site marks the name as the chosen entry, whether possible matches are shown or not', async () => {
    useRsfGlossary();
    const corrections = [choiceCorrection({ entryId: 'reporters-without-borders', alias: 'RSF' }, 'bbc.com')];
    const corrected: Pick<MarkOptions, 'correct' | 'decide'> = {
      correct: (found, entryOf) => applyCorrections(found, corrections, 'bbc.com', (id) => entryOf(id) !== undefined),
      decide: (spans, entryOf) => decideUndecided(spans, corrections, 'bbc.com', (id) => entryOf(id) !== undefined),
    };
    bed.options = { ...bed.options, density: 'all', showPossible: true, ...corrected };
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(marks.index.all.map((mention) => `${mention.text}:${mention.entry.id}`)).toEqual([
      'RSF:reporters-without-borders',
      'RSF:reporters-without-borders',
      'Hamas:hamas',
    ]);
    expect(marks.possible.all).toEqual([]);

    bed.options = { ...bed.options, showPossible: false };
    marks.apply();
    expect(marks.index.all).toHaveLength(3);
  });
});
