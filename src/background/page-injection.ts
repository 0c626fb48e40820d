/**
 * Putting the content script into pages that are already open: after an
 * install or update (Chrome does not inject declared content scripts into
 * open tabs, and an update orphans the old ones; the new instance takes over
 * from the old in the page), and for "annotate this page once" through
 * activeTab on a site Backgrounder does not run on.
 */
import browser from '../shared/browser.ts';
import { sendToTab } from '../shared/messages.ts';
import { enabledSites } from './site-access.ts';

/** The full content script, into the top frame only: subframes get it once they hold text (./frame-injection.ts). */
async function inject(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.insertCSS({ target, files: ['content.css'] });
  await browser.scripting.executeScript({ target, files: ['content.js'] });
}

/** What the manifest declares for an open page: the full script in the top frame, the main-world probe in every frame. */
async function injectAsDeclared(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, world: 'MAIN', files: ['frame-probe.js'] });
  await inject(tabId);
}

/**
 * Firefox itself puts the manifest's content scripts into open tabs on install
 * and update; a second copy of ours would only start, be taken over by the
 * other, and mark the page twice meanwhile. `getBrowserInfo` is Firefox's own.
 */
const browserInjectsDeclaredScripts = (): boolean => typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/** Inject into every open tab we have access to (after install or update). */
export async function injectIntoOpenTabs(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const declared = browserInjectsDeclaredScripts() ? [] : (manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? []);
  const patterns = [...declared, ...(await enabledSites())];
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.allSettled(tabs.map((tab) => (tab.id === undefined ? undefined : injectAsDeclared(tab.id))));
}

/** "Annotate this page once": the content script runs now even where it is off or not declared. */
export async function annotateOnce(tabId: number): Promise<void> {
  try {
    if (await sendToTab(tabId, 'background:annotate-once', {})) return;
  } catch {
    // No content script in this tab yet: put one there (activeTab grants it for this click).
  }
  await inject(tabId);
  // The fresh instance registers its listener when it starts; give it a moment.
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      if (await sendToTab(tabId, 'background:annotate-once', {})) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
