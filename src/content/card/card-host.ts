/**
 * Shows the card: renders it with Preact into our shadow root, puts the host
 * in the top layer (popover) and places it next to the mention with Floating
 * UI, following scrolling and resizing. On narrow viewports it is a bottom sheet.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PageOwner } from '../page/page-owner.ts';
import { Card, type CardProps } from './Card.tsx';
import cardCss from './card.css';

/** Below this viewport width the card is a bottom sheet. */
const SHEET_WIDTH = 480;
const GAP = 6;
const EDGE = 8;

export type CardContent = Omit<CardProps, 'sheet'>;

export class CardHost {
  readonly #owner: PageOwner;
  #container: HTMLElement | undefined;
  #live: HTMLElement | undefined;
  #stopFollowing: (() => void) | undefined;
  #returnFocus: HTMLElement | undefined;
  #open = false;

  constructor(owner: PageOwner) {
    this.#owner = owner;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** Is this event target inside the card? (Events from a closed shadow root are retargeted to the host.) */
  contains(target: EventTarget | null): boolean {
    return this.#open && target !== null && target === this.#owner.host;
  }

  /** Show `content` next to `range`. With `focus`, the card takes focus and is announced once. */
  show(content: CardContent, range: Range, focus: boolean): void {
    const root = this.#ensureMounted();
    const host = this.#owner.host!;
    const sheet = host.ownerDocument.defaultView!.innerWidth < SHEET_WIDTH;
    render(h(Card, { ...content, sheet }), this.#container!);
    if (!host.matches(':popover-open')) host.showPopover();
    this.#open = true;
    this.#follow(range, sheet);
    if (focus) {
      const active = host.ownerDocument.activeElement;
      if (active instanceof HTMLElement && active !== host) this.#returnFocus = active;
      root.querySelector<HTMLElement>('[role="dialog"]')?.focus();
      this.#live!.textContent = t('card_opened', content.entry.label);
    }
  }

  hide(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
    const host = this.#owner.host;
    if (this.#container) render(null, this.#container);
    if (this.#live) this.#live.textContent = '';
    if (host?.matches(':popover-open')) host.hidePopover();
    this.#returnFocus?.focus({ preventScroll: true });
    this.#returnFocus = undefined;
  }

  destroy(): void {
    this.hide();
    this.#container = undefined;
  }

  #ensureMounted(): ShadowRoot {
    const root = this.#owner.uiRoot();
    if (!this.#container || !root.contains(this.#container)) {
      const style = document.createElement('style');
      style.textContent = cardCss;
      this.#container = document.createElement('div');
      this.#container.tabIndex = -1;
      // A polite live region announces a card opened from the keyboard, once.
      this.#live = document.createElement('div');
      this.#live.className = 'sr-only';
      this.#live.setAttribute('aria-live', 'polite');
      root.replaceChildren(style, this.#container, this.#live);
      // Keys typed in the card are ours: the page's shortcuts must not see them.
      for (const type of ['keydown', 'keyup', 'keypress'] as const) root.addEventListener(type, (event) => event.stopPropagation());
    }
    return root;
  }

  #follow(range: Range, sheet: boolean): void {
    this.#stopFollowing?.();
    const host = this.#owner.host!;
    if (sheet) {
      setStyles(host, { left: '0px', top: 'auto', bottom: '0px', width: '100vw', 'max-width': '100vw' });
      this.#stopFollowing = undefined;
      return;
    }
    for (const property of ['bottom', 'width', 'max-width']) host.style.removeProperty(property);
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = (): void => {
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(GAP),
          flip({ padding: EDGE }),
          shift({ padding: EDGE }),
          size({
            padding: EDGE,
            apply: ({ availableHeight }) => setStyles(host, { '--available-height': `${Math.max(120, availableHeight)}px` }),
          }),
        ],
      }).then(({ x, y }) => {
        setStyles(host, { left: `${x}px`, top: `${y}px` });
      });
    };
    this.#stopFollowing = autoUpdate(reference, host, update, { animationFrame: false });
  }
}

/**
 * Inline and !important: a page rule such as `* { all: unset !important }`
 * must not move the card. Set through the CSSOM, which a strict
 * Content-Security-Policy allows (it blocks style attributes in markup only).
 */
function setStyles(element: HTMLElement, styles: Readonly<Record<string, string>>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
