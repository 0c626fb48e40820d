import { describe, expect, it } from 'vitest';
import type { ReportedPossible } from '../shared/messages.ts';
import { groupPossible } from './group-possible.ts';

const rsf = { entryId: 'rapid-support-forces', label: 'Rapid Support Forces (RSF)', kind: 'group', alias: 'RSF' } as const;
const rwb = { entryId: 'reporters-without-borders', label: 'Reporters Without Borders (RSF)', kind: 'organisation', alias: 'RSF' } as const;
const ira = { entryId: 'irish-republican-army', label: 'Irish Republican Army', kind: 'group', alias: 'IRA' } as const;
const ira2 = { entryId: 'individual-retirement-account', label: 'Individual retirement account', kind: 'concept', alias: 'IRA' } as const;

describe('groupPossible', () => {
  it('gives one row per set of candidates, counted, first text and place kept, in page order', () => {
    const report: ReportedPossible[] = [
      { index: 0, text: 'IRA', candidates: [ira, ira2] },
      { index: 1, text: 'RSF', candidates: [rsf, rwb] },
      { index: 2, text: 'R.S.F.', candidates: [{ ...rwb, alias: 'R.S.F.' }, { ...rsf, alias: 'R.S.F.' }] },
      { index: 3, text: 'IRA', candidates: [ira, ira2] },
      { index: 4, text: 'RSF', candidates: [rsf, rwb] },
    ];
    expect(groupPossible(report)).toEqual([
      { key: `${ira2.entryId} ${ira.entryId}`, text: 'IRA', index: 0, count: 2, candidates: [ira, ira2] },
      { key: `${rsf.entryId} ${rwb.entryId}`, text: 'RSF', index: 1, count: 3, candidates: [rsf, rwb] },
    ]);
  });

  it('keeps apart names whose candidates differ, even when the text is the same', () => {
    const rows = groupPossible([
      { index: 0, text: 'RSF', candidates: [rsf, rwb] },
      { index: 1, text: 'RSF', candidates: [rsf, rwb, { ...ira, alias: 'RSF' }] },
    ]);
    expect(rows.map((row) => row.count)).toEqual([1, 1]);
  });

  it('is empty for a page without possible matches', () => {
    expect(groupPossible([])).toEqual([]);
  });
});
