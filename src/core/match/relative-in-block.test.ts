import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise.ts';
import { relativeInBlock } from './relative-in-block.ts';

const names = { own: () => new Set(['rachel', 'reeves']), isGivenName: (folded: string) => ['ellie', 'rachel', 'william'].includes(folded) };

/** Is the last "Reeves" of the text, alone, shut by a relative in its block? */
function shut(text: string): boolean {
  const { cased, folded } = normalise(text);
  const start = folded.lastIndexOf('reeves');
  return relativeInBlock({ cased, folded }, start, start + 'reeves'.length, names);
}

describe('relativeInBlock', () => {
  it('shuts a bare surname where the block names another person of it', () => {
    expect(shut('Her sister Ellie Reeves, the MP, said: Reeves will resign.')).toBe(true);
    expect(shut('The elder Reeves was a judge; Reeves never spoke of it.')).toBe(true);
  });

  it('leaves it where the block names only the person, by name or title', () => {
    expect(shut('Rachel Reeves spoke. Reeves said the budget was fair.')).toBe(false);
    expect(shut('Chancellor Reeves said the budget was fair.')).toBe(false);
    expect(shut('Reeves said the budget was fair.')).toBe(false);
  });

  it('reads only whole words and a given name written as one', () => {
    expect(shut('The Reevesville mayor met Ellie Reevesby; Reeves said no.')).toBe(false);
    expect(shut("O'Ellie Reeves is no given name; Reeves said no.")).toBe(false);
  });
});

describe('relative in block, with several blocks scanned together', () => {
  it("does not read another block's relative", async () => {
    const { compileGlossary } = await import('../glossary/compile.ts');
    const { Matcher } = await import('./matcher.ts');
    const { makeEntry } = await import('./glossary.fixture.test.ts');
    const matcher = new Matcher([
      compileGlossary('test', [makeEntry('rachel-reeves', 'person', ['Rachel Reeves', { text: 'Reeves', contexts: ['Chancellor'] }], { label: 'Rachel Reeves' })]),
    ]);
    const texts = ['Chancellor Reeves spoke.', 'Her sister Ellie Reeves agreed.'];
    const together = matcher.select(matcher.scanBlocks(texts), { density: 'all' });
    const apart = matcher.select([...matcher.scanBlocks([texts[0]!]), ...matcher.scanBlocks([texts[1]!])], { density: 'all' });
    expect(together).toEqual(apart);
    expect(together[0]!.map((mention) => mention.entryId)).toEqual(['rachel-reeves']);
  });
});
