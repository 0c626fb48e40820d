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

/** Elements whose whole subtree is never read. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'frame', 'canvas', 'video', 'audio',
  'object', 'embed', 'head', 'title', 'nav',
]);

/** ARIA landmarks of site chrome. */
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'textbox', 'searchbox', 'combobox']);

/** Site chrome when outside the article: the page's header and footer, sidebars. */
const CHROME_OUTSIDE_ARTICLE = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES_OUTSIDE_ARTICLE = new Set(['complementary']);

/** Elements that flow inside a line: text inside them joins the surrounding block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'nobr', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr',
]);

/** Where pages put the article body, most specific first. */
const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]',
  '[data-component="text-block"]',
  '.article-body, .article__body, .articleBody, #article-body, .story-body, .story__body, .entry-content, .post-content, .article-content',
  'article',
  'main, [role="main"]',
];

export function isSkippedElement(element: Element, exclude: ReadonlySet<Element> | undefined): boolean {
  const name = element.localName;
  if (SKIPPED_TAGS.has(name) || exclude?.has(element)) return true;
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  // A page-level <header>, <footer> or <aside> is site chrome; one inside the article is its own (headline, byline, fact box).
  if ((CHROME_OUTSIDE_ARTICLE.has(name) || (role && CHROME_ROLES_OUTSIDE_ARTICLE.has(role))) && !element.closest(name === 'aside' || role ? 'article' : 'article, main, [role="main"]')) {
    return true;
  }
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return element.getAttribute('aria-hidden') === 'true' && name !== 'body' && name !== 'html';
}

/** The element holding the article body, or undefined when the page marks none. */
export function findArticleRoot(document: Document): Element | undefined {
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = [...document.querySelectorAll(selector)];
    // The article with the most text, not the first teaser card that happens to use <article>.
    let best: Element | undefined;
    let bestLength = 0;
    for (const candidate of candidates) {
      const length = candidate.textContent?.length ?? 0;
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    if (best && bestLength > 200) return best;
  }
  return undefined;
}
