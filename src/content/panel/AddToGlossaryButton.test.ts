// @vitest-environment happy-dom
/** The keyboard panel's "Add to my glossary": the selection made before the panel opened, with the page's title and address, goes to the background. */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowser } from '../../shared/test-support/fake-browser.ts';

vi.mock('../../shared/browser.ts', async () => ({ default: (await import('../../shared/test-support/fake-browser.ts')).fakeBrowser() }));
const { default: realBrowser } = await import('../../shared/browser.ts');
const { AddToGlossaryButton } = await import('./AddToGlossaryButton.tsx');
const browser = realBrowser as unknown as FakeBrowser;

const host = document.createElement('div');

afterEach(() => {
  render(null, host);
  document.body.replaceChildren();
  browser.runtime.sentToBackground.length = 0;
});

function select(text: string): void {
  const paragraph = document.createElement('p');
  paragraph.textContent = `Officials of the ${text} met on Tuesday.`;
  document.body.append(paragraph);
  const start = paragraph.textContent.indexOf(text);
  const range = document.createRange();
  range.setStart(paragraph.firstChild!, start);
  range.setEnd(paragraph.firstChild!, start + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('the panel’s "Add to my glossary"', () => {
  it('sends the selection made before it opened, with the page, and closes the panel', async () => {
    document.title = 'Zorblatt opens';
    select('Zorblatt Institute');
    const onDone = vi.fn();
    document.body.append(host);
    render(h(AddToGlossaryButton, { onDone }), host);
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Add “Zorblatt Institute” to my glossary');
    document.getSelection()!.removeAllRanges(); // moving in the panel does not change what is added
    button.click();
    expect(browser.runtime.sentToBackground).toEqual([{ type: 'content:add-to-glossary', params: { text: 'Zorblatt Institute', title: 'Zorblatt opens', url: location.href } }]);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('with nothing selected, opens an empty editor', () => {
    document.getSelection()!.removeAllRanges();
    document.body.append(host);
    render(h(AddToGlossaryButton, { onDone: () => {} }), host);
    expect(host.querySelector('button')!.textContent).toBe('Add to my glossary');
    host.querySelector('button')!.click();
    expect(browser.runtime.sentToBackground).toEqual([{ type: 'content:add-to-glossary', params: { text: '', title: document.title, url: location.href } }]);
  });
});
