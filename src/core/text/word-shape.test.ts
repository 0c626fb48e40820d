import { describe, expect, it } from 'vitest';
import { foldWord, isLetter, isLower, isUpper } from './word-shape.ts';

describe('word shape', () => {
  it('folds case and accents for lookup', () => {
    expect(foldWord('Bogotá')).toBe('bogota');
    expect(foldWord('ÉTAT')).toBe('etat');
    expect(foldWord('Łódź')).toBe('łodz');
  });

  it('tells letters, capitals and small letters apart in any script', () => {
    expect([isLetter('a'), isLetter('ж'), isLetter('\u0301'), isLetter('-'), isLetter(' '), isLetter(undefined)]).toEqual([true, true, true, false, false, false]);
    expect([isUpper('Ж'), isUpper('ж'), isUpper('中')]).toEqual([true, false, false]);
    expect([isLower('ж'), isLower('Ж'), isLower('中'), isLower(undefined)]).toEqual([true, false, false, false]);
  });
});
