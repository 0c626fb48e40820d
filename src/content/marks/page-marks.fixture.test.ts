/**
 * The test bed of the PageMarks tests: the real PageOwner over a minimal
 * CSS Custom Highlight API (happy-dom has none; test-support/highlights.ts),
 * the test glossary's matcher (answering as the background would), and a page with an article, a sidebar and a
 * tail. Not a test file itself (see vitest.config.ts).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { Matcher } from '../../core/match/matcher.ts';
import { HOST_TAG, PageOwner } from '../page/page-owner.ts';
import type { PageMention } from '../page-mentions.ts';
import { blockMatcherOver, testMatcher } from '../test-support/glossary.ts';
import { installHighlightStub, type HighlightStub } from '../test-support/highlights.ts';
import { PageMarks, type MarkOptions } from './page-marks.ts';

/** Enough words for findArticleRoot to take the <article> as the article body (over 200 characters). */
export const FILLER = 'Officials spoke at length about the talks, the ceasefire terms and the aid convoys, and about what comes next for the region and its people. '.repeat(2);

export const PAGE = `
  <div id="aside" class="sidebar"><p id="side">Sidebar: Hamas and Fatah, and the United Nations.</p></div>
  <article id="article">
    <h1 id="h1">What <b>Chatham</b> House said</h1>
    <p id="p1">${FILLER}Hamas rejected the plan.</p>
    <p id="p2">Fatah welcomed it.</p>
    <p id="p3">${FILLER}</p>
  </article>
  <div id="after"><p id="tail">Later: the West Bank.</p></div>
`;

export interface MarksBed {
  stub: HighlightStub;
  owner: PageOwner;
  matcher: Matcher;
  options: MarkOptions;
  shadowRoots: ShadowRoot[];
  /**
   * `batchChars: 1` makes every block a batch of its own, as on a long page;
   * `oneBatchChars: 0` asks what is on screen first, as on a long page.
   */
  makeMarks(batchChars?: number, oneBatchChars?: number): PageMarks;
  /** Watch the texts the matcher is asked to read (one scanBlocks call per batch). */
  spyOnScans(): { texts: () => string[]; calls: () => number };
}

/** A fresh bed for every test of the calling file. */
export function useMarksBed(): MarksBed {
  const bed = {
    makeMarks(batchChars?: number, oneBatchChars?: number): PageMarks {
      return new PageMarks({
        document,
        matcher: blockMatcherOver(bed.matcher),
        owner: bed.owner,
        options: () => bed.options,
        exclude: () => new Set(document.querySelectorAll(HOST_TAG)),
        onShadowRoot: (root) => bed.shadowRoots.push(root),
        ...(batchChars !== undefined && { batchChars }),
        ...(oneBatchChars !== undefined && { oneBatchChars }),
      });
    },
    spyOnScans() {
      const spy = vi.spyOn(bed.matcher, 'scanBlocks');
      return { texts: () => spy.mock.calls.flatMap(([texts]) => [...texts]), calls: () => spy.mock.calls.length };
    },
  } as MarksBed;
  beforeEach(() => {
    bed.stub = installHighlightStub();
    bed.owner = new PageOwner(document);
    bed.matcher = testMatcher();
    bed.options = { density: 'first', highlightStyle: 'underline' };
    bed.shadowRoots = [];
  });
  afterEach(() => {
    bed.owner.destroy();
    bed.stub.restore();
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });
  return bed;
}

export const signal = (): AbortSignal => new AbortController().signal;

/** Each mention as "text@id of the element around it" (the nearest ancestor with an id), in order. */
export function where(mentions: readonly PageMention[]): string[] {
  return mentions.map((mention) => {
    let node: Node | null = mention.range.startContainer;
    while (node && !(node instanceof Element && node.id)) node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    return `${mention.text}@${node instanceof Element ? node.id : '?'}`;
  });
}
