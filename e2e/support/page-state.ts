/**
 * What a page looks like to its reader and to its own scripts, read from the
 * page's main world, for comparing the same page with Backgrounder on and off:
 * where focus and the selection are, the ranges we registered (to catch a
 * mark registered twice), and the errors the page reported.
 */
import type { TestPage } from '../../scripts/harness/browsers.ts';

export interface FocusAndSelection {
  /** The focused element as a path from the document, e.g. "html>body:1>input#q:3". */
  readonly focus: string;
  /** The selection: anchor and focus as node paths with offsets, and its text. */
  readonly selection: string;
}

/**
 * Focus and selection, with node paths that skip our host element, so the
 * same place reads the same with and without Backgrounder. Text inside form
 * fields is selected through the field, so their selection is read too.
 */
export function focusAndSelection(page: TestPage): Promise<FocusAndSelection> {
  return page.evaluate(() => {
    const isOurs = (node: Node): boolean => node.nodeName.toLowerCase() === 'backgrounder-ui';
    const pathOf = (node: Node | null): string => {
      if (!node) return 'none';
      const steps: string[] = [];
      for (let current: Node | null = node; current && current !== document; current = current.parentNode) {
        const parent: Node | null = current.parentNode;
        const siblings = parent ? [...parent.childNodes].filter((child) => !isOurs(child)) : [];
        const name = current instanceof Element ? `${current.localName}${current.id ? `#${current.id}` : ''}` : current.nodeName;
        steps.unshift(`${name}:${siblings.indexOf(current as ChildNode)}`);
      }
      return steps.join('>');
    };
    const active = document.activeElement;
    let field = '';
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
      field = ` field ${active.selectionStart}-${active.selectionEnd} ${active.selectionDirection}`;
    }
    const selection = getSelection();
    const ranges = selection
      ? `${selection.type} ${pathOf(selection.anchorNode)}@${selection.anchorOffset} ${pathOf(selection.focusNode)}@${selection.focusOffset} ${JSON.stringify(selection.toString())}`
      : 'none';
    return { focus: `${pathOf(active)}${field}`, selection: ranges };
  });
}

export interface MarkedRange {
  readonly highlight: string;
  /** Start and end as node path and offset: equal keys are the same place on the page. */
  readonly key: string;
  readonly text: string;
}

/** Every range in our highlights (the active one aside), with its place on the page. */
export function markedRanges(page: TestPage): Promise<MarkedRange[]> {
  return page.evaluate(() => {
    const pathOf = (node: Node): string => {
      const steps: number[] = [];
      for (let current: Node | null = node; current && current.parentNode; current = current.parentNode) {
        steps.unshift([...current.parentNode.childNodes].indexOf(current as ChildNode));
      }
      return steps.join('.');
    };
    const ranges: MarkedRange[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!String(name).startsWith('backgrounder') || name === 'backgrounder-active') return;
      highlight.forEach((value) => {
        const range = value as Range;
        ranges.push({
          highlight: String(name),
          key: `${pathOf(range.startContainer)}@${range.startOffset}-${pathOf(range.endContainer)}@${range.endOffset}`,
          text: range.toString(),
        });
      });
    });
    return ranges;
  });
}

/** Keys that appear more than once: the same text marked twice. */
export function duplicateKeys(ranges: readonly MarkedRange[]): string[] {
  const seen = new Set<string>();
  return ranges.filter(({ key }) => seen.has(key) || !seen.add(key)).map(({ key, text }) => `${key} (${text})`);
}

/** Errors in `withExtension` that the same page did not report without it (each one matched once). */
export function newErrors(withExtension: readonly string[], without: readonly string[]): string[] {
  const left = [...without];
  return withExtension.filter((error) => {
    const index = left.indexOf(error);
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}
