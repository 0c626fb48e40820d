import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_GIVEN_NAMES } from '../../src/core/match/given-names-en.ts';
import { SENTENCE_OPENER_WORDS } from '../../src/core/match/sentence-openers-data.ts';
import { SENTENCE_OPENERS_FILE, sentenceOpeners, sentenceOpenersSource } from './sentence-openers.ts';

describe('the words that may open a sentence before a surname', () => {
  it('are generated from the stop-word lists and compromise, byte for byte (run scripts/glossary/sentence-openers.ts)', () => {
    expect(readFileSync(SENTENCE_OPENERS_FILE, 'utf8')).toBe(sentenceOpenersSource(sentenceOpeners()));
  });

  it('hold function words of several languages and no given name', () => {
    const words = new Set(SENTENCE_OPENER_WORDS.split(' '));
    for (const word of ['then', 'meanwhile', 'according', 'selon', 'segun', 'nach', 'затем']) expect(words.has(word)).toBe(true);
    const given = new Set(ENGLISH_GIVEN_NAMES.split(' '));
    expect([...words].filter((word) => given.has(word))).toEqual([]);
  });
});
