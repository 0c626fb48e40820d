/**
 * An in-memory stand-in for the parts of the extension API the shared
 * modules, the popup and the options page use, for unit tests:
 * `vi.mock('<path>/shared/browser.ts', () => ({ default: fakeBrowser() }))`.
 * Not a test file. Storage values go through JSON like Chrome's storage, and
 * an area can be told to refuse writes over a quota.
 */
import { gzipSync } from 'node:zlib';
import messages from '../../../assets/_locales/en/messages.json';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface FakeArea {
  readonly data: Map<string, string>;
  /** Refuse a set() whose stored total would pass this many bytes, as Chrome does. */
  quotaBytes: number;
  get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

function fakeArea(name: string, listeners: Set<Listener>): FakeArea {
  const data = new Map<string, string>();
  const notify = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length > 0) for (const listener of listeners) listener(changes, name);
  };
  const read = (key: string): unknown => JSON.parse(data.get(key)!);
  const area: FakeArea = {
    data,
    quotaBytes: Number.POSITIVE_INFINITY,
    async get(keys) {
      const result: Record<string, unknown> = {};
      const wanted = keys === null || keys === undefined ? [...data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      for (const key of wanted) if (data.has(key)) Object.defineProperty(result, key, { value: read(key), enumerable: true, writable: true, configurable: true });
      return result;
    },
    async set(items) {
      const next = new Map(data);
      for (const [key, value] of Object.entries(items)) next.set(key, JSON.stringify(value));
      let total = 0;
      for (const [key, value] of next) total += key.length + value.length;
      if (total > area.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        Object.defineProperty(changes, key, {
          value: { ...(data.has(key) && { oldValue: read(key) }), newValue: JSON.parse(JSON.stringify(value)) as unknown },
          enumerable: true,
        });
        data.set(key, JSON.stringify(value));
      }
      notify(changes);
    },
    async remove(keys) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!data.has(key)) continue;
        Object.defineProperty(changes, key, { value: { oldValue: read(key) }, enumerable: true });
        data.delete(key);
      }
      notify(changes);
    },
    async clear() {
      await area.remove([...data.keys()]);
    },
  };
  return area;
}

/** `getMessage` as browser.i18n answers it from the English messages.json, with $1.. substitutions. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
  });
}

export interface FakeTab {
  id: number;
  url?: string;
}

export function fakeBrowser() {
  const listeners = new Set<Listener>();
  const files = new Map<string, unknown>();
  const tabs = {
    /** The active tab of the current window. */
    active: { id: 7, url: 'https://www.reuters.com/world/story' } as FakeTab | undefined,
    /** Messages sent to tabs, in order. */
    sent: [] as Array<{ tabId: number; message: { type: string; params: unknown } }>,
    /** How a tab's content script answers; rejects by default, as where none runs. */
    respond: (_message: { type: string; params: unknown }): unknown => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    async query(_query: object): Promise<FakeTab[]> {
      return tabs.active ? [tabs.active] : [];
    },
    async get(id: number): Promise<FakeTab> {
      if (tabs.active?.id === id) return tabs.active;
      throw new Error(`No tab with id: ${id}`);
    },
    async sendMessage(tabId: number, message: { type: string; params: unknown }, _options?: object): Promise<unknown> {
      tabs.sent.push({ tabId, message });
      return tabs.respond(message);
    },
  };
  const runtime = {
    id: 'fake-extension',
    getURL: (path: string) => `chrome-extension://fake-extension/${path}`,
    /** Packaged files an extension page may fetch, by path (served by `fakeFetch`). */
    files,
    optionsOpened: 0,
    async openOptionsPage(): Promise<void> {
      runtime.optionsOpened++;
    },
    async sendMessage(message: unknown): Promise<unknown> {
      runtime.sentToBackground.push(message);
      return runtime.answer(message);
    },
    onMessage: { addListener: () => {}, removeListener: () => {} },
    manifest: { content_scripts: [{ matches: ['*://*.reuters.com/*', '*://*.bbc.co.uk/*'] }] },
    getManifest: () => runtime.manifest,
    /** Messages sent to the background, in order, and how it answers. */
    sentToBackground: [] as unknown[],
    answer: (_message: unknown): unknown => undefined,
  };
  const permissions = {
    granted: new Set<string>(),
    /** What the reader answers when asked for a permission. */
    willGrant: true,
    async contains({ origins = [] }: { origins?: string[] }): Promise<boolean> {
      return origins.every((origin) => permissions.granted.has(origin));
    },
    async request({ origins = [] }: { origins?: string[] }): Promise<boolean> {
      if (permissions.willGrant) for (const origin of origins) permissions.granted.add(origin);
      return permissions.willGrant;
    },
  };
  return {
    storage: {
      sync: fakeArea('sync', listeners),
      local: fakeArea('local', listeners),
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
    runtime,
    tabs,
    permissions,
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** A value as the build packs the glossary's source: JSON, gzip-compressed (scripts/build.ts). */
export const packedJson = (value: unknown): Uint8Array => new Uint8Array(gzipSync(JSON.stringify(value)));

/** A `fetch` that serves the fake's packaged files (bytes as they are, anything else as JSON), and 404 for the rest. */
export function fakeFetch(browser: FakeBrowser): typeof fetch {
  return async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = url.replace(browser.runtime.getURL(''), '');
    if (!url.startsWith(browser.runtime.getURL('')) || !browser.runtime.files.has(path)) return new Response('not found', { status: 404 });
    const file = browser.runtime.files.get(path);
    if (file instanceof Uint8Array) return new Response(new Uint8Array(file).buffer, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    return new Response(JSON.stringify(file), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
