import { describe, expect, it } from 'vitest';
import type { EntryCard } from '../../core/glossary/schema.ts';
import { applyCorrections, decideUndecided } from '../../core/match/corrections.ts';
import { chooserOptions, correctionForChoice } from './possible-choice.ts';

const rsf = { id: 'rapid-support-forces', label: 'Rapid Support Forces (RSF)', kind: 'group' } as const;
const rwb = { id: 'reporters-without-borders', label: 'Reporters Without Borders (RSF)', kind: 'organisation' } as const;
const card = (ref: { id: string; label: string; kind: EntryCard['kind'] }, summary: string): EntryCard =>
  ({ ...ref, summary, asOf: '2026-01', sources: [{ url: 'https://example.org/', publisher: 'Example' }] });

describe('chooserOptions', () => {
  it('lists each candidate once, in order, with label, kind and the first sentence of its summary', () => {
    const cards = new Map<string, EntryCard>([
      [rsf.id, card(rsf, 'A Sudanese paramilitary force. It grew out of the Janjaweed militias.')],
      [rwb.id, card(rwb, 'An international non-profit that defends press freedom. It is based in Paris.')],
    ]);
    const options = chooserOptions(
      [
        { entry: rsf, alias: 'RSF' },
        { entry: rwb, alias: 'RSF' },
        { entry: rsf, alias: 'R.S.F.' },
      ],
      (id) => cards.get(id),
    );
    expect(options).toEqual([
      { id: rsf.id, label: rsf.label, kind: 'group', line: 'A Sudanese paramilitary force.', alias: 'RSF' },
      { id: rwb.id, label: rwb.label, kind: 'organisation', line: 'An international non-profit that defends press freedom.', alias: 'RSF' },
    ]);
  });

  it('falls back to what marking knows while a card has not come yet', () => {
    expect(chooserOptions([{ entry: rwb, alias: 'RSF' }], () => undefined)).toEqual([{ id: rwb.id, label: rwb.label, kind: 'organisation', line: '', alias: 'RSF' }]);
  });
});

describe('correctionForChoice', () => {
  it('saves the chosen entry for its name on this site, and the page then marks the name as that entry', () => {
    const [, chosen] = chooserOptions(
      [
        { entry: rsf, alias: 'RSF' },
        { entry: rwb, alias: 'RSF' },
      ],
      () => undefined,
    );
    const correction = correctionForChoice(chosen!, 'bbc.com');
    expect(correction).toEqual({ entryId: rwb.id, alias: 'RSF', site: 'bbc.com', relinkTo: rwb.id });

    const rule = { case: 'sensitive', plural: false } as const;
    const span = { start: 4, end: 7, candidates: [{ entryId: rsf.id, alias: 'RSF', rule }, { entryId: rwb.id, alias: 'RSF', rule }] };
    const { decided, undecided } = decideUndecided([span], [correction], 'bbc.com', () => true);
    expect(undecided).toEqual([]);
    expect(applyCorrections(decided, [correction], 'bbc.com', () => true)).toEqual([{ start: 4, end: 7, entryId: rwb.id, alias: 'RSF', rule }]);
  });
});
