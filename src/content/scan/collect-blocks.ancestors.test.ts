// @vitest-environment happy-dom
/** What a node's ancestors decide: the block it belongs to, and whether it lies in a skipped subtree. */
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TAG } from '../page/page-owner.ts';
import { resetDocument } from '../test-support/reset-document.ts';
import { blockContainer, isInSkippedSubtree } from './block-ancestors.ts';
import { collectBlocks } from './collect-blocks.ts';

afterEach(resetDocument);

describe('blockContainer', () => {
  it('is the nearest non-inline ancestor', () => {
    document.body.innerHTML = '<div id="d"><p id="p">direct <b><i id="i">deep</i></b></p><span id="s">in div</span></div>';
    expect(blockContainer(document.getElementById('p')!.firstChild!)).toBe(document.getElementById('p'));
    expect(blockContainer(document.getElementById('i')!.firstChild!)).toBe(document.getElementById('p'));
    expect(blockContainer(document.getElementById('s')!.firstChild!)).toBe(document.getElementById('d'));
  });

  it('of an element is its own nearest non-inline ancestor', () => {
    document.body.innerHTML = '<p id="p"><b id="b">x</b></p>';
    expect(blockContainer(document.getElementById('b')!)).toBe(document.getElementById('p'));
  });

  it('treats unknown and custom elements as blocks', () => {
    document.body.innerHTML = '<p>Chatham <x-name id="x">House</x-name></p>';
    expect(blockContainer(document.getElementById('x')!.firstChild!)).toBe(document.getElementById('x'));
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Chatham ', 'House']);
  });

  it('stops at the top inline element of a detached tree', () => {
    const span = document.createElement('span');
    const b = document.createElement('b');
    b.append('x');
    span.append(b);
    expect(blockContainer(b.firstChild!)).toBe(span);
  });

  it('is undefined for a node with no parent', () => {
    expect(blockContainer(document.createTextNode('x'))).toBeUndefined();
  });
});

describe('isInSkippedSubtree', () => {
  it('finds skipped ancestors', () => {
    document.body.innerHTML = '<p id="p">read <b id="b">bold</b></p><pre><span id="code">x</span></pre><nav><p id="nav">n</p></nav>';
    expect(isInSkippedSubtree(document.getElementById('p')!.firstChild!)).toBe(false);
    expect(isInSkippedSubtree(document.getElementById('b')!.firstChild!)).toBe(false);
    expect(isInSkippedSubtree(document.getElementById('code')!.firstChild!)).toBe(true);
    expect(isInSkippedSubtree(document.getElementById('nav')!)).toBe(true);
    expect(isInSkippedSubtree(document.querySelector('pre')!)).toBe(true);
  });

  it('reads an article header but not a page header', () => {
    document.body.innerHTML = '<header><p id="site">s</p></header><article><header><h1 id="head">h</h1></header></article>';
    expect(isInSkippedSubtree(document.getElementById('site')!)).toBe(true);
    expect(isInSkippedSubtree(document.getElementById('head')!)).toBe(false);
  });

  it('honours `exclude`', () => {
    document.body.innerHTML = `<${HOST_TAG}><p id="inside">x</p></${HOST_TAG}>`;
    const inside = document.getElementById('inside')!;
    expect(isInSkippedSubtree(inside)).toBe(false);
    expect(isInSkippedSubtree(inside, new Set([document.querySelector(HOST_TAG)!]))).toBe(true);
  });

  it('climbs out of shadow roots through their hosts', () => {
    document.body.innerHTML = '<div role="navigation"><div id="host"></div></div><div id="free"></div>';
    const hidden = document.getElementById('host')!.attachShadow({ mode: 'open' });
    hidden.innerHTML = '<p>x</p>';
    hidden.append('direct');
    const free = document.getElementById('free')!.attachShadow({ mode: 'open' });
    free.innerHTML = '<p>y</p>';
    expect(isInSkippedSubtree(hidden.querySelector('p')!.firstChild!)).toBe(true);
    expect(isInSkippedSubtree(hidden.lastChild!)).toBe(true);
    expect(isInSkippedSubtree(hidden)).toBe(true);
    expect(isInSkippedSubtree(free.querySelector('p')!.firstChild!)).toBe(false);
  });

  it('is false for an element with aria-hidden on <body> or <html> only', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    document.body.setAttribute('aria-hidden', 'true');
    expect(isInSkippedSubtree(document.getElementById('p')!)).toBe(false);
  });
});
