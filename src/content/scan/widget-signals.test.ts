import { describe, expect, it } from 'vitest';
import { isTeaserLabel } from './widget-signals.ts';

describe('isTeaserLabel', () => {
  it('takes a label in any case, in the scripts that have case', () => {
    for (const label of ['Most read', 'MOST READ', 'most Read', 'Related Stories', 'À LIRE AUSSI', 'Lo Más Leído', 'MEHR ZUM THEMA', 'Читайте также', 'ЧИТАЙТЕ ТАКЖЕ', 'ЕЩЁ ПО ТЕМЕ']) {
      expect(isTeaserLabel(label), label).toBe(true);
    }
  });

  it('takes labels of scripts without case, and trailing punctuation', () => {
    for (const label of ['الأكثر قراءة', '相关新闻', 'See also:', '  Latest  news » ']) expect(isTeaserLabel(label), label).toBe(true);
  });

  it('leaves headlines and sentences that begin like a label', () => {
    for (const label of ['Latest talks between the two sides resumed', 'Most READERS agree', 'Relatedness of languages in the region today', '']) {
      expect(isTeaserLabel(label), label).toBe(false);
    }
  });
});
