/**
 * Content script entry. Starts a Session when Backgrounder is on for this
 * site, follows setting changes live, and ends everything in one teardown
 * when switched off, when the page goes into the back/forward cache, when the
 * extension is updated or reloaded (a newer instance takes over), or when this
 * instance finds itself orphaned. A page restored from the back/forward cache
 * is marked again.
 */
import type { Matcher } from '../core/match/matcher.ts';
import browser from '../shared/browser.ts';
import { listen, type ContentMessages, type PageReport } from '../shared/messages.ts';
import { isActiveOn, loadSettings, saveSetting, siteKey, watchSettings, type Settings } from '../shared/settings.ts';
import { CardCache } from './card/card-cache.ts';
import { waitForText } from './frame-text.ts';
import { loadMatcher } from './load-matcher.ts';
import { PageOwner } from './page/page-owner.ts';
import { Session } from './session.ts';

const startedAt = performance.now();
/** Dispatched on the document by a newly injected instance; older instances end themselves. */
const TAKEOVER_EVENT = 'backgrounder:takeover';

class ContentController {
  readonly #life = new AbortController();
  readonly #cards = new CardCache();
  #settings: Settings | undefined;
  #matcher: Matcher | undefined;
  #glossaryMs = 0;
  #session: Session | undefined;

  async start(): Promise<void> {
    const signal = this.#life.signal;
    document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
    PageOwner.removeLeftovers(document);
    document.addEventListener(TAKEOVER_EVENT, () => this.destroy(), { once: true, signal });
    window.addEventListener('pagehide', (event) => event.persisted && this.#stopSession(), { signal });
    window.addEventListener('pageshow', (event) => event.persisted && void this.#apply(), { signal });
    listen<ContentMessages>(
      {
        'popup:get-page-report': () => this.#report(),
        'popup:show-entry': ({ entryId }) => this.#session?.showEntry(entryId) ?? false,
        'background:toggle-panel': () => this.#session?.togglePanel() ?? false,
        'background:annotate-once': async () => {
          await this.#startSession(true);
          return this.#session !== undefined;
        },
      },
      signal,
    );
    watchSettings((settings) => {
      this.#settings = settings;
      void this.#apply();
    }, signal);
    this.#settings = await loadSettings();
    // A frame with almost no text (an ad, a tracking pixel) costs nothing until text arrives.
    if (window !== window.top) await waitForText(document, signal);
    await this.#apply();
  }

  destroy(): void {
    this.#life.abort();
    this.#stopSession();
  }

  /** Start, update or stop the session to match the settings. */
  async #apply(): Promise<void> {
    if (!this.#settings || this.#life.signal.aborted) return;
    if (!browser.runtime?.id) return this.destroy(); // orphaned: the extension was updated or removed
    if (!isActiveOn(this.#settings, location.hostname)) return this.#stopSession();
    if (this.#session) this.#session.update(this.#settings);
    else await this.#startSession(false);
  }

  async #startSession(force: boolean): Promise<void> {
    const settings = this.#settings;
    if (this.#session || !settings || (!force && !isActiveOn(settings, location.hostname))) return;
    if (!this.#matcher) {
      const loadStart = performance.now();
      this.#matcher = loadMatcher();
      this.#glossaryMs = performance.now() - loadStart;
    }
    this.#session = new Session(this.#matcher, this.#cards, settings, {
      onSiteOff: () => void saveSetting('disabledSites', [...new Set([...(this.#settings?.disabledSites ?? []), siteKey(location.hostname)])]),
      onMute: (id) => void saveSetting('muted', [...new Set([...(this.#settings?.muted ?? []), id])]),
    });
    await this.#session.start(startedAt, this.#glossaryMs);
  }

  #stopSession(): void {
    this.#session?.destroy();
    this.#session = undefined;
  }

  #report(): PageReport {
    const session = this.#session;
    if (!session) return { active: false, mentions: [] };
    return {
      active: true,
      mentions: session.mentions.map((m) => ({ entryId: m.entry.id, label: m.entry.label, kind: m.entry.kind, text: m.text })),
      ...(session.openEntryId !== undefined && { openEntryId: session.openEntryId }),
      ...(session.timing && { timing: session.timing }),
    };
  }
}

if (document.documentElement instanceof HTMLElement) {
  const controller = new ContentController();
  controller.start().catch((error: unknown) => {
    console.warn('Backgrounder could not start on this page:', error);
    controller.destroy();
  });
}
