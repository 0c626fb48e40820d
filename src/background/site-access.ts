/**
 * Running on sites beyond the bundled list, with the least access: the reader
 * grants one origin at a time from the popup (optional host permission,
 * requested there under the click), and the content script is registered for
 * that origin, persisted across sessions. Taking it back unregisters the
 * script and removes the permission.
 */
import browser from '../shared/browser.ts';

const SCRIPT_PREFIX = 'site:';

/** Match pattern for every page of an origin ("https://example.org" → "https://example.org/*"). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not a web origin: ${origin}`);
  return `${url.protocol}//${url.host}/*`;
}

const scriptId = (origin: string): string => `${SCRIPT_PREFIX}${new URL(origin).host}`;

/** Register the content script for an origin the reader has just granted. */
export async function enableSite(origin: string): Promise<void> {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error(`no permission for ${pattern}`);
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [pattern], js: ['content.js'], css: ['content.css'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Stop running on an origin and give its permission back. */
export async function disableSite(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

/** The origins the reader enabled, from the registered scripts. */
export async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((script) => script.id.startsWith(SCRIPT_PREFIX)).flatMap((script) => script.matches ?? []);
}
