// @vitest-environment happy-dom
/**
 * PageMarks with the real PageOwner. happy-dom has no CSS Custom Highlight API,
 * so `CSS.highlights` and `Highlight` are a minimal stand-in (test-support/highlights.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Density } from '../../core/index.ts';
import type { Matcher } from '../../core/match/matcher.ts';
import { HOST_TAG, PageOwner, highlightName } from '../page/page-owner.ts';
import type { PageMention } from '../page-mentions.ts';
import { testMatcher } from '../test-support/glossary.ts';
import { installHighlightStub, type HighlightStub } from '../test-support/highlights.ts';
import { installIntersectionStub } from '../test-support/intersection.ts';
import { MutationWatcher, type MutationBatch } from '../watch/mutations.ts';
import { PageMarks, type MarkOptions } from './page-marks.ts';

/** Enough words for findArticleRoot to take the <article> as the article body (over 200 characters). */
const FILLER = 'Officials spoke at length about the talks, the ceasefire terms and the aid convoys, and about what comes next for the region and its people. '.repeat(2);

let stub: HighlightStub;
let owner: PageOwner;
let matcher: Matcher;
let options: MarkOptions;
let shadowRoots: ShadowRoot[];

beforeEach(() => {
  stub = installHighlightStub();
  owner = new PageOwner(document);
  matcher = testMatcher();
  options = { density: 'first', highlightStyle: 'underline' };
  shadowRoots = [];
});

afterEach(() => {
  owner.destroy();
  stub.restore();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** `firstChunkChars: 1` makes every block a slice of its own, as on a long page. */
function makeMarks(firstChunkChars?: number): PageMarks {
  return new PageMarks({
    document,
    matcher,
    owner,
    options: () => options,
    exclude: () => new Set(document.querySelectorAll(HOST_TAG)),
    onShadowRoot: (root) => shadowRoots.push(root),
    ...(firstChunkChars !== undefined && { firstChunkChars }),
  });
}

const signal = (): AbortSignal => new AbortController().signal;

/** Watch the texts the matcher is asked to read (scanBlocks reads several blocks per call). */
function spyOnScans(): { texts: () => string[]; calls: () => number } {
  const spy = vi.spyOn(matcher, 'scanBlocks');
  return { texts: () => spy.mock.calls.flatMap(([texts]) => [...texts]), calls: () => spy.mock.calls.length };
}

/** Each mention as "text@id of the element around it" (the nearest ancestor with an id), in order. */
function where(mentions: readonly PageMention[]): string[] {
  return mentions.map((mention) => {
    let node: Node | null = mention.range.startContainer;
    while (node && !(node instanceof Element && node.id)) node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    return `${mention.text}@${node instanceof Element ? node.id : '?'}`;
  });
}

const PAGE = `
  <div id="aside" class="sidebar"><p id="side">Sidebar: Hamas and Fatah, and the United Nations.</p></div>
  <article id="article">
    <h1 id="h1">What <b>Chatham</b> House said</h1>
    <p id="p1">${FILLER}Hamas rejected the plan.</p>
    <p id="p2">Fatah welcomed it.</p>
    <p id="p3">${FILLER}</p>
  </article>
  <div id="after"><p id="tail">Later: the West Bank.</p></div>
`;

describe('PageMarks.readAll', () => {
  it('marks the first mention of each entry in reading order: the article body first, then the rest', async () => {
    document.body.innerHTML = PAGE;
    const marks = makeMarks();
    await marks.readAll(signal());
    // Hamas and Fatah are in the sidebar before the <article> in document order, but the article is read first.
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
    expect(marks.index.firstOf('hamas')?.range.startContainer.parentElement?.id).toBe('p1');
  });

  it('marks every mention, still article first, with density "all"', async () => {
    options = { ...options, density: 'all' };
    document.body.innerHTML = PAGE;
    const marks = makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual([
      'Chatham House@h1',
      'Hamas@p1',
      'Fatah@p2',
      'Hamas@side',
      'Fatah@side',
      'United Nations@side',
      'West Bank@tail',
    ]);
  });

  it('reads the page in document order when no article body is marked', async () => {
    document.body.innerHTML = '<div class="sidebar"><p id="a">Hamas first</p></div><div><p id="b">Hamas second</p></div>';
    const marks = makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@a']);
  });

  it('registers the ranges under the highlight name of each kind and style', async () => {
    document.body.innerHTML = PAGE;
    const marks = makeMarks();
    await marks.readAll(signal());
    const names = [...stub.registry.keys()].sort();
    expect(names).toEqual(
      [highlightName('underline', 'organisation'), highlightName('underline', 'group'), highlightName('underline', 'place')].sort(),
    );
    const organisations = [...stub.registry.get(highlightName('underline', 'organisation'))!].map((range) => range.toString());
    expect(organisations).toEqual(['Chatham House', 'United Nations']);
    // The mention split by <b> is one range over two text nodes.
    const chatham = marks.index.firstOf('chatham-house')!.range;
    expect(chatham.startContainer).not.toBe(chatham.endContainer);
    expect(marks.index.inNode(chatham.startContainer)).toEqual([marks.index.firstOf('chatham-house')]);

    options = { ...options, highlightStyle: 'background' };
    marks.apply();
    expect([...stub.registry.keys()].every((name) => name.startsWith('backgrounder-background-'))).toBe(true);
  });

  it('does not read page chrome, form fields or our own host', async () => {
    document.body.innerHTML = `<header>Hamas</header><nav>Fatah</nav><p id="p">West Bank <textarea>Hamas</textarea></p><footer>United Nations</footer>`;
    const ui = owner.uiRoot(); // adds our host to the document
    ui.innerHTML = '<p>Chatham House</p>';
    document.body.prepend(owner.host!); // inside the body, where it would be read were it not excluded
    owner.host!.append('Chatham House');
    const marks = makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['West Bank@p']);
  });

  it('reads open shadow roots, reports them, and orders their blocks by their host', async () => {
    document.body.innerHTML = '<p id="one">intro</p><div id="host"></div><p id="two">Hamas after the widget</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hamas in the widget</p>';
    const marks = makeMarks();
    await marks.readAll(signal());
    expect(shadowRoots).toEqual([shadow]);
    expect(where(marks.index.all)).toEqual(['Hamas@host']);
  });

  it('counts blocks and characters', async () => {
    document.body.innerHTML = '<p>ab</p><p>cde</p>';
    const marks = makeMarks();
    await marks.readAll(signal());
    expect(marks.blockCount).toBe(2);
    expect(marks.characterCount).toBe(5);
  });

  it('matches on-screen blocks first, but selects in reading order', async () => {
    document.body.innerHTML = PAGE;
    const tail = document.getElementById('tail')!;
    // happy-dom lays nothing out, so an observer stand-in puts one block on screen.
    const intersection = installIntersectionStub((element) => element === tail);
    const scans = spyOnScans();
    const marks = makeMarks();
    await marks.readAll(signal()).finally(() => intersection.restore());
    expect(scans.texts()[0]).toEqual('Later: the West Bank.');
    expect(scans.texts()).toHaveLength(marks.blockCount);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('marks what is read so far between slices, and ends with the same marks', async () => {
    document.body.innerHTML = PAGE;
    // Every clock read is 10 ms later: each block is a slice of its own.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const setMarks = vi.spyOn(owner, 'setMarks');
    const marks = makeMarks(1);
    await marks.readAll(signal());
    expect(setMarks.mock.calls.length).toBeGreaterThan(1);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('stops between slices when aborted', async () => {
    document.body.innerHTML = PAGE;
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const controller = new AbortController();
    const scanned: string[] = [];
    const realScan = matcher.scanBlocks.bind(matcher);
    vi.spyOn(matcher, 'scanBlocks').mockImplementation((texts: readonly string[]) => {
      scanned.push(...texts);
      controller.abort(); // the reader navigated away while the first slice ran
      return realScan(texts);
    });
    const marks = makeMarks(1);
    await marks.readAll(controller.signal);
    // Only the first slice (the headline, first in reading order) was read, and nothing was marked after the abort.
    expect(scanned).toEqual(['What Chatham House said']);
    expect(marks.index.all).toEqual([]);
    expect(stub.registry.size).toBe(0);
  });

  it('stops without marking when aborted', async () => {
    document.body.innerHTML = PAGE;
    const controller = new AbortController();
    controller.abort();
    const marks = makeMarks();
    await marks.readAll(controller.signal);
    expect(marks.index.all).toEqual([]);
    expect(stub.registry.size).toBe(0);
  });

  it('keeps document order for text that follows a nested block in the same container', async () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">Hamas in the paragraph</p>Hamas in the trailing text</div>';
    const marks = makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@inner']);
  });
});

describe('PageMarks.readChanged', () => {
  async function readPage(density: Density = 'first'): Promise<PageMarks> {
    options = { ...options, density };
    document.body.innerHTML = PAGE;
    const marks = makeMarks();
    await marks.readAll(signal());
    return marks;
  }

  it('after a paragraph’s text is edited, re-reads and re-matches only that block', async () => {
    const marks = await readPage();
    const scans = spyOnScans();
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
    const scans = spyOnScans();
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
    const scans = spyOnScans();
    const added = Object.assign(document.createElement('p'), { id: 'p0', textContent: 'Earlier: Hamas.' });
    document.getElementById('article')!.insertBefore(added, document.getElementById('p1'));
    await marks.readChanged([added], signal());
    expect(scans.texts()).toEqual(['Earlier: Hamas.']);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p0', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('ignores changes inside skipped subtrees and our host', async () => {
    const marks = await readPage();
    const scans = spyOnScans();
    const nav = document.createElement('nav');
    nav.textContent = 'Hamas';
    document.body.prepend(nav);
    owner.uiRoot();
    owner.host!.append('Hamas');
    await marks.readChanged([nav, nav.firstChild!, owner.host!], signal());
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
    owner.uiRoot(); // our host arriving is not a change of the page
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
    const marks = makeMarks();
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
    const marks = makeMarks();
    await marks.readAll(signal());
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Hamas said' }));
    await marks.readChanged([shadow], signal());
    expect(where(marks.index.all)).toEqual(['Hamas@host']);
  });

  it('keeps document order inside a shadow root after one of its blocks is re-read', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="a">intro</p><p id="b">Hamas later</p>';
    const marks = makeMarks();
    await marks.readAll(signal());
    const text = shadow.getElementById('a')!.firstChild as Text;
    text.data = 'Hamas first';
    await marks.readChanged([text], signal());
    expect(marks.index.all.map((mention) => mention.range.startContainer.parentElement?.id)).toEqual(['a']);
  });
});
