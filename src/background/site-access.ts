/**
 * Running on sites beyond the bundled list, with the least access: the reader
 * grants one origin at a time from the popup (optional host permission,
 * requested there under the click), and the content script is registered for
 * that origin, persisted across sessions. Taking it back unregisters the
 * script and removes the permission.
 *
 * Two registrations per origin, as in the manifest (issue #14): the full
 * script in the top frame, and in every frame the main-world probe that asks
 * for it once the frame holds text (src/background/frame-injection.ts).
 */
import browser from '../shared/browser.ts';

type RegisteredScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

const SCRIPT_PREFIX = 'site:';
const PROBE_PREFIX = 'site-frames:';

/** Match pattern for every page of an origin ("https://example.org" → "https://example.org/*"). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not a web origin: ${origin}`);
  return `${url.protocol}//${url.host}/*`;
}

const hostOf = (origin: string): string => new URL(origin).host;

/** The two registrations of a site, by its host ("example.org") and pattern. */
export function siteScripts(host: string, pattern: string): RegisteredScript[] {
  const common = { matches: [pattern], runAt: 'document_idle' as const, persistAcrossSessions: true };
  return [
    { id: `${SCRIPT_PREFIX}${host}`, js: ['content.js'], css: ['content.css'], allFrames: false, ...common },
    { id: `${PROBE_PREFIX}${host}`, js: ['frame-probe.js'], allFrames: true, world: 'MAIN', ...common },
  ];
}

/** Register what is missing of a site's scripts. */
async function registerSite(host: string, pattern: string): Promise<void> {
  const wanted = siteScripts(host, pattern);
  const existing = new Set((await browser.scripting.getRegisteredContentScripts({ ids: wanted.map((script) => script.id) })).map((script) => script.id));
  const missing = wanted.filter((script) => !existing.has(script.id));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
}

/** Register the content script for an origin the reader has just granted. */
export async function enableSite(origin: string): Promise<void> {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error(`no permission for ${pattern}`);
  await registerSite(hostOf(origin), pattern);
}

/** Stop running on an origin and give its permission back. */
export async function disableSite(origin: string): Promise<void> {
  const ids = siteScripts(hostOf(origin), originPattern(origin)).map((script) => script.id);
  const existing = (await browser.scripting.getRegisteredContentScripts({ ids })).map((script) => script.id);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing });
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

/** The origins the reader enabled, from the registered scripts. */
export async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((script) => script.id.startsWith(SCRIPT_PREFIX)).flatMap((script) => script.matches ?? []);
}

/**
 * After an update: sites enabled by a build that put the full script into
 * every frame get the top-frame-only script and the frames' probe.
 */
export async function migrateSiteRegistrations(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  for (const script of scripts.filter((each) => each.id.startsWith(SCRIPT_PREFIX))) {
    if (script.allFrames) await browser.scripting.updateContentScripts([{ id: script.id, allFrames: false }]);
    const pattern = script.matches?.[0];
    if (pattern) await registerSite(script.id.slice(SCRIPT_PREFIX.length), pattern);
  }
}
