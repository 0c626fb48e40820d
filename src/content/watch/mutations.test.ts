// @vitest-environment happy-dom
/**
 * MutationWatcher under fake timers: happy-dom delivers MutationObserver
 * records in a microtask, which vitest's fake timers leave alone, so
 * `advanceTimersByTimeAsync` lets the records arrive and then runs the batch timer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, PageOwner } from '../page/page-owner.ts';
import { installHighlightStub, type HighlightStub } from '../test-support/highlights.ts';
import { MutationWatcher, type MutationBatch } from './mutations.ts';

/** The batch delay and the full-read threshold of mutations.ts (not exported). */
const BATCH_MS = 60;
const FULL_READ_THRESHOLD = 200;

/** What the session counts as ours: the host element itself. */
const isOurs = (node: Node): boolean => node.nodeName.toLowerCase() === HOST_TAG;

let controller: AbortController;
let batches: MutationBatch[];
let watcher: MutationWatcher;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="d"><p id="p1">one</p><p id="p2">two</p></div><p id="p3">three</p>';
  controller = new AbortController();
  batches = [];
  watcher = new MutationWatcher(isOurs, (batch) => batches.push(batch), controller.signal);
  watcher.observe(document);
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const byId = (id: string): HTMLElement => document.getElementById(id)!;
const textOf = (id: string): Text => byId(id).firstChild as Text;

describe('MutationWatcher', () => {
  it('hands many changes over as one batch, BATCH_MS after the first', async () => {
    textOf('p1').data = 'uno';
    byId('p3').append(' more');
    await vi.advanceTimersByTimeAsync(BATCH_MS / 2);
    textOf('p2').data = 'dos';
    await vi.advanceTimersByTimeAsync(BATCH_MS / 2 - 1);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.full).toBe(false);
    expect(new Set(batches[0]!.nodes)).toEqual(new Set([textOf('p1'), textOf('p2'), byId('p3')]));
    await vi.advanceTimersByTimeAsync(BATCH_MS * 5);
    expect(batches).toHaveLength(1);
  });

  it('gives a page that never stops changing a batch every BATCH_MS', async () => {
    for (let t = 0; t < 6 * BATCH_MS; t += 10) {
      textOf('p1').data = `tick ${t}`;
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(batches.length).toBeLessThanOrEqual(6);
    for (const batch of batches) expect([...batch.nodes]).toEqual([textOf('p1')]);
  });

  it('reports each changed node once however often it changed', async () => {
    for (let i = 0; i < 50; i++) textOf('p1').data = `v${i}`;
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.nodes]).toEqual([textOf('p1')]);
  });

  it('merges a change inside another changed node into it', async () => {
    textOf('p1').data = 'uno';
    textOf('p2').data = 'dos';
    byId('d').append(Object.assign(document.createElement('p'), { textContent: 'added' }));
    textOf('p3').data = 'tres';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toHaveLength(1);
    expect(new Set(batches[0]!.nodes)).toEqual(new Set([byId('d'), textOf('p3')]));
  });

  it('merges deeply nested changes into the outermost, whatever order they came in', async () => {
    byId('p1').append(document.createElement('b'));
    byId('p1').querySelector('b')!.append('bold');
    document.body.append(document.createElement('hr'));
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect([...batches[0]!.nodes]).toEqual([document.body]);
  });

  it('reports the parent of a removed node, not the node', async () => {
    const removed = byId('p2');
    textOf('p2').data = 'changed before removal';
    removed.remove();
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect([...batches[0]!.nodes]).toEqual([byId('d')]);
  });

  it('hands over nothing when every changed node has left the page', async () => {
    const p = byId('p3');
    const text = textOf('p3');
    document.body.removeChild(p);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    batches.length = 0;
    text.data = 'detached change';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toEqual([]);
  });

  it('ignores our host being added and removed', async () => {
    const stub: HighlightStub = installHighlightStub();
    try {
      const owner = new PageOwner(document);
      owner.uiRoot(); // appends <backgrounder-ui> to <html>
      await vi.advanceTimersByTimeAsync(BATCH_MS);
      expect(batches).toEqual([]);
      const host = owner.host!;
      document.body.append(host);
      host.remove();
      PageOwner.removeLeftovers(document);
      owner.destroy();
      await vi.advanceTimersByTimeAsync(BATCH_MS);
      expect(batches).toEqual([]);
    } finally {
      stub.restore();
    }
  });

  it('ignores changes of our host’s own children', async () => {
    const host = document.createElement(HOST_TAG);
    document.documentElement.append(host);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    host.append('ours');
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toEqual([]);
  });

  it('still reports page changes that come with our host’s', async () => {
    const host = document.createElement(HOST_TAG);
    const p = Object.assign(document.createElement('p'), { textContent: 'page' });
    document.body.append(host, p); // one record adding both
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect([...batches[0]!.nodes]).toEqual([document.body]);
  });

  it(`asks for a full read past ${FULL_READ_THRESHOLD} changed places`, async () => {
    const paragraphs = Array.from({ length: FULL_READ_THRESHOLD + 1 }, (_, i) => Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    document.body.append(...paragraphs);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    batches.length = 0;

    for (const p of paragraphs) (p.firstChild as Text).data += '!';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.full).toBe(true);
    expect(batches[0]!.nodes.size).toBe(0);

    // The next batch starts afresh.
    textOf('p1').data = 'after';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches[1]).toEqual({ full: false, nodes: new Set([textOf('p1')]) });
  });

  it(`reads changes one by one up to ${FULL_READ_THRESHOLD} changed places`, async () => {
    const paragraphs = Array.from({ length: FULL_READ_THRESHOLD }, (_, i) => Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    document.body.append(...paragraphs);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    batches.length = 0;

    for (const p of paragraphs) (p.firstChild as Text).data += '!';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.full).toBe(false);
    expect(batches[0]!.nodes.size).toBe(FULL_READ_THRESHOLD);
  });

  it('watches an open shadow root once it is observed, once', async () => {
    const host = byId('p3');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    batches.length = 0;

    const inside = shadow.querySelector('p')!.firstChild as Text;
    inside.data = 'not watched yet';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toEqual([]);

    watcher.observe(shadow);
    watcher.observe(shadow);
    inside.data = 'watched';
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches).toEqual([{ full: false, nodes: new Set([inside]) }]);

    // A change of the shadow root's own children is reported on the root, and holds the one inside it.
    inside.data = 'again';
    shadow.append('direct');
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(batches[1]).toEqual({ full: false, nodes: new Set([shadow]) });
  });

  it('stops when aborted, dropping a pending batch', async () => {
    textOf('p1').data = 'pending';
    await vi.advanceTimersByTimeAsync(BATCH_MS / 2);
    controller.abort();
    await vi.advanceTimersByTimeAsync(BATCH_MS * 2);
    textOf('p2').data = 'after abort';
    await vi.advanceTimersByTimeAsync(BATCH_MS * 2);
    expect(batches).toEqual([]);
  });
});
