// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks } from './collect-blocks.ts';
import { isStale, isUnchanged, makeBlock, rangeFor, type TextBlock } from './text-block.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Render `html` and return its only block. */
function onlyBlock(html: string): TextBlock {
  document.body.innerHTML = html;
  const blocks = collectBlocks(document.body);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

/** Every [start, end) with 0 <= start < end <= length maps to a Range reading exactly that slice. */
function expectEverySliceMaps(block: TextBlock): void {
  const { text } = block;
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= text.length; end++) {
      const range = rangeFor(block, start, end)!;
      expect.soft(range.toString(), `[${start}, ${end})`).toBe(text.slice(start, end));
    }
  }
}

describe('makeBlock', () => {
  it('joins the nodes’ text and records where each starts', () => {
    document.body.innerHTML = '<p>Pal<b>estin</b><i>ian</i> Authority</p>';
    const p = document.querySelector('p')!;
    const nodes = [p.firstChild as Text, p.querySelector('b')!.firstChild as Text, p.querySelector('i')!.firstChild as Text, p.lastChild as Text];
    const block = makeBlock(p, nodes);
    expect(block.text).toBe('Palestinian Authority');
    expect(block.starts).toEqual([0, 3, 8, 11]);
    expect(block.container).toBe(p);
    expect(block.nodes).toEqual(nodes);
  });
});

describe('rangeFor', () => {
  it('maps a range inside one node', () => {
    const block = onlyBlock('<p>The Chatham House Rule</p>');
    const range = rangeFor(block, 4, 17)!;
    expect(range.toString()).toBe('Chatham House');
    expect(range.startContainer).toBe(block.nodes[0]);
    expect(range.startOffset).toBe(4);
    expect(range.endContainer).toBe(block.nodes[0]);
    expect(range.endOffset).toBe(17);
  });

  it('maps "<b>Palestinian</b> Authority" to one range over two nodes', () => {
    const block = onlyBlock('<p>The <b>Palestinian</b> Authority said</p>');
    expect(block.text).toBe('The Palestinian Authority said');
    const range = rangeFor(block, 4, 25)!;
    expect(range.toString()).toBe('Palestinian Authority');
    // Starts at the start of the <b>'s text node (not at the end of "The "), ends inside the next node.
    expect(range.startContainer).toBe(block.nodes[1]);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(block.nodes[2]);
    expect(range.endOffset).toBe(10);
  });

  it('maps "Chatham<span> House</span>": ends at the end of the last node', () => {
    const block = onlyBlock('<p>Chatham<span> House</span></p>');
    const range = rangeFor(block, 0, 13)!;
    expect(range.toString()).toBe('Chatham House');
    expect(range.startContainer).toBe(block.nodes[0]);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(block.nodes[1]);
    expect(range.endOffset).toBe(6);
  });

  it('ends a range at a node boundary in the earlier node, and starts one there in the later node', () => {
    const block = onlyBlock('<p>Hamas<b>Fatah</b></p>');
    const first = rangeFor(block, 0, 5)!;
    expect(first.toString()).toBe('Hamas');
    expect(first.endContainer).toBe(block.nodes[0]);
    expect(first.endOffset).toBe(5);
    const second = rangeFor(block, 5, 10)!;
    expect(second.toString()).toBe('Fatah');
    expect(second.startContainer).toBe(block.nodes[1]);
    expect(second.startOffset).toBe(0);
    // A whole node: both ends in that node.
    expect(second.endContainer).toBe(block.nodes[1]);
  });

  it('spans three and more nodes, starting and ending inside nodes', () => {
    const block = onlyBlock('<p>Pa<b>les<i>tin</i></b><span>ian Au</span>tho<a href="#">rity</a>!</p>');
    expect(block.nodes.map((node) => node.data)).toEqual(['Pa', 'les', 'tin', 'ian Au', 'tho', 'rity', '!']);
    expect(block.text).toBe('Palestinian Authority!');
    const range = rangeFor(block, 1, 18)!;
    expect(range.toString()).toBe('alestinian Author');
    expect(range.startContainer).toBe(block.nodes[0]);
    expect(range.startOffset).toBe(1);
    expect(range.endContainer).toBe(block.nodes[5]);
    expect(range.endOffset).toBe(1);
    const whole = rangeFor(block, 0, block.text.length)!;
    expect(whole.toString()).toBe(block.text);
  });

  it.each([
    ['one node', '<p>Palestinian Authority</p>'],
    ['two nodes', '<p><b>Palestinian</b> Authority</p>'],
    ['one-character nodes', '<p>a<b>b</b><i>c</i><u>d</u>e</p>'],
    ['nested inline nodes', '<p>W<a href="#"><em>es<strong>t B</strong></em>a</a>nk</p>'],
    ['white space and punctuation', '<p>“<b> Hamas ’</b>s\n<i>\tUN</i> ”</p>'],
    ['non-BMP characters', '<p>😀<b>Hamas</b>𝒳</p>'],
  ])('maps every slice exactly: %s', (_name, html) => {
    expectEverySliceMaps(onlyBlock(html));
  });

  it('maps every slice exactly when the block holds empty text nodes', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    const nodes = [document.createTextNode('ab'), document.createTextNode(''), document.createTextNode('cd'), document.createTextNode('')];
    p.append(...nodes);
    const block = makeBlock(p, nodes);
    expect(block.text).toBe('abcd');
    expectEverySliceMaps(block);
  });

  it('gives a live Range: it follows text inserted before it', () => {
    const block = onlyBlock('<p>Say <b>Hamas</b></p>');
    const range = rangeFor(block, 4, 9)!;
    (block.nodes[0] as Text).insertData(0, 'We ');
    expect(range.toString()).toBe('Hamas');
  });

  it('gives nothing once the page has shortened a node so that the offsets no longer fit', () => {
    const block = onlyBlock('<p>Say <b>Hamas</b></p>');
    (block.nodes[1] as Text).data = 'Ha';
    expect(rangeFor(block, 4, 9)).toBeUndefined();
    expect(rangeFor(block, 0, 3)?.toString()).toBe('Say');
  });
});

describe('isUnchanged', () => {
  it('is true for a block just read', () => {
    expect(isUnchanged(onlyBlock('<p>Chatham<span> House</span></p>'))).toBe(true);
  });

  it('is false after an edit of the same length, which isStale cannot see', () => {
    const block = onlyBlock('<p>Hamas<span> said</span></p>');
    (block.nodes[0] as Text).data = 'Fatah';
    expect(isStale(block)).toBe(false);
    expect(isUnchanged(block)).toBe(false);
  });

  it('is false after a node leaves the page', () => {
    const block = onlyBlock('<p>Chatham<span> House</span></p>');
    document.querySelector('span')!.remove();
    expect(isUnchanged(block)).toBe(false);
  });
});

describe('isStale', () => {
  it('is false for a block just read', () => {
    expect(isStale(onlyBlock('<p>Chatham<span> House</span></p>'))).toBe(false);
  });

  it('is true after a text edit that changes a node’s length', () => {
    const block = onlyBlock('<p>Chatham<span> House</span></p>');
    (block.nodes[1] as Text).data = ' House Rule';
    expect(isStale(block)).toBe(true);
  });

  it('is true after text is appended to the last node', () => {
    const block = onlyBlock('<p>Chatham<span> House</span></p>');
    (block.nodes[1] as Text).appendData('!');
    expect(isStale(block)).toBe(true);
  });

  it('is true after a node is removed', () => {
    const block = onlyBlock('<p>Chatham<span> House</span></p>');
    document.querySelector('span')!.remove();
    expect(isStale(block)).toBe(true);
  });

  it('is true after the whole block is removed', () => {
    const block = onlyBlock('<div><p>Chatham House</p></div>');
    block.container.remove();
    expect(isStale(block)).toBe(true);
  });

  it('is false after changes elsewhere on the page', () => {
    const block = onlyBlock('<p>Chatham House</p>');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    expect(isStale(block)).toBe(false);
  });
});
