import { describe, expect, it } from 'vitest';
import type { EntryCard } from '../../core/glossary/schema.ts';
import { chooserOptions, reportPossible } from './possible-choice.ts';

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

describe('reportPossible', () => {
  it('reports each possible match in page order with the candidates the chooser would list', () => {
    const cards = new Map<string, EntryCard>([[rwb.id, card(rwb, 'An international non-profit that defends press freedom. It is based in Paris.')]]);
    const range = {} as Range;
    const names = [
      { text: 'RSF', range, candidates: [{ entry: rsf, alias: 'RSF' }, { entry: rwb, alias: 'RSF' }] },
      { text: 'R.S.F.', range, candidates: [{ entry: rsf, alias: 'R.S.F.' }, { entry: rwb, alias: 'R.S.F.' }, { entry: rsf, alias: 'RSF' }] },
    ];
    expect(reportPossible(names, (id) => cards.get(id))).toEqual([
      {
        index: 0,
        text: 'RSF',
        candidates: [
          // No card text yet: no line, rather than an empty one.
          { entryId: rsf.id, label: rsf.label, kind: 'group', alias: 'RSF' },
          { entryId: rwb.id, label: rwb.label, kind: 'organisation', alias: 'RSF', line: 'An international non-profit that defends press freedom.' },
        ],
      },
      {
        index: 1,
        text: 'R.S.F.',
        candidates: [
          { entryId: rsf.id, label: rsf.label, kind: 'group', alias: 'R.S.F.' },
          { entryId: rwb.id, label: rwb.label, kind: 'organisation', alias: 'R.S.F.', line: 'An international non-profit that defends press freedom.' },
        ],
      },
    ]);
  });
});
