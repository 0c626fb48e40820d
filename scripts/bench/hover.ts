/**
 * The hover path: from the pointer's last move onto a marked name to our
 * card on screen. The extension's hover delay is set to a known value; the
 * probe records the last pointermove and the card host's popover `toggle`
 * (and the first animation frame after it) in the page's clock, so the
 * figures do not include the driver's round trips. Subtracting the delay
 * gives the time after hover intent fires as the issue defines it (which
 * includes waiting for the animation frame in which the content script
 * hit-tests the pointer); the probe's frame callback after the last move
 * splits that wait from the time between the delay timer and the card.
 */
import { waitForCard } from '../harness/page-actions.ts';
import type { BenchBrowser } from './browser-set.ts';
import type { BenchPage } from './bench-pages.ts';
import { CONFIG } from './config.ts';
import { readProbe } from './page-probe.ts';
import type { HoverRow } from './types.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The box of our `index`-th marked range (registry order), scrolled into view; undefined when there is none or it has no box. */
function markedBox(index: number): { x: number; y: number; width: number; height: number; text: string } | undefined {
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!String(name).startsWith('backgrounder') || name === 'backgrounder-active') return;
    highlight.forEach((range) => {
      ranges.push(range as Range);
    });
  });
  const range = ranges[index];
  if (!range) return undefined;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = range.getClientRects()[0];
  if (!rect || rect.width < 2 || rect.top < 0 || rect.bottom > innerHeight) return undefined;
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, text: range.toString() };
}

const markedCount = (): number => {
  let count = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (String(name).startsWith('backgrounder') && name !== 'backgrounder-active') count += highlight.size;
  });
  return count;
};

/** Load the page with Backgrounder and take up to CONFIG.hoverSamples card openings. */
export async function measureHover(bench: BenchBrowser, page: BenchPage, waitForMarks: () => Promise<void>): Promise<HoverRow[]> {
  const tab = bench.tab;
  await tab.goto(page.url);
  await waitForMarks();
  // Card text is prefetched when the browser is idle (at most 1 s after marking): hover after that, as a reader would.
  await pause(CONFIG.hoverSettleMs);
  const rows: HoverRow[] = [];
  const count = await tab.evaluate(markedCount);
  for (let index = 0; index < count && rows.length < CONFIG.hoverSamples; index++) {
    await tab.mouseMove(2, 2);
    await waitForCard(tab, false, 3_000).catch(() => {});
    const box = await tab.evaluate(markedBox, index);
    if (!box) continue;
    const before = (await readProbe(tab))?.cards.length ?? 0;
    await tab.mouseMove(box.x + Math.min(8, box.width / 2), box.y + box.height / 2, 4);
    try {
      await waitForCard(tab, true, 1_500 + CONFIG.hoverDelayMs);
    } catch {
      continue; // the name was covered or clipped: try the next one
    }
    // The probe notes the first animation frame after the card: give it a few frames to arrive.
    let card = (await readProbe(tab))?.cards[before];
    for (let wait = 0; card && card.frame < 0 && wait < 10; wait++) {
      await pause(50);
      card = (await readProbe(tab))?.cards[before];
    }
    if (!card || card.lastMove < 0) continue;
    const moveToShownMs = card.shown - card.lastMove;
    const intentFires = card.lastMoveFrame + CONFIG.hoverDelayMs;
    rows.push({
      page: page.page,
      sample: rows.length,
      text: box.text,
      delayMs: CONFIG.hoverDelayMs,
      moveToShownMs,
      afterIntentMs: moveToShownMs - CONFIG.hoverDelayMs,
      moveToCheckMs: card.lastMoveFrame >= 0 ? card.lastMoveFrame - card.lastMove : Number.NaN,
      timerToShownMs: card.lastMoveFrame >= 0 ? card.shown - intentFires : Number.NaN,
      timerToFrameMs: card.lastMoveFrame >= 0 && card.frame >= 0 ? card.frame - intentFires : Number.NaN,
    });
  }
  await tab.mouseMove(2, 2);
  return rows;
}
