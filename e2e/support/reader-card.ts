/**
 * Helpers for the reader-feature tests: act inside our card (its shadow root
 * is open), scan it with axe-core, and read the extension's storage from one
 * of its own pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestPage } from '../../scripts/harness/browsers.ts';

const AXE = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** Click the first element of our card (or panel) matching `selector`; throws when there is none. */
export function clickInUi(page: TestPage, selector: string): Promise<void> {
  return page.evaluate((wanted: string) => {
    const element = document.querySelector('backgrounder-ui')?.shadowRoot?.querySelector<HTMLElement>(wanted);
    if (!element) throw new Error(`nothing in our UI matches ${wanted}`);
    element.click();
  }, selector);
}

/** The text of the first element of our UI matching `selector`, or undefined when there is none. */
export function textInUi(page: TestPage, selector: string): Promise<string | undefined> {
  return page.evaluate((wanted: string) => document.querySelector('backgrounder-ui')?.shadowRoot?.querySelector(wanted)?.textContent ?? undefined, selector);
}

/** How many elements of our UI match `selector`. */
export function countInUi(page: TestPage, selector: string): Promise<number> {
  return page.evaluate((wanted: string) => document.querySelector('backgrounder-ui')?.shadowRoot?.querySelectorAll(wanted).length ?? 0, selector);
}

/** Axe violations inside our host, or in the whole document of an extension page. */
export async function axeViolations(page: TestPage, scope: 'host' | 'document'): Promise<string[]> {
  await page.evaluateSource(AXE);
  return page.evaluate(async (where: string) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<Result> } }).axe;
    const result = where === 'host' ? await axe.run({ include: [['backgrounder-ui']] }) : await axe.run();
    return result.violations.map((violation) => `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  }, scope);
}

/** One storage area of the extension, raw, read from one of its own pages. */
export function readStorage(extensionPage: TestPage, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(async (which: string) => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: Record<string, Area> };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)!.storage[which]!.get(null);
  }, area);
}

/** The id of the tab showing `url`, asked from one of the extension's pages. */
export function tabIdOf(extensionPage: TestPage, url: string): Promise<number> {
  return extensionPage.evaluate(async (wanted: string) => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url?.replace(/#.*$/, '') === wanted);
    if (tab?.id === undefined) throw new Error(`no tab shows ${wanted}`);
    return tab.id;
  }, url);
}
