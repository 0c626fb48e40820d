/**
 * Content script entry. Starts a Session when Backgrounder is on for this
 * site, follows setting changes live, and ends everything in one teardown
 * when switched off, when the page goes into the back/forward cache, when the
 * extension is updated or reloaded (a newer instance takes over), or when this
 * instance finds itself orphaned. A page restored from the back/forward cache
 * is marked again.
 */
// First: its top level times the evaluation of every module after it.
import { evaluationStartedAt } from './evaluation-start.ts';
import browser from '../shared/browser.ts';
import { watchCustomGlossaries } from '../shared/custom-glossaries-watch.ts';
import { listen, type ContentMessages, type PageReport } from '../shared/messages.ts';
import { isActiveOn, loadSettings, saveSetting, siteKey, watchSettings, type Settings } from '../shared/settings.ts';
import { CardCache } from './card/card-cache.ts';
import { reportPossible } from './card/possible-choice.ts';
import { watchFrameRequests, type FrameRequests } from './frame-requests.ts';
import { waitForText } from './frame-text.ts';
import { storageErrorMessage } from '../shared/storage-error-message.ts';
import { BackgroundMatcher } from './marks/background-matcher.ts';
import { yieldToPage } from './marks/yield.ts';
import { PageOwner } from './page/page-owner.ts';
import { Session } from './session.ts';

const startedAt = performance.now();

/** A card action's write: nothing when it worked, else a message for the reader (storage full, ...). */
const reportFailure = (write: Promise<void>): Promise<string | undefined> => write.then(() => undefined, storageErrorMessage);
/** Dispatched on the document by a newly injected instance; older instances end themselves. */
const TAKEOVER_EVENT = 'backgrounder:takeover';

class ContentController {
  readonly #life = new AbortController();
  #cards = new CardCache();
  #settings: Settings | undefined;
  /** Set up and settings loaded: changes apply from now on. */
  #ready = false;
  /** The glossaries the session matches with (`disabledGlossaries`), as a key. */
  #matcherFor = '';
  #session: Session | undefined;
  /** In the top frame: asks for the full script in subframes once their text has arrived. */
  #frames: FrameRequests | undefined;

  async start(): Promise<void> {
    const signal = this.#life.signal;
    // Settings are read while the page runs its next task rather than after it (a round trip to the browser,
    // 1–5 ms), and watched from before the read, so a change made meanwhile is not missed.
    watchSettings((settings) => {
      this.#settings = settings;
      if (!this.#ready) return; // start() applies them
      if (this.#session && glossariesKey(settings) !== this.#matcherFor) this.#dropMatcher();
      void this.#apply();
    }, signal);
    const loading = loadSettings();
    loading.catch(() => {}); // awaited below; this only keeps an early failure from being reported as unhandled
    // Running the script is a task of its own (in a new renderer process the browser compiles it there, 17–28 ms
    // in traces, and sets up the modules); starting comes in the next.
    await yieldToPage();
    document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
    PageOwner.removeLeftovers(document);
    document.addEventListener(TAKEOVER_EVENT, () => this.destroy(), { once: true, signal });
    window.addEventListener(
      'pagehide',
      (event) => {
        if (!event.persisted) return;
        this.#stopSession();
        this.#cards.dropPending();
      },
      { signal },
    );
    window.addEventListener('pageshow', (event) => event.persisted && void this.#apply(), { signal });
    listen<ContentMessages>(
      {
        'popup:get-page-report': () => this.#report(),
        'popup:show-entry': ({ entryId }) => this.#session?.showEntry(entryId) ?? false,
        'popup:show-possible': ({ index, text }) => this.#session?.showPossible(index, text) ?? false,
        'background:toggle-panel': () => this.#session?.togglePanel() ?? false,
        'background:annotate-once': async () => {
          await this.#startSession(true);
          return this.#session !== undefined;
        },
      },
      signal,
    );
    // The reader imported, replaced or deleted a glossary: match with the new set, live.
    watchCustomGlossaries(() => {
      this.#dropMatcher();
      void this.#apply();
    }, signal);
    if (window === window.top) {
      this.#frames = watchFrameRequests(signal, () => this.#session !== undefined && !!this.#settings && isActiveOn(this.#settings, location.hostname));
    }
    const loaded = await loading;
    this.#settings ??= loaded; // a change seen meanwhile is newer
    this.#ready = true;
    // A subframe gets this script only once it holds text (src/content/frame-probe.ts); the wait stays for a frame
    // whose text went again between the background's look and this start.
    if (window !== window.top) await waitForText(document, signal);
    await this.#apply();
  }

  destroy(): void {
    this.#life.abort();
    this.#stopSession();
  }

  /** Start, update or stop the session to match the settings. */
  async #apply(): Promise<void> {
    if (!this.#ready || !this.#settings || this.#life.signal.aborted) return;
    if (!browser.runtime?.id) return this.destroy(); // orphaned: the extension was updated or removed
    if (!isActiveOn(this.#settings, location.hostname)) return this.#stopSession();
    if (this.#session) this.#session.update(this.#settings);
    else await this.#startSession(false);
  }

  async #startSession(force: boolean): Promise<void> {
    const settings = this.#settings;
    if (this.#session || !settings || (!force && !isActiveOn(settings, location.hostname))) return;
    // The glossary lives in the background, which matches what the page sends: nothing to load here.
    this.#matcherFor = glossariesKey(settings);
    const matcher = new BackgroundMatcher(settings.disabledGlossaries, () => !browser.runtime?.id);
    this.#session = new Session(matcher, this.#cards, settings, {
      onSiteOff: () => reportFailure(saveSetting('disabledSites', [...new Set([...(this.#settings?.disabledSites ?? []), siteKey(location.hostname)])])),
      onMute: (id) => reportFailure(saveSetting('muted', [...new Set([...(this.#settings?.muted ?? []), id])])),
    });
    await this.#session.start(startedAt);
    // After the top frame is marked: frames that already hold text.
    this.#frames?.check();
  }

  /** Start over with the glossaries switched on now, and forget the cards (an id may now be another entry). */
  #dropMatcher(): void {
    this.#stopSession();
    this.#matcherFor = '';
    this.#cards = new CardCache();
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
      counts: session.counts,
      ...(session.possible.length > 0 && { possible: reportPossible(session.possible, (id) => this.#cards.peek(id)) }),
      ...(session.openEntryId !== undefined && { openEntryId: session.openEntryId }),
      ...(session.timing && { timing: { ...session.timing, modulesMs: startedAt - evaluationStartedAt } }),
    };
  }
}

/** Which glossaries are switched on, as a key to compare. */
const glossariesKey = (settings: Settings): string => JSON.stringify([...settings.disabledGlossaries].sort());

if (document.documentElement instanceof HTMLElement) {
  const controller = new ContentController();
  controller.start().catch((error: unknown) => {
    console.warn('Backgrounder could not start on this page:', error);
    controller.destroy();
  });
}
