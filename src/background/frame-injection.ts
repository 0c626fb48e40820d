/**
 * The full content script goes into a subframe only once that frame holds
 * text (issue #14): an isolated world costs a tab about 0.2 MB a frame after
 * GC, and news pages carry dozens of empty frames. Subframes run a main-world
 * probe (src/content/frame-probe.ts) whose signal the top frame passes on
 * here; this module looks at every frame of the tab in its main world (no
 * isolated world is made), and injects into those with text and none of ours.
 */
import browser from '../shared/browser.ts';
import { MIN_FRAME_TEXT } from '../shared/frame-text-signal.ts';

/** One frame document, as the look in its main world sees it. */
export interface FrameLook {
  readonly frameId: number;
  /** Null for the top frame, which has its own script; else whether it holds text and which document it is. */
  readonly result: { readonly hasText: boolean; readonly documentKey: number } | null | undefined;
}

/**
 * Runs in each frame's main world, serialised: self-contained. A document is
 * told apart from a later one in the same frame by its time origin, so a
 * frame that navigates is injected again, and one already injected is not.
 */
function lookAtFrame(minText: number): FrameLook['result'] {
  if (window === window.top) return null;
  return { hasText: (document.body?.textContent?.trim().length ?? 0) >= minText, documentKey: performance.timeOrigin };
}

/** Per tab, the frame documents given the full script: "frameId@timeOrigin". Lost with the background; see below. */
const injectedByTab = new Map<number, Set<string>>();
/** Per tab, the look under way: looks are serialised so two signals never inject into one frame twice. */
const lookByTab = new Map<number, Promise<number>>();

/**
 * The frames to inject into, and the documents to remember: those of this
 * look only, so the set holds no frame that has gone. Pure, for the tests.
 */
export function framesToInject(looks: readonly FrameLook[], injected: ReadonlySet<string>): { frameIds: number[]; remember: Set<string> } {
  const frameIds: number[] = [];
  const remember = new Set<string>();
  for (const { frameId, result } of looks) {
    if (frameId === 0 || !result) continue;
    const key = `${frameId}@${result.documentKey}`;
    if (injected.has(key)) remember.add(key);
    else if (result.hasText) {
      frameIds.push(frameId);
      remember.add(key);
    }
  }
  return { frameIds, remember };
}

async function lookAndInject(tabId: number): Promise<number> {
  const looks = (await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    world: 'MAIN',
    func: lookAtFrame,
    args: [MIN_FRAME_TEXT],
  })) as FrameLook[];
  const { frameIds, remember } = framesToInject(looks, injectedByTab.get(tabId) ?? new Set());
  injectedByTab.set(tabId, remember);
  if (frameIds.length === 0) return 0;
  // If the background was stopped and restarted since a frame's injection, that frame is injected again: the new
  // instance takes over from the old one in the page (src/content/index.ts), as after an update.
  await browser.scripting.insertCSS({ target: { tabId, frameIds }, files: ['content.css'] });
  await browser.scripting.executeScript({ target: { tabId, frameIds }, files: ['content.js'] });
  return frameIds.length;
}

/** Put the full content script into each subframe of a tab that holds text and has none yet; how many. */
export function injectIntoFramesWithText(tabId: number): Promise<number> {
  const previous = lookByTab.get(tabId) ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(() => lookAndInject(tabId));
  lookByTab.set(tabId, next);
  void next.finally(() => lookByTab.get(tabId) === next && lookByTab.delete(tabId)).catch(() => {});
  return next;
}

/** Forget a closed tab. */
export function forgetTab(tabId: number): void {
  injectedByTab.delete(tabId);
}
