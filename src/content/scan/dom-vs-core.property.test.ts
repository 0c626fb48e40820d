// @vitest-environment happy-dom
/**
 * Property: reading a page through the DOM finds what the pure matcher finds
 * in the blocks' text. Random trees of text pieces (glossary aliases whole and
 * split at every point, random words, punctuation, white space), inline
 * elements, block elements, <br> and skipped elements are rendered into the
 * body; the blocks collected from the DOM must equal the blocks an
 * independent reader finds in the tree model, and every mention the matcher
 * selects over those blocks must map through rangeFor to a Range reading
 * exactly the matcher's slice of the block text.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Density, Mention } from '../../core/index.ts';
import { TEST_ALIASES, testMatcher } from '../test-support/glossary.ts';
import { collectBlocks } from './collect-blocks.ts';
import { rangeFor } from './text-block.ts';
import { looksLikeHeadline } from './widget-signals.ts';

type InlineTag = 'b' | 'i' | 'span' | 'a';
type BlockTag = 'p' | 'div' | 'li' | 'h2';
type SkipTag = 'code' | 'script';

type Model =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'br' }
  | { readonly kind: 'inline'; readonly tag: InlineTag; readonly children: readonly Model[] }
  | { readonly kind: 'block'; readonly tag: BlockTag; readonly children: readonly Model[] }
  | { readonly kind: 'skip'; readonly tag: SkipTag; readonly text: string };

const matcher = testMatcher();
/** 300 random pages take about a second alone, many more on a loaded machine running every suite. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** Every alias whole, and split in two at every point, so names fall across element boundaries. */
const ALIAS_PIECES = [...new Set(TEST_ALIASES.flatMap((alias) => [alias, ...[...alias].flatMap((_, k) => (k > 0 ? [alias.slice(0, k), alias.slice(k)] : []))]))];
const CONTEXT_WORDS = ['Palestinian', 'Ramallah', 'al-Islam', 'Fatah al-Islam'];

const textPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TEST_ALIASES), weight: 4 },
  { arbitrary: fc.constantFrom(...ALIAS_PIECES), weight: 4 },
  { arbitrary: fc.constantFrom(...CONTEXT_WORDS), weight: 1 },
  { arbitrary: fc.stringMatching(/^[A-Za-z]{1,8}$/), weight: 2 },
  { arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', "'s", '’s ', '-', '—', '(', ')', '“', '”'), weight: 4 },
);

/** A whole alias cut into up to four pieces, each bare or in its own inline element, all in one inline element. */
const splitName: fc.Arbitrary<Model> = fc
  .constantFrom(...TEST_ALIASES)
  .chain((alias) =>
    fc.record({
      alias: fc.constant(alias),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: alias.length - 1 }), { minLength: 1, maxLength: 3 }),
      wraps: fc.array(fc.constantFrom<InlineTag | undefined>('b', 'i', 'span', 'a', undefined), { minLength: 4, maxLength: 4 }),
      outer: fc.constantFrom<InlineTag>('b', 'i', 'span', 'a'),
    }),
  )
  .map(({ alias, cuts, wraps, outer }): Model => {
    const points = [0, ...cuts.sort((a, b) => a - b), alias.length];
    const children = points.slice(1).map((end, i): Model => {
      const piece: Model = { kind: 'text', text: alias.slice(points[i], end) };
      const wrap = wraps[i];
      return wrap ? { kind: 'inline', tag: wrap, children: [piece] } : piece;
    });
    return { kind: 'inline', tag: outer, children };
  });

/** Does the model hold a text piece (read or not)? A block without one is not generated: see below. */
const hasText = (node: Model): boolean => node.kind === 'text' || ((node.kind === 'inline' || node.kind === 'block') && node.children.some(hasText));

const { tree } = fc.letrec<{ tree: readonly Model[]; node: Model }>((tie) => ({
  tree: fc.array(tie('node'), { minLength: 1, maxLength: 6 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: textPiece.map((text): Model => ({ kind: 'text', text })), weight: 6 },
    { arbitrary: splitName, weight: 2 },
    { arbitrary: fc.constant<Model>({ kind: 'br' }), weight: 1 },
    {
      arbitrary: fc
        .record({ tag: fc.constantFrom<InlineTag>('b', 'i', 'span', 'a'), children: tie('tree') })
        .map(({ tag, children }): Model => ({ kind: 'inline', tag, children })),
      weight: 3,
    },
    {
      // Every block holds text, which keeps the reference reader simple (empty blocks are covered by collect-blocks.test.ts).
      arbitrary: fc
        .record({ tag: fc.constantFrom<BlockTag>('p', 'div', 'li', 'h2'), children: tie('tree'), filler: textPiece })
        .map(({ tag, children, filler }): Model => ({
          kind: 'block',
          tag,
          children: children.some(hasText) ? children : [...children, { kind: 'text', text: filler }],
        })),
      weight: 2,
    },
    {
      arbitrary: fc.record({ tag: fc.constantFrom<SkipTag>('code', 'script'), text: textPiece }).map(({ tag, text }): Model => ({ kind: 'skip', tag, text })),
      weight: 1,
    },
  ),
}));

function render(nodes: readonly Model[], parent: Node): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        parent.appendChild(document.createTextNode(node.text));
        break;
      case 'br':
        parent.appendChild(document.createElement('br'));
        break;
      case 'skip': {
        const element = document.createElement(node.tag);
        element.textContent = node.text;
        parent.appendChild(element);
        break;
      }
      case 'inline':
      case 'block': {
        const element = document.createElement(node.tag);
        if (node.tag === 'a') element.setAttribute('href', '#');
        render(node.children, element);
        parent.appendChild(element);
        break;
      }
    }
  }
}

/**
 * The reference reader, on the model (never the DOM): text joins the block it
 * is in; entering or leaving a block element, a <br> or a visible skipped
 * element (code) ends the block; an unrendered one (script) adds nothing and
 * ends nothing; blocks of white space only are dropped; a block element that
 * holds two blocks or more, at least 70% of whose text is inside links, is a
 * list of links and is dropped whole, and a block that is all link text is
 * dropped, and so is a short block element whose first block was a
 * headline-like link (a teaser card) (scan scope, collect-blocks.ts). Text is
 * counted without the white space at its ends.
 */
function referenceBlocks(nodes: readonly Model[]): string[] {
  const blocks: string[] = [];
  let current: { owner: object; text: string; chars: number; linkChars: number } | undefined;
  /** The block elements open around the text being read, and what each read first. */
  const open: Array<{ first: 'nothing' | 'link' | 'text' }> = [];
  const end = (): void => {
    if (current && /\S/.test(current.text)) {
      const link = current.chars <= current.linkChars;
      if (!link) blocks.push(current.text);
      const first = link && looksLikeHeadline(current.text) ? 'link' : 'text';
      for (let i = open.length - 1; i >= 0 && open[i]!.first === 'nothing'; i--) open[i]!.first = first;
    }
    current = undefined;
  };
  interface Tally {
    chars: number;
    linkChars: number;
  }
  const visit = (children: readonly Model[], owner: object, inLink: boolean): Tally => {
    const tally = { chars: 0, linkChars: 0 };
    const add = (inner: Tally): void => {
      tally.chars += inner.chars;
      tally.linkChars += inner.linkChars;
    };
    for (const node of children) {
      if (node.kind === 'text') {
        if (current?.owner !== owner) {
          end();
          current = { owner, text: '', chars: 0, linkChars: 0 };
        }
        const words = node.text.trim().length;
        current.text += node.text;
        current.chars += words;
        tally.chars += words;
        if (inLink) {
          current.linkChars += words;
          tally.linkChars += words;
        }
      } else if (node.kind === 'br' || (node.kind === 'skip' && node.tag === 'code')) end();
      else if (node.kind === 'inline') add(visit(node.children, owner, inLink || node.tag === 'a'));
      else if (node.kind === 'block') {
        end();
        const start = blocks.length;
        const record = { first: 'nothing' as 'nothing' | 'link' | 'text' };
        open.push(record);
        const inner = visit(node.children, node, inLink);
        open.pop();
        end();
        const read = blocks.length - start;
        const linkList = read >= 2 && inner.linkChars >= 0.7 * inner.chars;
        const card = record.first === 'link' && read > 0 && inner.chars <= 700;
        if (linkList || card) blocks.length = start;
        else add(inner);
      }
    }
    return tally;
  };
  const body = {};
  visit(nodes, body, false);
  end();
  return blocks;
}

const renderedText = (range: Range): string => {
  const contents = range.cloneContents();
  contents.querySelectorAll('script').forEach((script) => script.remove());
  return contents.textContent ?? '';
};

const describeModel = (nodes: readonly Model[]): string => {
  const host = document.createElement('div');
  render(nodes, host);
  return host.innerHTML;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DOM reading versus the pure matcher', () => {
  it('the reference reader agrees with hand-written cases', () => {
    const t = (text: string): Model => ({ kind: 'text', text });
    expect(
      referenceBlocks([
        { kind: 'block', tag: 'p', children: [{ kind: 'inline', tag: 'b', children: [t('Palestinian')] }, t(' Authority')] },
        { kind: 'block', tag: 'div', children: [t('a'), { kind: 'block', tag: 'p', children: [t('b')] }, t('c'), { kind: 'br' }, t('d')] },
        { kind: 'block', tag: 'p', children: [t('Chat'), { kind: 'skip', tag: 'script', text: 'x' }, t('ham')] },
        { kind: 'block', tag: 'p', children: [t('U'), { kind: 'skip', tag: 'code', text: 'x' }, t('N')] },
        { kind: 'block', tag: 'p', children: [t(' \n ')] },
      ]),
    ).toEqual(['Palestinian Authority', 'a', 'b', 'c', 'd', 'Chatham', 'U', 'N']);
  });

  it.each<Density>(['all', 'first'])('blocks equal the model’s, and every mention maps to a Range reading its text (density %s)', (density) => {
    fc.assert(
      fc.property(tree, (model) => {
        document.body.innerHTML = '';
        render(model, document.body);
        const blocks = collectBlocks(document.body);
        const expectedTexts = referenceBlocks(model);
        expect(blocks.map((block) => block.text), describeModel(model)).toEqual(expectedTexts);

        const viaDom = matcher.select(
          blocks.map((block) => matcher.scan(block.text)),
          { density },
        );
        const viaText = matcher.select(
          expectedTexts.map((text) => matcher.scan(text)),
          { density },
        );
        expect(viaDom).toEqual(viaText);

        viaDom.forEach((mentions: readonly Mention[], i) => {
          const block = blocks[i]!;
          for (const mention of mentions) {
            const range = rangeFor(block, mention.start, mention.end)!;
            expect(renderedText(range)).toBe(block.text.slice(mention.start, mention.end));
            expect(block.nodes).toContain(range.startContainer);
            expect(block.nodes).toContain(range.endContainer);
          }
        });
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('finds names split across inline elements often enough for the property to mean something', () => {
    // Guard against a generator that never produces a mention spanning several text nodes.
    let spanning = 0;
    fc.assert(
      fc.property(tree, (model) => {
        document.body.innerHTML = '';
        render(model, document.body);
        const blocks = collectBlocks(document.body);
        matcher
          .select(
            blocks.map((block) => matcher.scan(block.text)),
            { density: 'all' },
          )
          .forEach((mentions, i) => {
            for (const mention of mentions) {
              const range = rangeFor(blocks[i]!, mention.start, mention.end)!;
              if (range.startContainer !== range.endContainer) spanning++;
            }
          });
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(spanning).toBeGreaterThan(10);
  }, PROPERTY_TIMEOUT_MS);
});
