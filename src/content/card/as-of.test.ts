import { describe, expect, it } from 'vitest';
import { factsAge, monthAndYear } from './as-of.ts';

const EN = 'January,February,March,April,May,June,July,August,September,October,November,December';

describe('monthAndYear', () => {
  it('names the month of a YYYY-MM date', () => {
    expect(monthAndYear('2025-03', EN)).toEqual(['March', '2025']);
    expect(monthAndYear('2024-01', EN)).toEqual(['January', '2024']);
    expect(monthAndYear('2024-12', EN)).toEqual(['December', '2024']);
  });

  it('takes the names the locale gives', () => {
    expect(monthAndYear('2025-08', 'janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre')).toEqual(['août', '2025']);
  });

  it('gives nothing for a month out of range, another shape, or a list that is not twelve names', () => {
    expect(monthAndYear('2025-13', EN)).toBeUndefined();
    expect(monthAndYear('2025-00', EN)).toBeUndefined();
    expect(monthAndYear('2025-3', EN)).toBeUndefined();
    expect(monthAndYear('March 2025', EN)).toBeUndefined();
    expect(monthAndYear('2025-03', 'card_months')).toBeUndefined();
  });
});

describe('factsAge', () => {
  const at = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

  it('says nothing while the facts are under a year old', () => {
    expect(factsAge('2026-12', at('2026-12-06'))).toBeUndefined();
    expect(factsAge('2026-01', at('2026-12-06'))).toBeUndefined();
    expect(factsAge('2027-03', at('2026-12-06'))).toBeUndefined();
  });

  it('counts months up to two years, then whole years', () => {
    expect(factsAge('2025-12', at('2026-12-06'))).toEqual({ unit: 'months', count: 12 });
    expect(factsAge('2025-06', at('2026-12-06'))).toEqual({ unit: 'months', count: 18 });
    expect(factsAge('2024-12', at('2026-12-06'))).toEqual({ unit: 'years', count: 2 });
    expect(factsAge('2020-03', at('2026-12-06'))).toEqual({ unit: 'years', count: 6 });
  });

  it('gives nothing for a malformed date', () => {
    expect(factsAge('June 2025', at('2026-12-06'))).toBeUndefined();
  });
});
