/**
 * Bundled by scripts/scope-report.ts and evaluated in a page. Two readings:
 * - readLabelledBlocks: everything a permissive scope would read (site chrome
 *   and widgets included), each block labelled with the region it sits in or
 *   the scope rule that leaves it unread, and the spans of its text in links;
 * - readAsExtension: the blocks the extension reads, in its reading order
 *   (as scripts/harness/page-reader.ts), each text node marked inside or outside
 *   the page's hand-listed article regions (scripts/harness/article-regions.ts).
 */
import { collectBlocks, type DropRule } from '../../src/content/scan/collect-blocks.ts';
import { anchorOf, compareReadingOrder } from '../../src/content/scan/reading-order.ts';
import { findArticleRoot, scopeOf } from '../../src/content/scan/scan-scope.ts';
import type { TextBlock } from '../../src/content/scan/text-block.ts';

export type Region =
  | 'navigation'
  | 'page header (not the headline)'
  | 'page footer, sidebar'
  | 'widget named as such'
  | DropRule
  | 'headline in a page header'
  | 'caption'
  | 'heading'
  | 'body text';

export interface LabelledBlock {
  readonly text: string;
  readonly region: Region;
  /** Is the block inside the element findArticleRoot chose? */
  readonly inArticleRoot: boolean;
  /** [start, end) spans of `text` inside an <a href>. */
  readonly links: Array<[number, number]>;
}

function linkSpans(block: TextBlock): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  block.nodes.forEach((node, i) => {
    if (node.parentElement?.closest('a[href]')) spans.push([block.starts[i]!, block.starts[i]! + node.data.length]);
  });
  return spans;
}

/** The region of a block that the scanner reads. */
function readRegion(element: Element): Region {
  for (let up: Element | null = element; up; up = up.parentElement) if (scopeOf(up, undefined) === 'headline-only') return 'headline in a page header';
  if (element.closest('figcaption, caption, [itemprop~="caption"]')) return 'caption';
  if (element.closest('h1, h2, h3, h4, h5, h6, [role="heading"]')) return 'heading';
  return 'body text';
}

/** Why a subtree root is skipped, for the ones a permissive reading enters. */
function skippedRegion(element: Element): Region {
  if (element.matches('nav, [role="navigation"], [role="menu"], [role="menubar"]')) return 'navigation';
  if (element.matches('header, [role="banner"]')) return 'page header (not the headline)';
  if (element.matches('footer, aside, [role="contentinfo"], [role="complementary"]')) return 'page footer, sidebar';
  return 'widget named as such';
}

export function readLabelledBlocks(): LabelledBlock[] {
  const article = findArticleRoot(document);
  const seen = new Set<Text>();
  const blocks: LabelledBlock[] = [];
  const add = (block: TextBlock, region: Region): void => {
    if (block.nodes.some((node) => seen.has(node))) return;
    block.nodes.forEach((node) => seen.add(node));
    blocks.push({ text: block.text, region, inArticleRoot: article?.contains(block.nodes[0]!) ?? false, links: linkSpans(block) });
  };
  // What the scanner reads, and what its rules drop as they read.
  const dropped: Array<[TextBlock, Region]> = [];
  for (const block of collectBlocks(document.body, { onDrop: (gone, rule) => gone.forEach((one) => dropped.push([one, rule])) })) add(block, readRegion(block.container));
  for (const [block, rule] of dropped) add(block, rule);
  // Subtrees skipped whole: read each outermost one directly (a root is entered whatever its own scope).
  const skippedRoots = [...document.body.querySelectorAll('*')].filter((element) => {
    const scope = scopeOf(element, undefined);
    if (scope === 'read' || element.matches('script, style, noscript, template, svg, code, pre, iframe, button, select, input, textarea')) return false;
    return scope === 'headline-only' || scope === 'skip';
  });
  for (const root of skippedRoots) {
    const region = skippedRegion(root);
    // Read it whole: what the link rules would drop in it counts for the region too.
    const inside: TextBlock[] = [];
    for (const block of collectBlocks(root, { onDrop: (gone) => inside.push(...gone) })) inside.push(block);
    for (const block of inside) add(block, region);
  }
  return blocks;
}

export interface ExtensionBlock {
  readonly text: string;
  readonly starts: readonly number[];
  /** For each text node of the block: is it inside one of the page's allowed article regions? */
  readonly allowed: readonly boolean[];
}

export function readAsExtension(allowed: readonly string[]): ExtensionBlock[] {
  const article = findArticleRoot(document);
  const selector = allowed.join(', ');
  return collectBlocks(document.body)
    .map((block, sequence) => ({ block, node: block.nodes[0]!, inArticle: article?.contains(anchorOf(block.nodes[0]!)) ?? false, sequence }))
    .sort(compareReadingOrder)
    .map(({ block }) => ({
      text: block.text,
      starts: block.starts,
      allowed: block.nodes.map((node) => selector !== '' && !!node.parentElement?.closest(selector)),
    }));
}
