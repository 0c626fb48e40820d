import { describe, expect, it } from 'vitest';
import type { ReportedMention } from '../shared/messages.ts';
import { groupMentions } from './group-mentions.ts';

const mention = (entryId: string, kind: ReportedMention['kind']): ReportedMention => ({ entryId, label: entryId.toUpperCase(), kind, text: entryId });

describe('groupMentions', () => {
  it('groups by kind in the order of KINDS, entries in page order, with counts', () => {
    const groups = groupMentions([
      mention('hamas', 'group'),
      mention('china', 'country'),
      mention('fatah', 'group'),
      mention('hamas', 'group'),
      mention('gaza', 'place'),
      mention('china', 'country'),
      mention('hamas', 'group'),
    ]);
    expect(groups).toEqual([
      { kind: 'country', entries: [{ entryId: 'china', label: 'CHINA', count: 2 }] },
      { kind: 'place', entries: [{ entryId: 'gaza', label: 'GAZA', count: 1 }] },
      { kind: 'group', entries: [{ entryId: 'hamas', label: 'HAMAS', count: 3 }, { entryId: 'fatah', label: 'FATAH', count: 1 }] },
    ]);
  });

  it('uses the page’s own counts where the report has them', () => {
    const groups = groupMentions([mention('hamas', 'group'), mention('fatah', 'group')], { hamas: 4, fatah: 0 });
    expect(groups[0]!.entries.map((entry) => [entry.entryId, entry.count])).toEqual([['hamas', 4], ['fatah', 1]]);
  });

  it('gives no groups for no mentions', () => {
    expect(groupMentions([])).toEqual([]);
  });
});
