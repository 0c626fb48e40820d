/**
 * What is read and in which order.
 *
 * Skipped subtrees: where marking would be wrong (the reader's own typing in
 * form fields and editable regions, code), useless (scripts, styles, media,
 * embedded documents) or ours (the UI host). Site chrome (navigation, the
 * page header and footer, sidebars outside the article) is skipped too:
 * measured on the corpus it holds menus, share buttons and lists of other
 * stories (docs/scan-scope.md). Headings, captions and links in the text are read.
 *
 * Reading order: the article body first when the page marks one, then the
 * rest of the page in document order. The first-mention rule follows the same
 * order, so a name is explained where the article first uses it, not in a menu.
 */

import { isTeaserLabel, namedAsOf } from './widget-signals.ts';

/** Elements whose whole subtree is never read. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'frame', 'canvas', 'video', 'audio',
  'object', 'embed', 'head', 'title', 'nav',
]);

/** ARIA landmarks of site chrome. */
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'textbox', 'searchbox', 'combobox']);

/** Site chrome when outside the article: the page's footer, sidebars. */
const CHROME_OUTSIDE_ARTICLE = new Set(['footer', 'aside']);
const CHROME_ROLES_OUTSIDE_ARTICLE = new Set(['complementary']);

/** Elements that flow inside a line: text inside them joins the surrounding block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'nobr', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr',
]);

/**
 * How a subtree is read: `skip` never; `headline-only` is a page-level header
 * (site chrome) where only the headline and standfirst are read
 * (widget-signals.ts, isHeadlinePart); `read` is read.
 */
export type Scope = 'skip' | 'headline-only' | 'read';

export function scopeOf(element: Element, exclude: ReadonlySet<Element> | undefined): Scope {
  const name = element.localName;
  if (SKIPPED_TAGS.has(name) || exclude?.has(element)) return 'skip';
  // Most elements of an article (p, em, li, span) carry no attribute: only their tag decides, and the
  // seven attribute reads below (native calls, on every element of the page) are skipped.
  if (!element.hasAttributes()) return scopeOfTag(element, name);
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return 'skip';
  // A page-level <footer> or <aside> is site chrome; one inside the article is its own (byline, fact box).
  if ((CHROME_OUTSIDE_ARTICLE.has(name) || (role && CHROME_ROLES_OUTSIDE_ARTICLE.has(role))) && !element.closest(name === 'aside' || role ? 'article' : 'article, main, [role="main"]')) {
    return 'skip';
  }
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return 'skip';
  if (element.getAttribute('aria-hidden') === 'true' && name !== 'body' && name !== 'html') return 'skip';
  const named = namedAsOf(element);
  if (named === 'visually-hidden') return 'skip';
  if (isTeaserWidget(element, named === 'widget')) return 'skip';
  // A page-level header is site chrome, but sites put the headline there too (measured: docs/scan-scope.md).
  if ((name === 'header' && !element.closest('article, main, [role="main"]')) || role === 'banner') return 'headline-only';
  return 'read';
}

/** scopeOf for an element without attributes: what its tag alone decides. */
function scopeOfTag(element: Element, name: string): Scope {
  if (CHROME_OUTSIDE_ARTICLE.has(name) && !element.closest(name === 'aside' ? 'article' : 'article, main, [role="main"]')) return 'skip';
  if (name === 'header' && !element.closest('article, main, [role="main"]')) return 'headline-only';
  return 'read';
}

export function isSkippedElement(element: Element, exclude: ReadonlySet<Element> | undefined): boolean {
  return scopeOf(element, exclude) === 'skip';
}

/**
 * A widget named as one (related, trending, share, comments…) or labelled as
 * one (aria-label "Most read"). Never the page itself, and never a container
 * that holds the headline or the marked article body: some sites name a tone
 * or a layout with such a word ("tone-comment") on the article's own wrapper.
 */
function isTeaserWidget(element: Element, namedWidget: boolean): boolean {
  const name = element.localName;
  if (name === 'html' || name === 'body' || name === 'main') return false;
  if (!namedWidget) {
    const label = element.getAttribute('aria-label');
    if (!(label && isTeaserLabel(label))) return false;
  }
  return !element.querySelector('h1, [itemprop~="articleBody"]');
}

export { findArticleRoot } from './article-root.ts';
