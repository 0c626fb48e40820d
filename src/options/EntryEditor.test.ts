// @vitest-environment happy-dom
/**
 * The entry editor on the options page against a fake extension API: opened
 * by the add route with a page's selection, its problems shown by field and
 * tied to their fields, saved into "My glossary", a full storage refused
 * with nothing lost; and an own entry edited, deleted and brought back.
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from '../shared/test-support/fake-browser.ts';

vi.mock('../shared/browser.ts', async () => ({ default: (await import('../shared/test-support/fake-browser.ts')).fakeBrowser() }));
const { default: realBrowser } = await import('../shared/browser.ts');
const { fakeFetch, packedJson } = await import('../shared/test-support/fake-browser.ts');
const { addEntryPath } = await import('../shared/add-entry-route.ts');
const { listCustomGlossaries } = await import('../shared/custom-glossaries.ts');
const { OptionsPage } = await import('./OptionsPage.tsx');
const browser = realBrowser as unknown as FakeBrowser;

const PAGE = { text: 'Zorblatt Institute', title: 'Zorblatt opens — Example News', url: 'https://news.example.org/zorblatt' };
let root: HTMLElement;
const $ = <E extends Element = HTMLElement>(selector: string): E | null => root.querySelector<E>(selector);

async function mount(hash = ''): Promise<void> {
  history.replaceState(null, '', `/options.html${hash}`);
  root = document.createElement('main');
  document.body.append(root);
  render(h(OptionsPage, {}), root);
  await vi.waitFor(() => expect($('[data-glossary="bundled"]')).not.toBeNull());
}

function type(selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Let Preact render what was typed, as it does between two of the reader's events. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Submit the editor's form, as its Save button does. */
const save = (): void => {
  $<HTMLFormElement>('.entry-editor form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};

/** The problems a field's aria-describedby points to. */
const describedProblems = (selector: string): string => {
  const ids = $(selector)?.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root.querySelector(`#${id}`)?.textContent ?? `(no #${id})`).join(' | ');
};

const ownEntries = async () => (await listCustomGlossaries()).find((glossary) => glossary.id === 'custom-own')?.entries ?? [];

beforeEach(async () => {
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  browser.storage.local.quotaBytes = Number.POSITIVE_INFINITY;
  browser.runtime.files.set('glossary.json.gz', packedJson({ name: 'Backgrounder', entries: [] }));
  vi.stubGlobal('fetch', fakeFetch(browser));
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('the entry editor', () => {
  it('opens on the add route prefilled, shows each problem next to its field, and saves into "My glossary"', async () => {
    const path = addEntryPath(PAGE);
    await mount(path.slice(path.indexOf('#')));
    await vi.waitFor(() => expect($('#add-entry-heading')).not.toBeNull());
    expect($<HTMLInputElement>('#add-entry-label')!.value).toBe('Zorblatt Institute');
    expect($<HTMLTextAreaElement>('#add-entry-aliases')!.value).toBe('Zorblatt Institute');
    expect($<HTMLSelectElement>('#add-entry-kind')!.value).toBe('');
    expect($<HTMLInputElement>('#add-entry-sources-0-url')!.value).toBe(PAGE.url);
    expect($<HTMLInputElement>('#add-entry-sources-0-publisher')!.value).toBe(PAGE.title);
    expect($<HTMLInputElement>('#add-entry-asOf')!.value).toMatch(/^\d{4}-\d{2}$/);

    save();
    await vi.waitFor(() => expect($('#add-entry-kind')!.getAttribute('aria-invalid')).toBe('true'));
    expect(describedProblems('#add-entry-kind')).toBe('is missing');
    expect(describedProblems('#add-entry-summary')).toBe('must not be empty');
    expect($('#add-entry-label')!.hasAttribute('aria-invalid')).toBe(false);
    expect($('.editor-summary')!.textContent).toContain('2 problems');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('add-entry-kind'));
    expect(await ownEntries()).toEqual([]);

    type('#add-entry-kind', 'organisation');
    type('#add-entry-summary', 'A think tank.');
    await vi.waitFor(() => expect($('[aria-invalid="true"]')).toBeNull());
    save();
    await vi.waitFor(() => expect($('#add-entry-heading')).toBeNull());
    expect(await ownEntries()).toEqual([
      { id: 'zorblatt-institute', label: 'Zorblatt Institute', kind: 'organisation', aliases: ['Zorblatt Institute'], summary: 'A think tank.', asOf: expect.stringMatching(/^\d{4}-\d{2}$/), sources: [{ publisher: PAGE.title, url: PAGE.url }] },
    ]);
    expect($('#message')!.textContent).toContain('“Zorblatt Institute” was added to My glossary');
    expect(location.hash).toBe('');
  });

  it('when storage is full, says so and keeps everything typed', async () => {
    await mount();
    $<HTMLButtonElement>('#add-entry')!.click();
    await vi.waitFor(() => expect($('#add-entry-label')).not.toBeNull());
    save();
    await vi.waitFor(() => expect(describedProblems('#add-entry-label')).toBe('must not be empty'));
    expect(describedProblems('#add-entry-sources-0-url')).toBe('needs at least one source');
    type('#add-entry-label', 'Quux Council');
    type('#add-entry-aliases', 'Quux Council');
    type('#add-entry-kind', 'organisation');
    type('#add-entry-summary', 'A council.');
    type('#add-entry-sources-0-publisher', 'Example');
    type('#add-entry-sources-0-url', 'https://example.org/');
    browser.storage.local.quotaBytes = 10;
    await settle();
    save();
    await vi.waitFor(() => expect($('.editor-error')?.textContent).toContain('storage for Backgrounder is full'));
    expect($<HTMLInputElement>('#add-entry-label')!.value).toBe('Quux Council');
    expect($<HTMLTextAreaElement>('#add-entry-summary')!.value).toBe('A council.');
    expect(await ownEntries()).toEqual([]);
  });
});
