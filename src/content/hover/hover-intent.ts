/**
 * Hover intent, meeting WCAG 1.4.13 (content on hover): a card opens after the
 * pointer rests on a name for the reader's delay, stays while the pointer
 * travels to it and while it is over it, closes a moment after the pointer
 * leaves, and closes at once on Esc. Moving to another name switches cards
 * without closing in between. A tap opens a card; a tap elsewhere closes it.
 *
 * Pointer work is throttled to one hit test per animation frame.
 */
import type { MarkedName } from '../page-mentions.ts';

/** Time the pointer may spend between the name and the card, or away from both, before the card closes. */
const CLOSE_GRACE_MS = 350;

export interface HoverTarget {
  /** The mention under a viewport point, if any. */
  mentionAt(x: number, y: number): MarkedName | undefined;
  /** Is the event's target our card? */
  isCard(target: EventTarget | null): boolean;
  open(mention: MarkedName, how: 'pointer' | 'touch'): void;
  close(): void;
  openMention(): MarkedName | undefined;
}

export function watchHover(target: HoverTarget, delay: () => number, view: Window, signal: AbortSignal): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  let overCard = false;
  let pending: MarkedName | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPointerType = 'mouse';

  const clearOpen = (): void => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pending = undefined;
  };
  const clearClose = (): void => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  /** The reader is writing in the card (a note): moving the pointer away must not throw the text away. */
  const typingInCard = (): boolean => {
    const active = view.document.activeElement;
    return target.isCard(active) && (active?.shadowRoot?.activeElement?.matches('textarea, input') ?? false);
  };
  const scheduleClose = (): void => {
    if (closeTimer !== undefined || !target.openMention()) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      if (!overCard && !typingInCard()) target.close();
    }, CLOSE_GRACE_MS);
  };

  const check = (): void => {
    frame = 0;
    if (overCard) return;
    const mention = target.mentionAt(x, y);
    if (!mention) {
      clearOpen();
      scheduleClose();
      return;
    }
    if (mention === target.openMention()) {
      clearOpen();
      clearClose();
      return;
    }
    if (mention === pending || typingInCard()) return;
    clearOpen();
    pending = mention;
    openTimer = setTimeout(() => {
      openTimer = undefined;
      pending = undefined;
      clearClose();
      target.open(mention, 'pointer');
    }, delay());
  };

  const options = { capture: true, passive: true, signal } as const;
  view.addEventListener(
    'pointermove',
    (event) => {
      lastPointerType = event.pointerType;
      if (event.pointerType === 'touch') return;
      overCard = target.isCard(event.target);
      if (overCard) {
        clearClose();
        clearOpen();
        return;
      }
      x = event.clientX;
      y = event.clientY;
      if (!frame) frame = view.requestAnimationFrame(check);
    },
    options,
  );
  view.addEventListener('pointerdown', (event) => (lastPointerType = event.pointerType), options);
  view.document.addEventListener(
    'pointerleave',
    () => {
      overCard = false;
      clearOpen();
      scheduleClose();
    },
    options,
  );
  view.addEventListener(
    'click',
    (event) => {
      if (lastPointerType !== 'touch' || target.isCard(event.target)) return;
      // A tap: open the card of the name tapped, or close the open card. The page's own handling is left alone.
      const mention = target.mentionAt(event.clientX, event.clientY);
      if (mention) target.open(mention, 'touch');
      else if (target.openMention()) target.close();
    },
    options,
  );
  view.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && target.openMention()) {
        // Esc closes the topmost thing, our card; the page's own Esc handling waits for the next press.
        event.stopPropagation();
        clearOpen();
        target.close();
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearOpen();
    clearClose();
    if (frame) view.cancelAnimationFrame(frame);
  });
}
