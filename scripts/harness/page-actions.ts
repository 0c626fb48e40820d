/**
 * Page-side helpers shared by the tests, the demo and the benchmark: find a
 * piece of text on the page, hover it, read the state of our card.
 * They observe from the page's main world only what the page could see too:
 * the highlight registry and our one host element.
 */
import type { TestPage } from './browsers.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Scroll the first occurrence of `text` into the middle of the viewport and return its box, or undefined. */
export function scrollToText(page: TestPage, text: string): Promise<Box | undefined> {
  return page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = (node as Text).data.indexOf(needle);
      if (index < 0) continue;
      const range = new Range();
      range.setStart(node, index);
      range.setEnd(node, index + needle.length);
      node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      if (!rect) return undefined;
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return undefined;
  }, text);
}

/** Move the pointer onto `text` (its first occurrence) and return where it went. */
export async function hoverText(page: TestPage, text: string): Promise<Box> {
  const box = await scrollToText(page, text);
  if (!box) throw new Error(`"${text}" is not on the page`);
  await page.mouseMove(box.x + Math.min(8, box.width / 2), box.y + box.height / 2, 4);
  return box;
}

/** Is our card open (the host is in the top layer and holds a card)? */
export function isCardOpen(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('backgrounder-ui');
    return (host?.matches(':popover-open') ?? false) && host?.shadowRoot?.querySelector('.card') !== null;
  });
}

/** Wait until the card is open or closed. */
export function waitForCard(page: TestPage, open: boolean, timeoutMs = 5_000): Promise<void> {
  return page.waitFor(
    (wanted: boolean) => {
      const host = document.querySelector('backgrounder-ui');
      const shown = (host?.matches(':popover-open') ?? false) && host?.shadowRoot?.querySelector('.card') !== null;
      return shown === wanted;
    },
    open,
    timeoutMs,
  );
}

/** The highlight names we registered and how many ranges each holds. */
export function highlightCounts(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (String(name).startsWith('backgrounder')) counts[String(name)] = highlight.size;
    });
    return counts;
  });
}

/** The page text under each registered range of ours, in registry order. */
export function highlightedTexts(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!String(name).startsWith('backgrounder') || name === 'backgrounder-active') return;
      highlight.forEach((range) => {
        texts.push((range as Range).toString());
      });
    });
    return texts;
  });
}

export interface CardState {
  readonly open: boolean;
  readonly entryId?: string | undefined;
  readonly title?: string;
  readonly dark?: boolean;
  readonly sheet?: boolean;
  /** The card's box in the viewport. */
  readonly box?: Box;
  readonly viewport: { readonly width: number; readonly height: number };
  /** Is the card what the page shows at the card's centre (nothing of the page above it)? */
  readonly onTop?: boolean;
  readonly background?: string;
}

/** What our card shows, read from the host's (open) shadow root. */
export function cardState(page: TestPage): Promise<CardState> {
  return page.evaluate(() => {
    const viewport = { width: innerWidth, height: innerHeight };
    const host = document.querySelector('backgrounder-ui');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host?.matches(':popover-open') || !card) return { open: false, viewport };
    const rect = card.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return {
      open: true,
      entryId: card.dataset['entry'],
      title: card.querySelector('h2')?.textContent ?? '',
      dark: card.classList.contains('dark'),
      sheet: card.classList.contains('sheet'),
      box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      viewport,
      onTop: hit === host,
      background: getComputedStyle(card).backgroundColor,
    };
  });
}

/** The element focused, looking into our shadow root: "page:<id or tag>" or "ui:<class or role>". */
export function focusedElement(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const host = document.querySelector('backgrounder-ui');
    if (active === host && host?.shadowRoot?.activeElement) {
      const inner = host.shadowRoot.activeElement as HTMLElement;
      return `ui:${inner.getAttribute('role') ?? inner.className}`;
    }
    return `page:${active?.id || active?.localName || 'none'}`;
  });
}
