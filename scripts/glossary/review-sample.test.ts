import { describe, expect, it } from 'vitest';
import { draw, mulberry32 } from './review-sample.ts';

const EXPECTED = [0.542741094250232, 0.5620936970226467, 0.782015377888456];

describe('review samples', () => {
  it('uses the generator of the earlier reviews (same numbers for the same seed)', () => {
    const rand = mulberry32(20261208);
    // The first three numbers of review 3's generator (seed 20261208), from the script in docs/glossary-review.md.
    expect([rand(), rand(), rand()]).toEqual(EXPECTED);
  });

  it('draws without replacement, skipping ids already drawn, the same way for the same seed', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `id-${String(i).padStart(2, '0')}`);
    const first = draw(ids, 10, mulberry32(7), new Set(['id-00', 'id-01']));
    expect(new Set(first).size).toBe(10);
    expect(first).not.toContain('id-00');
    expect(draw(ids, 10, mulberry32(7), new Set(['id-00', 'id-01']))).toEqual(first);
    expect(() => draw(ids, 41, mulberry32(7), new Set())).toThrow(/cannot draw 41 of 40/);
  });
});
