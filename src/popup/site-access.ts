/**
 * Where the content script runs: the news sites the manifest lists, and the
 * sites the reader allowed one by one from the popup (an optional host
 * permission, which the background turns into a registered content script).
 */
import browser from '../shared/browser.ts';

/** Host suffixes of the manifest's content script patterns (`*://*.bbc.com/*` → bbc.com). */
export function listedHosts(manifest: { content_scripts?: Array<{ matches?: string[] }> }): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) =>
    (script.matches ?? []).map((pattern) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1]).filter((host): host is string => host !== undefined),
  );
}

export const isListed = (hostname: string, hosts: readonly string[]): boolean => hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));

/** The match pattern for every page of a web page's origin. */
export const originPattern = (url: URL): string => `${url.protocol}//${url.host}/*`;

export type SiteAccess = 'listed' | 'allowed' | 'not-allowed';

export async function siteAccess(url: URL): Promise<SiteAccess> {
  if (isListed(url.hostname, listedHosts(browser.runtime.getManifest()))) return 'listed';
  return (await browser.permissions.contains({ origins: [originPattern(url)] })) ? 'allowed' : 'not-allowed';
}
