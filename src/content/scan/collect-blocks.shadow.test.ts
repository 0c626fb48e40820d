// @vitest-environment happy-dom
/** collectBlocks across open shadow roots: read after the light tree, reported for watching, skip rules applied inside. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDocument } from '../test-support/reset-document.ts';
import { blockContainer } from './block-ancestors.ts';
import { collectBlocks } from './collect-blocks.ts';

afterEach(resetDocument);

describe('collectBlocks: shadow roots', () => {
  it('reads an open shadow root after the light tree and reports it', () => {
    document.body.innerHTML = '<p>light 1</p><div id="host"><p>slotted</p></div><p>light 2</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hamas in shadow</p><ul><li>Fatah</li></ul>';
    const onShadowRoot = vi.fn();
    const blocks = collectBlocks(document.body, { onShadowRoot });
    expect(blocks.map((b) => b.text)).toEqual(['light 1', 'slotted', 'light 2', 'Hamas in shadow', 'Fatah']);
    expect(onShadowRoot).toHaveBeenCalledTimes(1);
    expect(onShadowRoot).toHaveBeenCalledWith(shadow);
    expect(blocks[3]?.container).toBe(shadow.querySelector('p'));
  });

  it('reads text directly inside a shadow root as a block of the host', () => {
    document.body.innerHTML = '<x-widget id="host"></x-widget>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('Hamas and Fatah');
    const [block, ...rest] = collectBlocks(document.body);
    expect(rest).toEqual([]);
    expect(block?.text).toBe('Hamas and Fatah');
    expect(block?.container).toBe(host);
    expect(blockContainer(shadow.firstChild!)).toBe(host);
  });

  it('reads nested open shadow roots and reports each', () => {
    document.body.innerHTML = '<div id="outer"></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>outer</p><div id="inner"></div>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>inner</p>';
    const seen: ShadowRoot[] = [];
    expect(collectBlocks(document.body, { onShadowRoot: (root) => seen.push(root) }).map((b) => b.text)).toEqual(['outer', 'inner']);
    expect(seen).toEqual([outer, inner]);
  });

  it('applies the skip rules inside a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>kept</p><code>Hamas</code><nav>Fatah</nav><div contenteditable="true">UN</div>';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['kept']);
  });

  it('does not enter a shadow root whose host is skipped, nor report it', () => {
    document.body.innerHTML = '<nav><div id="host"></div></nav><p>b</p>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Hamas</p>';
    const onShadowRoot = vi.fn();
    expect(collectBlocks(document.body, { onShadowRoot }).map((b) => b.text)).toEqual(['b']);
    expect(onShadowRoot).not.toHaveBeenCalled();
  });

  it('does not read a closed shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Hamas</p>';
    expect(collectBlocks(document.body)).toEqual([]);
  });

  it('can read from a shadow root as the root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>a</p><p>b</p>';
    expect(collectBlocks(shadow).map((b) => b.text)).toEqual(['a', 'b']);
  });

  it('joins inline elements directly inside a shadow root with the text beside them', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>Chatham</b> House';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Chatham House']);
    expect(blockContainer(shadow.querySelector('b')!.firstChild!)).toBe(host);
  });
});
