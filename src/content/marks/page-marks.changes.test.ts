// @vitest-environment happy-dom
/** PageMarks following a page that changes: re-reading only what changed, dropping what left. */
import { describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '../page/page-owner.ts';
import type { Density } from '../../core/index.ts';
import type { PageMarks } from './page-marks.ts';
import { MutationWatcher, type MutationBatch } from '../watch/mutations.ts';
import { FILLER, PAGE, signal, useMarksBed, where } from './page-marks.fixture.test.ts';

const bed = useMarksBed();

describe('PageMarks.readChanged', () => {
  async function readPage(density: Density = 'first'): Promise<PageMarks> {
    bed.options = { ...bed.options, density };
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    return marks;
  }

  it('after a paragraph’s text is edited, re-reads and re-matches only that block', async () => {
    const marks = await readPage();
    const scans = bed.spyOnScans();
    const text = document.getElementById('p2')!.firstChild as Text;
    text.data = 'The West Bank welcomed it.';
    await marks.readChanged([text], signal());
    expect(scans.texts()).toEqual(['The West Bank welcomed it.']);
    // Fatah left the article: its first mention is now the sidebar's. West Bank is first in the article.
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'West Bank@p2', 'Fatah@side', 'United Nations@side']);
    expect(marks.blockCount).toBe(6);
  });

  it('after an edit inside an inline element, re-reads that block with its inline text', async () => {
    const marks = await readPage();
    const scans = bed.spyOnScans();
    const bold = document.querySelector('#h1 b')!;
    bold.textContent = 'Fatah';
    // The mutation's target is the <b> (its child list changed).
    await marks.readChanged([bold], signal());
    expect(scans.texts()).toEqual(['What Fatah House said']);
    expect(where(marks.index.all).slice(0, 2)).toEqual(['Fatah@h1', 'Hamas@p1']);
  });

  it('drops the mentions of a removed paragraph', async () => {
    const marks = await readPage('all');
    const article = document.getElementById('article')!;
    document.getElementById('p1')!.remove();
    await marks.readChanged([article], signal());
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Fatah@p2', 'Hamas@side', 'Fatah@side', 'United Nations@side', 'West Bank@tail']);
    expect(marks.index.all.every((mention) => mention.range.startContainer.isConnected)).toBe(true);
  });

  it('drops a removed paragraph’s mentions even when only other nodes are passed', async () => {
    const marks = await readPage('all');
    document.getElementById('tail')!.remove();
    // Nothing passed covers the removed block: it is dropped because its text left the page.
    await marks.readChanged([], signal());
    expect(where(marks.index.all)).not.toContain('West Bank@tail');
    expect(marks.index.all).toHaveLength(6);
  });

  it('makes an added paragraph earlier in the article the first mention (its parent passed)', async () => {
    const marks = await readPage();
    const article = document.getElementById('article')!;
    const added = Object.assign(document.createElement('p'), { id: 'p0', textContent: 'Earlier: Fatah and the United Nations.' });
    article.insertBefore(added, document.getElementById('p1'));
    await marks.readChanged([article], signal());
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Fatah@p0', 'United Nations@p0', 'Hamas@p1', 'West Bank@tail']);
  });

  it('makes an added paragraph earlier in the article the first mention (the paragraph passed)', async () => {
    const marks = await readPage();
    const scans = bed.spyOnScans();
    const added = Object.assign(document.createElement('p'), { id: 'p0', textContent: 'Earlier: Hamas.' });
    document.getElementById('article')!.insertBefore(added, document.getElementById('p1'));
    await marks.readChanged([added], signal());
    expect(scans.texts()).toEqual(['Earlier: Hamas.']);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p0', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('ignores changes inside skipped subtrees and our host', async () => {
    const marks = await readPage();
    const scans = bed.spyOnScans();
    const nav = document.createElement('nav');
    nav.textContent = 'Hamas';
    document.body.prepend(nav);
    bed.owner.uiRoot();
    bed.owner.host!.append('Hamas');
    await marks.readChanged([nav, nav.firstChild!, bed.owner.host!], signal());
    expect(scans.texts()).toEqual([]);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('ignores nodes that left the page', async () => {
    const marks = await readPage();
    const gone = document.createElement('p');
    gone.textContent = 'Hamas';
    await marks.readChanged([gone], signal());
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('follows the page through a MutationWatcher', async () => {
    const marks = await readPage();
    const controller = new AbortController();
    const batches: MutationBatch[] = [];
    const watcher = new MutationWatcher((node) => node.nodeName.toLowerCase() === HOST_TAG, (batch) => batches.push(batch), controller.signal);
    watcher.observe(document);
    (document.getElementById('p1')!.lastChild as Text).data = `${FILLER}The plan was rejected.`;
    const added = Object.assign(document.createElement('p'), { id: 'p4', textContent: 'Hamas again.' });
    document.getElementById('article')!.append(added);
    bed.owner.uiRoot(); // our host arriving is not a change of the page
    await vi.waitFor(() => expect(batches).toHaveLength(1), { timeout: 1000, interval: 10 });
    controller.abort();
    const [batch] = batches;
    expect(batch?.full).toBe(false);
    await marks.readChanged(batch!.nodes, signal());
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Fatah@p2', 'Hamas@p4', 'United Nations@side', 'West Bank@tail']);
  });

  it('re-reads text directly inside a shadow root after it changes', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append('Hamas said');
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@host']);
    const text = shadow.firstChild as Text;
    text.data = 'Hamas said again';
    await marks.readChanged([text], signal());
    expect(where(marks.index.all)).toEqual(['Hamas@host']);
  });

  it('reads a paragraph added directly to a shadow root', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>intro</p>';
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Hamas said' }));
    await marks.readChanged([shadow], signal());
    expect(where(marks.index.all)).toEqual(['Hamas@host']);
  });

  it('keeps document order inside a shadow root after one of its blocks is re-read', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="a">intro</p><p id="b">Hamas later</p>';
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    const text = shadow.getElementById('a')!.firstChild as Text;
    text.data = 'Hamas first';
    await marks.readChanged([text], signal());
    expect(marks.index.all.map((mention) => mention.range.startContainer.parentElement?.id)).toEqual(['a']);
  });

  describe('a block the page changes while the background is matching it', () => {
    /** Make the page replace `node`'s text during the next match, as a live ticker does between a request and its answer. */
    function changeDuringNextMatch(node: Text, data: string): void {
      const scanBlocks = bed.matcher.scanBlocks.bind(bed.matcher);
      vi.spyOn(bed.matcher, 'scanBlocks').mockImplementationOnce((texts) => {
        node.data = data;
        return scanBlocks(texts);
      });
    }

    it('is not marked with offsets found in its old text, and is marked once read again', async () => {
      const marks = await readPage();
      const text = document.getElementById('p2')!.firstChild as Text;
      text.data = 'Then the Palestinian Authority under Fatah welcomed it.';
      changeDuringNextMatch(text, 'The West Bank.');
      await marks.readChanged([text], signal());
      // The answer was for the longer text: none of its mentions is laid over the new one.
      expect(where(marks.index.all).filter((mention) => mention.endsWith('@p2'))).toEqual([]);
      // The mutation watcher queues the change; reading it marks the new text.
      await marks.readChanged([text], signal());
      expect(where(marks.index.all).filter((mention) => mention.endsWith('@p2'))).toEqual(['West Bank@p2']);
    });

    it('with the same length is not marked with the old offsets either', async () => {
      const marks = await readPage('all');
      const text = document.getElementById('p2')!.firstChild as Text;
      text.data = 'Hamas welcomed it.';
      changeDuringNextMatch(text, 'Fatah welcomed it.');
      await marks.readChanged([text], signal());
      expect(where(marks.index.all).filter((mention) => mention.endsWith('@p2'))).toEqual([]);
      await marks.readChanged([text], signal());
      expect(where(marks.index.all).filter((mention) => mention.endsWith('@p2'))).toEqual(['Fatah@p2']);
    });

    it('shortened after its answer was taken does not break marking the rest of the page', async () => {
      const marks = await readPage('all');
      const text = document.getElementById('p2')!.firstChild as Text;
      text.data = 'Fa';
      // Marking again before the change is read (a setting changed, or another block's answer came) skips what no longer fits.
      expect(() => marks.apply()).not.toThrow();
      expect(where(marks.index.all)).toContain('Hamas@p1');
      expect(where(marks.index.all).filter((mention) => mention.endsWith('@p2'))).toEqual([]);
    });
  });
});
