/**
 * The demo page: the project's seed article laid out like a news article,
 * served by the fixture proxy at a URL on one of the news hosts the manifest
 * lists (the page says plainly that it is a local demo).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FixtureProxy } from './fixture-proxy.ts';

export const DEMO_URL = 'https://www.reuters.com/backgrounder-demo/fatah-hamas-talks-in-beijing';
export const DEMO_FILE = path.resolve(import.meta.dirname, '../../e2e/fixtures/demo/seed-article.html');

export function serveDemo(proxy: FixtureProxy): string {
  proxy.serve(DEMO_URL, { body: readFileSync(DEMO_FILE) });
  return DEMO_URL;
}
