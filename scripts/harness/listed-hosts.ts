/** The news hosts the shipped manifest's content script runs on, and a check for a URL. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
  content_scripts: Array<{ matches: string[] }>;
};

/** Host suffixes from patterns like `*://*.bbc.com/*`. */
export const LISTED_HOSTS: readonly string[] = manifest.content_scripts.flatMap((script) =>
  script.matches.map((pattern) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1]).filter((host): host is string => host !== undefined),
);

/** Would the shipped content script run on this URL? */
export function isListed(url: string): boolean {
  const { hostname } = new URL(url);
  return LISTED_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}
