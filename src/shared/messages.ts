/**
 * Every message between the extension's contexts, declared once: a map from
 * message type to its parameters and result. The prefix names the sender
 * (`popup:` is sent by the popup, `content:` by a content script, `background:`
 * by the service worker); the transport below is generic over the maps, so a
 * misspelt type or a wrong payload does not compile.
 */
import browser, { type Runtime } from './browser.ts';
import type { EntryCard, Kind } from '../core/glossary/schema.ts';
import type { MatchBatch } from './match-batch.ts';
import type { NameAlternative } from './name-alternatives.ts';

/** One mention marked on a page, as the popup and the annotate CLI see it. */
export interface ReportedMention {
  readonly entryId: string;
  readonly label: string;
  readonly kind: Kind;
  /** The exact page text that was matched. */
  readonly text: string;
}

/** One entry a possible match may stand for, as the popup lists it. */
export interface ReportedCandidate {
  readonly entryId: string;
  readonly label: string;
  readonly kind: Kind;
  /** The entry's alias that matched: a choice is saved keyed by it. */
  readonly alias: string;
  /** The first sentence of the entry's summary, once its card text has come to the page. */
  readonly line?: string;
}

/** A possible match on a page: a name several entries fit equally, shown unlinked (the `showPossibleMatches` setting). */
export interface ReportedPossible {
  /** Its place among the page's possible matches, for `popup:show-possible`. */
  readonly index: number;
  /** The exact page text. */
  readonly text: string;
  readonly candidates: readonly ReportedCandidate[];
}

/** What a content script found on its page and what it cost. */
export interface PageReport {
  /** False where Backgrounder is switched off for this page. */
  readonly active: boolean;
  readonly mentions: readonly ReportedMention[];
  /** The entry whose card is open, if one is. */
  readonly openEntryId?: string;
  /** Mentions of each marked entry on the page, counted before the density rule. */
  readonly counts?: Readonly<Record<string, number>>;
  /** The possible matches marked on the page, in page order (none unless the reader shows them). */
  readonly possible?: readonly ReportedPossible[];
  readonly timing?: {
    /** Wall time waiting for the background's matching (the page loads no glossary). */
    readonly glossaryMs: number;
    readonly scanMs: number;
    /** scanMs taken apart by step (start, read, order, onScreen, send, receive), for the page-work tools. */
    readonly steps?: Readonly<Record<string, number>>;
    readonly highlightMs: number;
    readonly totalMs: number;
    /** Running the content script's modules, before totalMs starts (not counted in it). */
    readonly modulesMs?: number;
    readonly blocks: number;
    readonly characters: number;
  };
}

/** Handled by content scripts (sent to a tab). */
export type ContentMessages = {
  'popup:get-page-report': { params: Record<string, never>; result: PageReport };
  'popup:show-entry': { params: { entryId: string }; result: boolean };
  /** Scroll to a possible match and open its chooser; false when the page changed and `index` is no longer `text`. */
  'popup:show-possible': { params: { index: number; text: string }; result: boolean };
  'background:annotate-once': { params: Record<string, never>; result: boolean };
  /** The keyboard command: open (or close) the in-page list of names. */
  'background:toggle-panel': { params: Record<string, never>; result: boolean };
};

/** Handled by the background service worker. */
export type BackgroundMessages = {
  'content:page-entries': { params: { count: number }; result: void };
  // Matching: the glossaries live in the background, once per browser; pages send text and get mentions' parts back.
  /**
   * Scan the text of a batch of blocks with the glossaries not in `disabled`:
   * each block's candidates and context terms, and the rules to select from
   * them (src/shared/match-batch.ts). The text stays in the background's
   * memory for this call only; it is never stored or sent anywhere.
   */
  'content:match-blocks': { params: { texts: string[]; disabled: string[] }; result: MatchBatch };
  /** The card text of entries by id, the reader's glossaries first (the content script holds only what marking needs). */
  'content:get-cards': { params: { ids: string[] }; result: EntryCard[] };
  /**
   * From the top frame: some subframe's text has arrived (src/content/frame-requests.ts). The background puts the
   * full content script into each subframe of the sender's tab that holds text and has none yet; the number injected.
   */
  'content:inject-frames': { params: Record<string, never>; result: number };
  /** After the reader granted access to a site in the popup: run there from now on. */
  'popup:enable-site': { params: { origin: string }; result: { ok: true } | { ok: false; error: string } };
  /** Stop running on a site the reader had enabled, and give the access back. */
  'popup:disable-site': { params: { origin: string }; result: { ok: true } | { ok: false; error: string } };
};

/**
 * Handled by the background for the reader's corrections, notes and own
 * entries (src/background/reader-messages.ts): a map of its own, answered by
 * a listener of its own, so it grows without touching the one above.
 */
export type ReaderBackgroundMessages = {
  /** "Did you mean…": the other entries, in the glossaries switched on, that one of `names` names. */
  'content:name-alternatives': { params: { entryId: string; names: string[] }; result: NameAlternative[] };
  /** "Add to my glossary" in the keyboard panel: open the entry editor with the page's selection (src/background/add-to-glossary.ts). */
  'content:add-to-glossary': { params: { text: string; title: string; url: string }; result: boolean };
};

/** Every message the background answers. */
type AllBackgroundMessages = BackgroundMessages & ReaderBackgroundMessages;

type MessageMap = Record<string, { params: object; result: unknown }>;
type Envelope<M extends MessageMap> = { [K in keyof M]: { type: K; params: M[K]['params'] } }[keyof M];
export type Handlers<M extends MessageMap> = {
  [K in keyof M]: (params: M[K]['params'], sender: Runtime.MessageSender) => M[K]['result'] | Promise<M[K]['result']>;
};

export async function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  params: ContentMessages[K]['params'],
  frameId = 0,
): Promise<ContentMessages[K]['result']> {
  return settle(await browser.tabs.sendMessage(tabId, { type, params }, { frameId }).catch(noAnswer)) as ContentMessages[K]['result'];
}

/**
 * Async, so that a content script orphaned by an update of the extension gets
 * a rejected promise to handle rather than Chrome's synchronous "Extension
 * context invalidated" throw.
 */
export async function sendToBackground<K extends keyof AllBackgroundMessages>(
  type: K,
  params: AllBackgroundMessages[K]['params'],
): Promise<AllBackgroundMessages[K]['result']> {
  return settle(await browser.runtime.sendMessage({ type, params }).catch(noAnswer)) as AllBackgroundMessages[K]['result'];
}

/**
 * A handler's failure as it travels back: Chrome's `sendResponse` carries only
 * values, so a rejection is sent as this marker and the asker rejects again.
 * The marker is webextension-polyfill's, so the polyfill in the background,
 * popup and options page (browser-polyfill.ts) and a page still running the
 * script of the build before an update read it alike.
 */
const REJECTED = '__mozWebExtensionPolyfillReject__';
type Rejection = { [REJECTED]: true; message: string };

const rejection = (error: unknown): Rejection => ({
  [REJECTED]: true,
  message: error instanceof Error || typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as { message: string }).message : 'An unexpected error occurred',
});

/** An answer as the asker sees it: a sent rejection rejects, any other value is the result. */
function settle(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && (reply as Partial<Rejection>)[REJECTED] === true) throw new Error((reply as Rejection).message);
  return reply;
}

/** Chrome's error when every listener let the message pass unanswered: no result, as Firefox answers it. */
const NO_RESPONSE = 'The message port closed before a response was received.';
const noAnswer = (error: unknown): undefined => {
  if (error instanceof Error && error.message === NO_RESPONSE) return undefined;
  throw error;
};

/**
 * Answer the messages of one map until `signal` aborts. Messages of unknown
 * type, malformed ones and those from other extensions are ignored (left to
 * the context's other listeners). An answer goes through `sendResponse`, which
 * both browsers honour when the listener returns true; Chrome ignores a
 * returned promise.
 */
export function listen<M extends MessageMap>(handlers: Handlers<M>, signal: AbortSignal): void {
  const onMessage = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const envelope = message as Envelope<M>;
    const handler = handlers[envelope.type] as (params: unknown, sender: Runtime.MessageSender) => unknown;
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(handler(envelope.params, sender));
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer
      .then(sendResponse, (error: unknown) => sendResponse(rejection(error)))
      // The asker is gone (its page closed or navigated): nobody to tell.
      .catch(() => {});
    return true;
  };
  // The API's types say a listener that takes sendResponse always answers; this one lets other maps' messages pass.
  const listener = onMessage as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function isEnvelope(message: unknown): message is { type: string; params: object } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    typeof (message as { params?: unknown }).params === 'object' &&
    (message as { params?: unknown }).params !== null
  );
}
