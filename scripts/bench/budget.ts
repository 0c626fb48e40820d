/**
 * Keeping the run within its time budget on a machine whose speed we do not
 * control (other jobs share its two cores). Before each page, the planner
 * looks at what loads have cost so far and chooses how much to measure on
 * this page: the bundled glossary always gets its warm-up and measured runs;
 * the synthetic glossaries get 3 runs, or 2, or, when even that would
 * overrun, are measured on an evenly spread share of the remaining pages;
 * mark.js gets a shorter limit once the run is behind. What was cut is
 * reported with the results.
 */
import { CONFIG } from './config.ts';
import { elapsedMs } from './log.ts';
import { median } from './stats.ts';

export interface PagePlan {
  /** Measured runs per synthetic glossary on this page (0: not measured here). */
  readonly syntheticRuns: number;
  readonly markLimitMs: number;
}

/** Time kept for what follows the page loop: hover, the Node comparison, writing results. */
const RESERVE_MS = 100_000;
/** The least share of pages on which the synthetic glossaries are measured, however far behind the run is. */
const MIN_SHARE = 1 / 4;
/** Pages measured in full before the pace is trusted. */
const CALIBRATION_PAGES = 2;

export class BudgetPlanner {
  readonly #baseCosts: number[] = [];
  readonly #syntheticLoadCosts: number[] = [];
  readonly #counts = new Map<number, number>();
  #credit = 0;
  #firstSyntheticLoadMs: readonly number[] = [];
  #markCut = false;

  /** What a page cost: the loads every page gets, and each synthetic load. */
  record(plan: PagePlan, baseMs: number, syntheticLoadMs: readonly number[]): void {
    // The first page's loads also pay for the browsers' own warm-up (the 100,000-name script compiled for the first time): not the pace.
    const first = this.#baseCosts.length === 0;
    this.#baseCosts.push(baseMs);
    if (!first || syntheticLoadMs.length === 0) this.#syntheticLoadCosts.push(...syntheticLoadMs);
    if (first) this.#firstSyntheticLoadMs = syntheticLoadMs;
    this.#counts.set(plan.syntheticRuns, (this.#counts.get(plan.syntheticRuns) ?? 0) + 1);
  }

  plan(pagesLeft: number): PagePlan {
    const full: PagePlan = { syntheticRuns: CONFIG.syntheticRuns, markLimitMs: CONFIG.markLimitMs };
    if (this.#baseCosts.length < CALIBRATION_PAGES) return full;
    const remaining = CONFIG.budgetMs - RESERVE_MS - elapsedMs();
    // The first page also pays for the browsers' own warm-up: it would make the pace look slower than it is.
    const base = median(this.#baseCosts.slice(1).slice(-6));
    const load = median(this.#syntheticLoadCosts.length > 0 ? this.#syntheticLoadCosts.slice(-12) : this.#firstSyntheticLoadMs);
    // Synthetic loads per page: a warm-up and `runs` measured, for each synthetic glossary.
    const synthetic = (runs: number) => (runs + 1) * CONFIG.syntheticSizes.length * load;
    if (pagesLeft * (base + synthetic(CONFIG.syntheticRuns)) <= remaining) return full;
    this.#markCut = true;
    const markLimitMs = CONFIG.markLimitBehindMs;
    if (pagesLeft * (base + synthetic(2)) <= remaining) return { syntheticRuns: 2, markLimitMs };
    // Spread what is left over the remaining pages: measure the synthetic glossaries on a share of them, never
    // fewer than one page in MIN_SHARE, so that the glossary-size figures rest on more than a couple of pages.
    this.#credit += Math.max(MIN_SHARE, (remaining - pagesLeft * base) / (pagesLeft * synthetic(2)));
    if (this.#credit >= 1) {
      this.#credit -= 1;
      return { syntheticRuns: 2, markLimitMs };
    }
    return { syntheticRuns: 0, markLimitMs };
  }

  /** What the budget cut, for the report (nothing when every page was measured in full). */
  notes(): string[] {
    const cut = [...this.#counts].filter(([runs]) => runs !== CONFIG.syntheticRuns);
    if (cut.length === 0 && !this.#markCut) return [];
    const counts = [...this.#counts].sort((a, b) => b[0] - a[0]).map(([runs, pages]) => `${runs === 0 ? 'not measured' : `${runs} runs`} on ${pages} page(s)`);
    return [
      `Time budget: the machine was slower than planned (other jobs were running; see the load average), so the synthetic glossaries were measured with ${counts.join(', ')} (each run after a warm-up), and mark.js got a ${CONFIG.markLimitBehindMs / 1000} s limit instead of ${CONFIG.markLimitMs / 1000} s on the later pages.`,
    ];
  }
}
