/**
 * Bundled by scripts/scope-report.ts and evaluated in a page: reads the page
 * with a permissive scope (site chrome included) and labels each block with
 * the region it sits in, and the spans of its text that are inside links.
 */
import { collectBlocks } from '../../src/content/scan/collect-blocks.ts';

export type Region = 'navigation' | 'page header/footer' | 'aside' | 'caption' | 'heading' | 'body text';

export interface LabelledBlock {
  readonly text: string;
  readonly region: Region;
  /** [start, end) spans of `text` inside an <a>. */
  readonly links: Array<[number, number]>;
}

function regionOf(element: Element): Region {
  if (element.closest('nav, [role="navigation"], [role="menu"], [role="menubar"]')) return 'navigation';
  const chrome = element.closest('header, footer, [role="banner"], [role="contentinfo"]');
  if (chrome && !chrome.closest('article, main, [role="main"]')) return 'page header/footer';
  if (element.closest('aside, [role="complementary"]')) return 'aside';
  if (element.closest('figcaption, caption')) return 'caption';
  if (element.closest('h1, h2, h3, h4, h5, h6, [role="heading"]')) return 'heading';
  return 'body text';
}

export function readLabelledBlocks(): LabelledBlock[] {
  // Hide the chrome-skipping rules from the scanner by reading each chrome element's subtree directly.
  const roots: Element[] = [document.body, ...document.querySelectorAll('nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]')];
  const seen = new Set<Text>();
  const blocks: LabelledBlock[] = [];
  for (const root of roots) {
    for (const block of collectBlocks(root)) {
      if (seen.has(block.nodes[0]!)) continue;
      block.nodes.forEach((node) => seen.add(node));
      const links: Array<[number, number]> = [];
      block.nodes.forEach((node, i) => {
        if (node.parentElement?.closest('a')) links.push([block.starts[i]!, block.starts[i]! + node.data.length]);
      });
      blocks.push({ text: block.text, region: regionOf(block.container), links });
    }
  }
  return blocks;
}
