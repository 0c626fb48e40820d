/**
 * Finding the article on a page: the element that holds its body, widened to
 * take in its headline when the two sit close together. Reading order puts
 * this element first (reading-order.ts), so a name is explained where the
 * article first uses it.
 *
 * Measured on the corpus (docs/scan-scope.md): the element with the most
 * text is often a list of other stories (a "related links" box that shares
 * the body's class name, a teaser card on a section front), so candidates are
 * weighed by their prose, the text that is not inside links or scripts; a
 * page that names no container gets the element whose paragraphs hold the
 * most prose.
 */
import { scopeOf } from './scan-scope.ts';
import { looksLikeHeadline } from './widget-signals.ts';

/** Where pages put the article body, most specific first. */
const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]',
  '[data-component="text-block"]',
  '.article-body, .article__body, .articleBody, #article-body, .story-body, .story__body, .entry-content, .post-content, .article-content',
  'article',
  'main, [role="main"]',
];

/** Less prose than this is a teaser, a caption or a byline, not an article body. */
const MIN_PROSE = 200;

/** A text node shorter than this is a label, a table cell or a date, not a sentence of prose. */
const MIN_SENTENCE = 25;

/**
 * The prose under `element`: the length of its sentences (text nodes of
 * MIN_SENTENCE characters or more) that are read (scan-scope.ts) and not
 * inside a link. A list of other stories is links, or is named as a widget and
 * skipped; a league table or a menu is short labels: neither is prose.
 *
 * The walk is native (text nodes only, no filter callback): the scope rules
 * run only on the ancestors of a text long enough to count, each element at
 * most once per `excluded` cache, instead of on every element under
 * `element` (measured: the filter callback per element was most of finding
 * the article, docs/page-work.md).
 */
export function proseLength(element: Element, excluded: Map<Element, boolean> = new Map()): number {
  let length = 0;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length < MIN_SENTENCE) continue; // trimming only shortens it
    const text = data.trim();
    if (text.length >= MIN_SENTENCE && !isExcludedBelow(node.parentElement, element, excluded)) length += text.length;
  }
  return length;
}

/** Is `from`, or an ancestor of it below `root`, a link or a skipped element (whose text is not prose)? */
function isExcludedBelow(from: Element | null, root: Element, excluded: Map<Element, boolean>): boolean {
  for (let element = from; element && element !== root; element = element.parentElement) {
    let result = excluded.get(element);
    if (result === undefined) excluded.set(element, (result = element.localName === 'a' || scopeOf(element, undefined) === 'skip'));
    if (result) return true;
  }
  return false;
}

/** The element holding the article body, or undefined when the page has no article. */
export function findArticleRoot(document: Document): Element | undefined {
  // Each element's prose is walked once: the body is weighed again when widening, and one element can match several selectors.
  const known = new Map<Element, number>();
  // Whether an element is a link or skipped does not depend on which candidate is weighed: decided once.
  const excluded = new Map<Element, boolean>();
  const prose = (element: Element): number => {
    let length = known.get(element);
    if (length === undefined) known.set(element, (length = proseLength(element, excluded)));
    return length;
  };
  const body = findBodyRoot(document, prose, excluded);
  return body && widenToHeadline(document, body, prose);
}

function findBodyRoot(document: Document, proseOf: (element: Element) => number, excluded: Map<Element, boolean>): Element | undefined {
  for (const selector of ARTICLE_SELECTORS) {
    let best: Element | undefined;
    let bestProse = 0;
    for (const candidate of document.querySelectorAll(selector)) {
      const prose = proseOf(candidate);
      if (prose > bestProse) {
        best = candidate;
        bestProse = prose;
      }
    }
    if (best && bestProse > MIN_PROSE) return best;
  }
  return paragraphsParent(document, excluded);
}

/** The element whose child paragraphs hold the most prose (a page that names no article container). */
function paragraphsParent(document: Document, excluded: Map<Element, boolean>): Element | undefined {
  const scores = new Map<Element, number>();
  for (const paragraph of document.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + proseLength(paragraph, excluded));
  }
  let best: Element | undefined;
  let bestScore = MIN_PROSE;
  for (const [parent, score] of scores) {
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return best;
}

/**
 * When the headline stands outside the body's element (in the article's
 * header, or a page-level header above it), the element holding both, as long
 * as it holds little other prose: the headline is then read with the body,
 * before the rest of the page. Otherwise the body alone.
 */
function widenToHeadline(document: Document, body: Element, proseOf: (element: Element) => number): Element {
  const headline = headlineBefore(document, body);
  if (!headline) return body;
  let common: Element | null = headline.parentElement;
  while (common && !common.contains(body)) common = common.parentElement;
  if (!common || common === document.body || common === document.documentElement) return body;
  const added = proseOf(common) - proseOf(body);
  return added <= Math.max(MIN_PROSE * 2, proseOf(body) / 10) ? common : body;
}

/** The last headline-like <h1> before the body in document order, if the body holds none. */
function headlineBefore(document: Document, body: Element): Element | undefined {
  if (body.querySelector('h1')) return undefined;
  let found: Element | undefined;
  for (const heading of document.querySelectorAll('h1')) {
    if (!(body.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_PRECEDING)) break;
    if (looksLikeHeadline(heading.textContent ?? '')) found = heading;
  }
  return found;
}
