/**
 * Everything Backgrounder shows on a page, in our one host element: the card
 * next to a mention (placed with Floating UI, following scrolling and
 * resizing; a bottom sheet on narrow viewports), or in its place the chooser
 * of a possible match, and the keyboard panel. The
 * host is a click-through layer in the top layer, shown only while something
 * is open. Focus taken from the page is given back when the thing that took it closes.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { Fragment, h, render } from 'preact';
import { t } from '../../shared/i18n.ts';
import { Card, type CardProps } from '../card/Card.tsx';
import cardCss from '../card/card.css';
import { PossibleChooser, type PossibleChooserProps } from '../card/PossibleChooser.tsx';
import type { PageOwner } from '../page/page-owner.ts';
import { Panel, type PanelProps } from '../panel/Panel.tsx';
import panelCss from '../panel/panel.css';
import uiCss from './ui.css';

/** Below this viewport width the card is a bottom sheet. */
const SHEET_WIDTH = 480;
const GAP = 6;
const EDGE = 8;

export type CardContent = Omit<CardProps, 'sheet'>;
export type ChooserContent = Omit<PossibleChooserProps, 'sheet'>;
/** What the card frame shows: an entry's card, or the chooser of a possible match. */
type CardFrameContent = { readonly chooser: false; readonly content: CardContent } | { readonly chooser: true; readonly content: ChooserContent };

/** The open modal dialog a mention is in, if any (our host must then live inside it to be interactive). */
function openModalAround(range: Range): Element | undefined {
  const dialog = range.startContainer.parentElement?.closest('dialog');
  return dialog?.matches(':modal') ? dialog : undefined;
}
type Layer = 'card' | 'panel';

export class UiHost {
  readonly #owner: PageOwner;
  #mount: HTMLElement | undefined;
  #live: HTMLElement | undefined;
  #card: { shown: CardFrameContent; range: Range; key: number } | undefined;
  #panel: PanelProps | undefined;
  #cardKey = 0;
  #warm = false;
  #stopFollowing: (() => void) | undefined;
  /** Where focus was before a layer took it, to give it back when that layer closes. */
  #focusReturn = new Map<Layer, HTMLElement>();

  constructor(owner: PageOwner) {
    this.#owner = owner;
  }

  get isCardOpen(): boolean {
    return this.#card !== undefined;
  }

  get isPanelOpen(): boolean {
    return this.#panel !== undefined;
  }

  /** Is this event target our UI? (Events from inside the shadow root are retargeted to the host.) */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.#owner.host;
  }

  /** Show the card for `range`. With `focus`, it takes focus and is announced once. */
  showCard(content: CardContent, range: Range, focus: boolean): void {
    const shown = this.#card?.shown;
    const same = this.#card?.range === range && shown?.chooser === false && shown.content.entry.id === content.entry.id;
    this.#showInFrame({ chooser: false, content }, range, same, focus, t('card_opened', content.entry.label));
  }

  /** Show the chooser of a possible match for `range`, as a card is shown. */
  showChooser(content: ChooserContent, range: Range, focus: boolean): void {
    const same = this.#card?.range === range && this.#card.shown.chooser;
    this.#showInFrame({ chooser: true, content }, range, same, focus, t('card_possible_title', content.name.text));
  }

  #showInFrame(shown: CardFrameContent, range: Range, same: boolean, focus: boolean, announcement: string): void {
    this.#card = { shown, range, key: same ? this.#cardKey : ++this.#cardKey };
    if (focus) this.#rememberFocus('card');
    this.#render(openModalAround(range));
    this.#follow(range);
    if (focus) {
      this.#mount?.querySelector<HTMLElement>('.card')?.focus();
      this.#announce(announcement);
    }
  }

  hideCard(): void {
    if (!this.#card) return;
    this.#card = undefined;
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
    this.#render();
    this.#restoreFocus('card');
  }

  showPanel(panel: PanelProps): void {
    if (!this.#panel) this.#rememberFocus('panel');
    this.#panel = panel;
    this.#render();
  }

  hidePanel(): void {
    if (!this.#panel) return;
    this.#panel = undefined;
    this.#render();
    this.#restoreFocus('panel');
  }

  /**
   * Render a card once into a detached element, at idle, so the first real
   * card does not pay for cold code (Preact's diff, the card's components).
   * Nothing is added to the page.
   */
  warmUp(content: CardContent): void {
    if (this.#warm) return;
    this.#warm = true;
    const scratch = document.createElement('div');
    render(h(Card, { ...content, sheet: false }), scratch);
    render(null, scratch);
  }

  destroy(): void {
    this.#stopFollowing?.();
    if (this.#mount) render(null, this.#mount);
    this.#card = undefined;
    this.#panel = undefined;
    this.#mount = undefined;
  }

  #render(parent?: Element): void {
    const open = this.#card !== undefined || this.#panel !== undefined;
    const host = this.#owner.host;
    if (!open && !host) return;
    this.#ensureMounted(parent);
    const card = this.#card;
    const sheet = window.innerWidth < SHEET_WIDTH;
    render(
      h(Fragment, null, [
        card &&
          h(
            'div',
            { key: 'card', class: `card-frame${sheet ? ' sheet' : ''}` },
            card.shown.chooser ? h(PossibleChooser, { ...card.shown.content, sheet, key: card.key }) : h(Card, { ...card.shown.content, sheet, key: card.key }),
          ),
        this.#panel && h('div', { key: 'panel', class: 'panel-frame' }, h(Panel, this.#panel)),
      ]),
      this.#mount!,
    );
    const shown = this.#owner.host!.matches(':popover-open');
    if (open && !shown) this.#owner.host!.showPopover();
    if (!open && shown) this.#owner.host!.hidePopover();
    if (!open && this.#live) this.#live.textContent = '';
  }

  #ensureMounted(parent?: Element): void {
    const root = this.#owner.uiRoot(parent);
    if (this.#mount && root.contains(this.#mount)) return;
    const style = document.createElement('style');
    style.textContent = `${uiCss}\n${cardCss}\n${panelCss}`;
    this.#mount = document.createElement('div');
    // A polite live region announces a card opened from the keyboard, once.
    this.#live = document.createElement('div');
    this.#live.className = 'sr-only';
    this.#live.setAttribute('aria-live', 'polite');
    root.replaceChildren(style, this.#mount, this.#live);
    // Keys typed in our UI are ours: the page's shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) root.addEventListener(type, (event) => event.stopPropagation());
  }

  #announce(message: string): void {
    if (!this.#live) return;
    this.#live.textContent = '';
    // A change after a tick is what makes screen readers speak it.
    requestAnimationFrame(() => this.#live && (this.#live.textContent = message));
  }

  #rememberFocus(layer: Layer): void {
    const root = this.#owner.host?.shadowRoot;
    const inside = root?.activeElement;
    const outside = document.activeElement;
    const element = inside instanceof HTMLElement ? inside : outside instanceof HTMLElement && outside !== this.#owner.host ? outside : undefined;
    if (element) this.#focusReturn.set(layer, element);
  }

  #restoreFocus(layer: Layer): void {
    const element = this.#focusReturn.get(layer);
    this.#focusReturn.delete(layer);
    if (element?.isConnected) element.focus({ preventScroll: true });
  }

  #follow(range: Range): void {
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
    const frame = this.#mount?.querySelector<HTMLElement>('.card-frame');
    if (!frame || frame.classList.contains('sheet')) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = (): void => {
      void computePosition(reference, frame, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(GAP),
          flip({ padding: EDGE }),
          shift({ padding: EDGE }),
          size({ padding: EDGE, apply: ({ availableHeight }) => frame.style.setProperty('--available-height', `${Math.max(120, availableHeight)}px`) }),
        ],
      }).then(({ x, y }) => {
        frame.style.left = `${x}px`;
        frame.style.top = `${y}px`;
      });
    };
    this.#stopFollowing = autoUpdate(reference, frame, update);
  }
}
