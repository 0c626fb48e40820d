// @vitest-environment happy-dom
/**
 * The options page against a fake extension API: the glossary list, import
 * from pasted text and from a file with its preview and problems, a bad or
 * too large file changing nothing, quota errors reported, delete and reset.
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from '../shared/test-support/fake-browser.ts';

vi.mock('../shared/browser.ts', async () => ({ default: (await import('../shared/test-support/fake-browser.ts')).fakeBrowser() }));
const { default: realBrowser } = await import('../shared/browser.ts');
const { fakeFetch, packedJson } = await import('../shared/test-support/fake-browser.ts');
const { OptionsPage } = await import('./OptionsPage.tsx');
const browser = realBrowser as unknown as FakeBrowser;

const CSV = `label,aliases,kind,summary,source URL
Zorblatt Institute,ZI,organisation,A think tank.,https://zorblatt.example/
<b>Bold</b> Council,,organisation,"<script>alert(1)</script> is text.",https://bold.example/
`;
const BAD_CSV = `label,aliases,kind,summary,source URL
Good,,place,Fine.,https://good.example/
Bad,,planet,Hmm.,data:text/html;base64;x
`;

let root: HTMLElement;
const $ = <E extends Element = HTMLElement>(selector: string): E | null => root.querySelector<E>(selector);
const text = (selector: string): string => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const snapshot = async () => JSON.stringify([[...browser.storage.sync.data], [...browser.storage.local.data]]);

async function mount(): Promise<void> {
  root = document.createElement('main');
  document.body.append(root);
  render(h(OptionsPage, {}), root);
  await vi.waitFor(() => expect($('[data-glossary="bundled"]')).not.toBeNull());
}

function paste(value: string): void {
  const area = $<HTMLTextAreaElement>('#import-text')!;
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

async function pasteAndPreview(value: string): Promise<void> {
  paste(value);
  await vi.waitFor(() => expect($<HTMLButtonElement>('#import-check')!.disabled).toBe(false));
  $<HTMLButtonElement>('#import-check')!.click();
  await vi.waitFor(() => expect($('.preview')).not.toBeNull());
}

function chooseFile(file: File): void {
  const input = $<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(async () => {
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  browser.storage.local.quotaBytes = Number.POSITIVE_INFINITY;
  const bundledEntry = (id: string, label: string) => ({ id, label, kind: 'group', aliases: [label], summary: `${label}.`, asOf: '2025-06', sources: [{ publisher: 'Wikipedia', url: `https://en.wikipedia.org/wiki/${label}` }] });
  browser.runtime.files.set('glossary.json.gz', packedJson({ name: 'Backgrounder', entries: [bundledEntry('hamas', 'Hamas'), bundledEntry('fatah', 'Fatah')] }));
  vi.stubGlobal('fetch', fakeFetch(browser));
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('options page', () => {
  it('lists the bundled glossary with its size, and switches it off', async () => {
    await mount();
    expect(text('[data-glossary="bundled"]')).toContain('Entries: 2');
    $<HTMLInputElement>('#glossary-switch-bundled')!.click();
    await vi.waitFor(async () => expect((await browser.storage.sync.get('disabledGlossaries'))['disabledGlossaries']).toEqual(['bundled']));
  });

  it('offers the bundled glossary for export', async () => {
    await mount();
    await vi.waitFor(() => expect($('[data-glossary="bundled"] .export')).not.toBeNull());
  });

  it('previews pasted CSV, keeps HTML as text, and adds it as a glossary in storage.local', async () => {
    await mount();
    await pasteAndPreview(CSV);
    expect(text('#preview-count')).toBe('Entries to add: 2');
    expect($<HTMLInputElement>('#import-name')!.value).toBe('My glossary');
    expect(text('tr[data-entry="b-bold-b-council"] .summary')).toBe('<script>alert(1)</script> is text.');
    expect(root.querySelector('script, b')).toBeNull();
    const name = $<HTMLInputElement>('#import-name')!;
    name.value = 'Think tanks';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect($<HTMLButtonElement>('#import-confirm')!.disabled).toBe(false));
    $<HTMLButtonElement>('#import-confirm')!.click();
    await vi.waitFor(() => expect(text('#message')).toBe('“Think tanks” was added with 2 entries.'));
    expect(browser.storage.sync.data.size).toBe(0);
    expect([...browser.storage.local.data.keys()]).toEqual([expect.stringMatching(/^glossary:custom-/)]);
    await vi.waitFor(() => expect(text('.glossaries')).toContain('Think tanks'));
    expect($('.preview')).toBeNull();
  });

  it('lists every problem of a bad file by row and field, refuses to save it, and changes nothing', async () => {
    await mount();
    const before = await snapshot();
    await pasteAndPreview(BAD_CSV);
    expect([...root.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Row 3 · kind: “planet” is not one of: country, place, organisation, government, group, person, agreement, concept, event',
      'Row 3 · source URL: must be a well-formed https:// link (javascript:, data: and http: links are refused)',
    ]);
    expect(text('.problems [role="alert"]')).toBe('Problems found: 2. Nothing has been saved; fix the file and try again.');
    expect($<HTMLButtonElement>('#import-confirm')!.disabled).toBe(true);
    $<HTMLButtonElement>('#import-confirm')!.click();
    expect(await snapshot()).toBe(before);
  });

  it('refuses a 20 MB file without reading it', async () => {
    await mount();
    const before = await snapshot();
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 20 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    chooseFile(huge);
    await vi.waitFor(() => expect(text('.problems li')).toBe('This file is 20.0 MB; the largest file Backgrounder can import is 2.0 MB.'));
    expect(read).not.toHaveBeenCalled();
    expect(await snapshot()).toBe(before);
  });

  it('reads a chosen JSON file, named after the file’s glossary, and shows the entries it replaces', async () => {
    await mount();
    const entry = { id: 'hamas', label: 'Hamas (mine)', kind: 'group', aliases: ['Hamas'], summary: 'Mine.', asOf: '2026-01', sources: [{ publisher: 'P', url: 'https://p.example/' }] };
    chooseFile(new File([JSON.stringify({ name: 'Overrides', entries: [entry] })], 'overrides.json'));
    await vi.waitFor(() => expect($<HTMLInputElement>('#import-name')?.value).toBe('Overrides'));
    expect(text('.replaces summary')).toBe('Entries that replace installed ones: 1');
    expect(text('.replaces li')).toBe('Hamas (mine) replaces “Hamas” in Backgrounder glossary (built in)');
  });

  it('reports a full storage when saving, and stores nothing', async () => {
    await mount();
    await pasteAndPreview(CSV);
    const before = await snapshot();
    browser.storage.local.quotaBytes = 100;
    $<HTMLButtonElement>('#import-confirm')!.click();
    await vi.waitFor(() => expect(text('#import-error')).toContain('the browser’s storage for Backgrounder is full'));
    expect(await snapshot()).toBe(before);
    expect($('.preview')).not.toBeNull();
  });

  it('deletes a glossary of the reader’s after confirmation', async () => {
    await mount();
    await pasteAndPreview(CSV);
    $<HTMLButtonElement>('#import-confirm')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-glossary]')).toHaveLength(2));
    $<HTMLButtonElement>('[data-glossary^="custom-"] .delete')!.click();
    await vi.waitFor(() => expect(text('[data-glossary^="custom-"] .confirm span')).toBe('Delete “My glossary” and its entries?'));
    $<HTMLButtonElement>('[data-glossary^="custom-"] .confirm-delete')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-glossary]')).toHaveLength(1));
    expect(text('#message')).toBe('“My glossary” was deleted.');
    expect(browser.storage.local.data.size).toBe(0);
  });

  it('switches the badge, and resets every setting after confirmation', async () => {
    await browser.storage.sync.set({ enabled: false, muted: ['hamas'] });
    await mount();
    $<HTMLInputElement>('#badge')!.click();
    await vi.waitFor(async () => expect((await browser.storage.sync.get('badge'))['badge']).toBe(false));
    $<HTMLButtonElement>('#reset')!.click();
    await vi.waitFor(() => expect($('#reset-confirm')).not.toBeNull());
    $<HTMLButtonElement>('#reset-confirm')!.click();
    await vi.waitFor(() => expect(text('#message')).toBe('Every setting is back to its default.'));
    expect(await browser.storage.sync.get(null)).toMatchObject({ enabled: true, muted: [], badge: true });
    await vi.waitFor(() => expect($<HTMLInputElement>('#badge')!.checked).toBe(true));
  });
});
