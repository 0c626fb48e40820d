/**
 * The article body of a saved news page, found by Mozilla's Readability (the
 * reader-view extractor) in happy-dom, not by our own scan scope: the
 * coverage report asks how many of the article's names got a card, so what
 * counts as "the article" must not be decided by the code being measured.
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';

export interface ArticleText {
  readonly title: string;
  /** The byline as the page gives it (reporters' names are not names to explain). */
  readonly byline: string;
  readonly siteName: string;
  /** The headline, then each paragraph, heading, list item and caption of the body, in order. */
  readonly blocks: readonly string[];
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, td, dd, dt';

/** Text of each block element in `root`, innermost blocks only, white space collapsed. */
function blockTexts(root: ParentNode): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR)) continue; // its inner blocks are read on their own
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

export async function articleText(html: string, url: string): Promise<ArticleText> {
  const settings = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true };
  const window = new Window({ url, settings });
  try {
    window.document.write(html);
    const article = new Readability(window.document as unknown as Document).parse();
    if (!article?.content) return { title: '', byline: '', siteName: '', blocks: [] };
    const body = new Window({ url, settings });
    try {
      body.document.body.innerHTML = article.content;
      const title = (article.title ?? '').trim();
      const blocks = blockTexts(body.document.body as unknown as ParentNode);
      return { title, byline: article.byline ?? '', siteName: article.siteName ?? '', blocks: title ? [title, ...blocks] : blocks };
    } finally {
      await body.happyDOM.close();
    }
  } finally {
    await window.happyDOM.close();
  }
}
