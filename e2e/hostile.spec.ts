/**
 * Hostile pages, in each browser, each compared with the same page with
 * Backgrounder switched off: a strict CSP with Trusted Types; CSS that
 * restyles everything, with its own highlights, an overlay and a modal
 * dialog; an app re-rendering every frame and a hydrated server-rendered app;
 * editors and form fields; built-ins replaced by the page. Pages at scale are
 * in hostile-scale.spec.ts.
 *
 * On every page: the serialised DOM is the page's own apart from our one
 * host, the page reports no new error or CSP violation, and focus and
 * selection stay where the page put them until the reader uses the card. The
 * marks are what the pure matcher finds in the text the extension read.
 */
import { expect, test } from '@playwright/test';
import type { TestPage } from '../scripts/harness/browsers.ts';
import { highlightedTexts, hoverText } from '../scripts/harness/page-actions.ts';
import { expectSamePage, noteLongestTask, readProbe, snapshot } from './support/page-invariants.ts';
import { focusAndSelection, markedRanges } from './support/page-state.ts';
import { setUpHostileSuite, sleep } from './support/hostile-suite.ts';
import { inEachBrowser } from './support/suite.ts';

inEachBrowser('hostile pages', (suite) => {
  const { open, expectMarkedAsCoreReads, without, openCard } = setUpHostileSuite(suite);

  test('strict CSP and Trusted Types: names marked, the card styled, no violation reported', async () => {
    const { page } = await open('csp.html');
    await expectMarkedAsCoreReads(page, 'csp.html');
    const card = await openCard(page, 'Chatham House');
    expect(card.background).toBe('rgb(255, 255, 255)');
    expect(card.box!.width).toBeGreaterThan(200);
    const on = await snapshot(page);
    expect(on.probe.violations).toEqual([]);
    expect(on.errors.filter((error) => /Content.Security.Policy|Trusted.?Type/i.test(error))).toEqual([]);
    // The page does enforce Trusted Types, and a violation would have been seen: the probe sees this one.
    expect(await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return 'allowed';
      } catch {
        return 'refused';
      }
    })).toBe('refused');
    await expect.poll(async () => (await readProbe(page)).violations.map((violation) => violation.split(' ')[0])).toEqual(['require-trusted-types-for']);
    await page.close();
    expectSamePage(on, await without('csp.html'));
  });

  test("CSS that unstyles everything, the page's own highlight, an overlay and a modal dialog: marked, the card on top and styled", async () => {
    const pageSearch = (page: TestPage) =>
      page.evaluate(() => {
        const texts: string[] = [];
        CSS.highlights.get('page-search')?.forEach((range) => void texts.push((range as Range).toString()));
        return texts;
      });
    const { page } = await open('hostile-css.html');
    // The page is as hostile as it says: everything unstyled, a modal dialog open, the overlay over the whole viewport.
    expect(await page.evaluate(() => {
      const overlay = document.getElementById('overlay')!;
      const box = overlay.getBoundingClientRect();
      return {
        article: getComputedStyle(document.querySelector('article')!).display,
        modal: document.getElementById('modal')!.matches(':modal'),
        overlay: `${getComputedStyle(overlay).zIndex} ${box.width === innerWidth && box.height === innerHeight}`,
      };
    })).toEqual({ article: 'inline', modal: true, overlay: '2147483647 true' });
    await expectMarkedAsCoreReads(page, 'hostile-css.html');
    const card = await openCard(page, 'Chatham House');
    expect(card.entryId).toBe('chatham-house');
    expect(card.onTop).toBe(true);
    expect(card.background).toBe('rgb(255, 255, 255)');
    expect(await pageSearch(page)).toEqual(['Chinese']);
    const on = await snapshot(page);
    await page.close();
    expectSamePage(on, await without('hostile-css.html'));
  });

  test('an app re-rendering every frame keeps updating and logs no error; its marks follow its text', async () => {
    const { page } = await open('preact-rerender.html');
    await page.bringToFront();
    type App = { app: { frame: number; stop(at: number): void } };
    // The frame the app is at and the text it shows, read in one go.
    const state = () => page.evaluate(() => ({ frame: (window as unknown as App).app.frame, shown: document.getElementById('frame')!.textContent }));
    const first = await state();
    await expect.poll(async () => (await state()).frame).toBeGreaterThan(first.frame + 30);
    const now = await state();
    expect(now.shown).toBe(`Frame ${now.frame}`);
    const stopAt = now.frame + 10;
    const stop = async (target: TestPage) => {
      await target.evaluate((at: number) => (window as unknown as App).app.stop(at), stopAt);
      await target.waitFor((at: number) => document.getElementById('frame')!.textContent === `Frame ${at}`, stopAt);
    };
    await stop(page);
    await expectMarkedAsCoreReads(page, 'preact-rerender.html');
    const on = await snapshot(page);
    await page.close();
    const off = await without('preact-rerender.html', stop);
    expectSamePage(on, off);
    expect([...on.errors, ...on.probe.errors]).toEqual([]);
    noteLongestTask('an app re-rendering every frame, after it loaded', on.probe, off.probe);
  });

  test('a server-rendered page hydrated after marking: no error, the marks kept, its updates marked', async () => {
    const { page } = await open('preact-hydrate.html');
    const marks = async () => (await markedRanges(page)).map((range) => `${range.key} ${range.text}`).sort();
    const before = await marks();
    expect(before.length).toBeGreaterThan(3);
    const hydrateAndNext = async (target: TestPage) => {
      await target.evaluate(() => (window as unknown as { hydrateApp(): void }).hydrateApp());
      await target.clickSelector('#next');
      await target.waitFor(() => document.getElementById('count')!.textContent === 'Story 2 of 3');
    };
    await page.evaluate(() => (window as unknown as { hydrateApp(): void }).hydrateApp());
    await sleep(300);
    expect(await marks(), 'hydration reuses the server-rendered text, so the marks stay').toEqual(before);
    await page.clickSelector('#next');
    await page.waitFor(() => document.getElementById('count')!.textContent === 'Story 2 of 3');
    await expect.poll(() => highlightedTexts(page)).toContain('Hezbollah');
    await expectMarkedAsCoreReads(page, 'preact-hydrate.html');
    const on = await snapshot(page);
    await page.close();
    expectSamePage(on, await without('preact-hydrate.html', hydrateAndNext));
    expect([...on.errors, ...on.probe.errors]).toEqual([]);
  });

  test('editors and form fields: nothing marked there, and what is typed arrives exactly as without Backgrounder', async () => {
    const FIELDS = ['rich', 'plain', 'aria', 'notes', 'title', 'search'];
    const TYPED = ' about Hamas and Chatham House';
    const typeEverywhere = async (target: TestPage) => {
      for (const id of FIELDS) {
        await target.evaluate((fieldId: string) => {
          const field = document.getElementById(fieldId)!;
          field.focus();
          if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
            field.setSelectionRange(field.value.length, field.value.length);
          } else {
            const range = document.createRange();
            range.selectNodeContents(field);
            range.collapse(false);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
          }
        }, id);
        await target.type(TYPED);
      }
      await sleep(300); // a batch of mutations has run by now
    };
    const contents = (target: TestPage) =>
      target.evaluate((ids: string[]) => {
        const values = ids.map((id) => {
          const field = document.getElementById(id)!;
          return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : field.textContent!;
        });
        return { values, edits: (window as unknown as { edits: string[] }).edits };
      }, FIELDS);

    const { page, report } = await open('editors.html');
    expect(report.mentions.map((mention) => mention.text)).toEqual(['Moscow']);
    await page.bringToFront();
    await typeEverywhere(page);
    const typed = await contents(page);
    // Editors keep typed spaces as no-break spaces; that is the browser's doing, with or without us.
    expect(typed.values.map((value) => value.replace(/\u00a0/g, ' '))).toEqual([
      `Draft: Hamas and Chatham House${TYPED}`,
      `Notes on Fatah${TYPED}`,
      `Beijing talks${TYPED}`,
      `Notes on Hamas and the Palestinian Authority${TYPED}`,
      `Fatah${TYPED}`,
      `Chatham House${TYPED}`,
    ]);
    expect(await highlightedTexts(page)).toEqual(['Moscow']);
    await expectMarkedAsCoreReads(page, 'editors.html');
    const on = await snapshot(page);
    await page.close();
    let plain: Awaited<ReturnType<typeof contents>> | undefined;
    const off = await without('editors.html', async (target) => {
      await target.bringToFront();
      await typeEverywhere(target);
      plain = await contents(target);
    });
    expect(typed, 'field contents and the edits the page was told about').toEqual(plain);
    expectSamePage(on, off);
  });

  test("built-ins replaced by the page: Backgrounder works in its own world and never calls the page's replacements", async () => {
    type Builtins = { builtins: { calls: Record<string, number>; replaced(): Record<string, boolean> } };
    const replacements = (target: TestPage) =>
      target.evaluate(() => {
        const { calls, replaced } = (window as unknown as Builtins).builtins;
        return { calls: { ...calls }, replaced: replaced() };
      });
    const { page } = await open('builtins.html');
    // The card needs a shadow root, which this page refuses to anyone calling its attachShadow.
    const card = await openCard(page, 'Chatham House');
    expect(card.background).toBe('rgb(255, 255, 255)');
    const used = await replacements(page);
    await expectMarkedAsCoreReads(page, 'builtins.html');
    const on = await snapshot(page);
    await page.close();
    let plain: Awaited<ReturnType<typeof replacements>> | undefined;
    const off = await without('builtins.html', async (target) => {
      await target.bringToFront();
      await hoverText(target, 'Chatham House'); // the same page-side helpers as above, so the same calls
      await focusAndSelection(target);
      plain = await replacements(target);
    });
    expect(Object.values(used.replaced).every(Boolean), 'the page\'s replacements are still in place').toBe(true);
    expect(used.calls.map, 'the page uses its replacements itself').toBeGreaterThan(0);
    expect(used.calls, 'calls to the page\'s replacements, with and without Backgrounder').toEqual(plain!.calls);
    expectSamePage(on, off);
  });
});
