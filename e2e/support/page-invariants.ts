/**
 * The invariants every hostile page must keep, read from the page and
 * compared between the same page with Backgrounder on and off: the
 * serialised DOM apart from our one host, focus and selection, and the
 * errors and CSP violations the page saw. Also the page's own probe
 * (fixtures/hostile/probe.js): its heartbeat and the longest task it saw
 * after it loaded.
 */
import { expect, test } from '@playwright/test';
import type { TestPage } from '../../scripts/harness/browsers.ts';
import { serialisedDom } from './dom.ts';
import { focusAndSelection, newErrors, type FocusAndSelection } from './page-state.ts';

/** What fixtures/hostile/probe.js measured, from the page's load event (or its last reset) on. */
export interface Probe {
  readonly longTasksSupported: boolean;
  /** The longest task the browser reported (0 if none, or none reported: Firefox has no long-task entries). */
  readonly longestTask: number;
  /** The longest time between two ticks of the page's 10 ms timer. */
  readonly longestGap: number;
  readonly ticks: number;
  readonly errors: readonly string[];
  readonly violations: readonly string[];
  /** From the first to the last frame in which our marks changed: how long, and how often the page's own timer ran meanwhile. */
  readonly marking: { readonly ms: number; readonly ticks: number } | undefined;
}

export function readProbe(page: TestPage): Promise<Probe> {
  return page.evaluate(() => {
    type PageProbe = {
      longTasksSupported: boolean;
      longTasks: Array<[number, number]>;
      tickTimes: number[];
      since?: number;
      marksFirstChanged?: number;
      marksLastChanged?: number;
      errors: string[];
      violations: string[];
    };
    const probe = (window as unknown as { probe: PageProbe }).probe;
    const since = probe.since ?? 0;
    const ticks = probe.tickTimes.filter((time) => time >= since);
    let longestGap = 0;
    for (let i = 1; i < ticks.length; i++) longestGap = Math.max(longestGap, ticks[i]! - ticks[i - 1]!);
    const longestTask = Math.max(0, ...probe.longTasks.filter(([start, duration]) => start + duration >= since).map(([, duration]) => duration));
    const { marksFirstChanged: first, marksLastChanged: last } = probe;
    const marking: Probe['marking'] =
      first === undefined || last === undefined ? undefined : { ms: last - first, ticks: ticks.filter((time) => time > first && time < last).length };
    return {
      longTasksSupported: probe.longTasksSupported,
      longestTask,
      longestGap,
      ticks: probe.tickTimes.length,
      errors: [...probe.errors],
      violations: [...probe.violations],
      marking,
    };
  });
}

/** Measure afresh from now (the page's loading and what came before are over). */
export function resetProbe(page: TestPage): Promise<void> {
  return page.evaluate(() => (window as unknown as { probe: { reset(): void } }).probe.reset());
}

export interface PageSnapshot {
  /** The serialised DOM without our host, or for a large page its SHA-256 and length. */
  readonly dom: string;
  readonly place: FocusAndSelection;
  /** console.error messages and uncaught errors, as the driver reports them. */
  readonly errors: readonly string[];
  readonly probe: Probe;
}

/** The page's state; with `digest`, the DOM is hashed in the page rather than carried over the driver's connection. */
export async function snapshot(page: TestPage, options: { readonly digest?: boolean } = {}): Promise<PageSnapshot> {
  const probe = await readProbe(page);
  const dom = options.digest ? await domDigest(page) : await serialisedDom(page);
  return { dom, place: await focusAndSelection(page), errors: [...page.errors], probe };
}

/** What serialisedDom() would return, as "sha256:<hex> length:<n>". */
function domDigest(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('backgrounder-ui')) host.remove();
    const html = clone.outerHTML;
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(html)));
    return `sha256:${Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('')} length:${html.length}`;
  });
}

/** Where two serialisations first differ, with some context, or undefined when they are equal. */
export function firstDifference(withExtension: string, without: string): string | undefined {
  if (withExtension === without) return undefined;
  let at = 0;
  while (at < withExtension.length && withExtension[at] === without[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 120), at + 120));
  return `first difference at character ${at} (lengths ${withExtension.length} and ${without.length}):\n with: ${around(withExtension)}\n without: ${around(without)}`;
}

/** The page with Backgrounder is the page without it, apart from our host: same DOM, focus, selection, and no new errors. */
export function expectSamePage(withExtension: PageSnapshot, without: PageSnapshot): void {
  expect(firstDifference(withExtension.dom, without.dom), 'serialised DOM').toBeUndefined();
  expect(withExtension.place, 'focus and selection').toEqual(without.place);
  // Requests the fixture proxy refuses (a favicon) are the same with and without us.
  expect(newErrors(withExtension.errors, without.errors), 'errors the page logged').toEqual([]);
  expect(newErrors(withExtension.probe.errors, without.probe.errors), 'uncaught errors in the page').toEqual([]);
  expect(newErrors(withExtension.probe.violations, without.probe.violations), 'CSP violations').toEqual([]);
}

/** Show the longest task the page saw, with and without us, without asserting it (figures of speed belong in `npm run bench`). */
export function noteLongestTask(what: string, withExtension: Probe, without?: Probe): void {
  const task = (probe: Probe) => (probe.longTasksSupported ? `${Math.round(probe.longestTask)} ms` : 'not reported by this browser');
  const gap = (probe: Probe) => `${Math.round(probe.longestGap)} ms`;
  const marking = withExtension.marking
    ? `; our marks changed over ${Math.round(withExtension.marking.ms)} ms, during which the page's timer ran ${withExtension.marking.ticks} times`
    : '';
  test.info().annotations.push({
    type: 'longest task',
    description:
      `${what}: longest task ${task(withExtension)}${without ? ` (without Backgrounder: ${task(without)})` : ''}; ` +
      `longest gap between the page's 10 ms timer ticks ${gap(withExtension)}${without ? ` (without: ${gap(without)})` : ''}${marking}`,
  });
}
