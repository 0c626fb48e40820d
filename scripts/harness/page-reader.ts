/**
 * Bundled by the corpus test and evaluated in the page's main world: reads the
 * page into blocks with the extension's own scanner, in reading order, so the
 * test can run the pure matcher on exactly the text the extension read.
 */
import { collectBlocks } from '../../src/content/scan/collect-blocks.ts';
import { anchorOf, compareReadingOrder } from '../../src/content/scan/reading-order.ts';
import { findArticleRoot } from '../../src/content/scan/scan-scope.ts';

export function readBlocks(): string[] {
  const article = findArticleRoot(document);
  const exclude = new Set(document.querySelectorAll('backgrounder-ui'));
  const blocks = collectBlocks(document.body ?? document.documentElement, { exclude }).map((block, sequence) => {
    const node = block.nodes[0]!;
    return { text: block.text, node, inArticle: article?.contains(anchorOf(node)) ?? false, sequence };
  });
  return blocks.sort(compareReadingOrder).map((block) => block.text);
}
