// @vitest-environment happy-dom
/** PageMarks reading a whole page: reading order, highlight names, scope, slicing, abort. */
import { describe, expect, it, vi } from 'vitest';
import { highlightName } from '../page/page-owner.ts';
import { blockMatcherOver } from '../test-support/glossary.ts';
import { installIntersectionStub } from '../test-support/intersection.ts';
import { PageMarks } from './page-marks.ts';
import { PAGE, signal, useMarksBed, where } from './page-marks.fixture.test.ts';

const bed = useMarksBed();

describe('PageMarks.readAll', () => {
  it('marks the first mention of each entry in reading order: the article body first, then the rest', async () => {
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    // Hamas and Fatah are in the sidebar before the <article> in document order, but the article is read first.
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
    expect(marks.index.firstOf('hamas')?.range.startContainer.parentElement?.id).toBe('p1');
  });

  it('marks every mention, still article first, with density "all"', async () => {
    bed.options = { ...bed.options, density: 'all' };
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
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
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@a']);
  });

  it('registers the ranges under the highlight name of each kind and style', async () => {
    document.body.innerHTML = PAGE;
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    const names = [...bed.stub.registry.keys()].sort();
    expect(names).toEqual(
      [highlightName('underline', 'organisation'), highlightName('underline', 'group'), highlightName('underline', 'place')].sort(),
    );
    const organisations = [...bed.stub.registry.get(highlightName('underline', 'organisation'))!].map((range) => range.toString());
    expect(organisations).toEqual(['Chatham House', 'United Nations']);
    // The mention split by <b> is one range over two text nodes.
    const chatham = marks.index.firstOf('chatham-house')!.range;
    expect(chatham.startContainer).not.toBe(chatham.endContainer);
    expect(marks.index.inNode(chatham.startContainer)).toEqual([marks.index.firstOf('chatham-house')]);

    bed.options = { ...bed.options, highlightStyle: 'background' };
    marks.apply();
    expect([...bed.stub.registry.keys()].every((name) => name.startsWith('backgrounder-background-'))).toBe(true);
  });

  it('does not read page chrome, form fields or our own host', async () => {
    document.body.innerHTML = `<header>Hamas</header><nav>Fatah</nav><p id="p">West Bank <textarea>Hamas</textarea></p><footer>United Nations</footer>`;
    const ui = bed.owner.uiRoot(); // adds our host to the document
    ui.innerHTML = '<p>Chatham House</p>';
    document.body.prepend(bed.owner.host!); // inside the body, where it would be read were it not excluded
    bed.owner.host!.append('Chatham House');
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['West Bank@p']);
  });

  it('reads open shadow roots, reports them, and orders their blocks by their host', async () => {
    document.body.innerHTML = '<p id="one">intro</p><div id="host"></div><p id="two">Hamas after the widget</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hamas in the widget</p>';
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(bed.shadowRoots).toEqual([shadow]);
    expect(where(marks.index.all)).toEqual(['Hamas@host']);
  });

  it('counts blocks and characters', async () => {
    document.body.innerHTML = '<p>ab</p><p>cde</p>';
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(marks.blockCount).toBe(2);
    expect(marks.characterCount).toBe(5);
  });

  it('matches on-screen blocks first, but selects in reading order', async () => {
    document.body.innerHTML = PAGE;
    const tail = document.getElementById('tail')!;
    // happy-dom lays nothing out, so an observer stand-in puts one block on screen.
    const intersection = installIntersectionStub((element) => element === tail);
    const scans = bed.spyOnScans();
    const marks = bed.makeMarks(undefined, 0);
    await marks.readAll(signal()).finally(() => intersection.restore());
    expect(scans.texts()[0]).toEqual('Later: the West Bank.');
    expect(scans.texts()).toHaveLength(marks.blockCount);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('matches a short page in one batch, without asking what is on screen', async () => {
    document.body.innerHTML = PAGE;
    const intersection = installIntersectionStub(() => false);
    const scans = bed.spyOnScans();
    const marks = bed.makeMarks();
    await marks.readAll(signal()).finally(() => intersection.restore());
    expect(intersection.observed()).toBe(0);
    expect(scans.calls()).toBe(1);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('asks the matcher to get ready before it waits for the page to render and reads it', async () => {
    document.body.innerHTML = PAGE;
    const events: string[] = [];
    const inner = blockMatcherOver(bed.matcher);
    const marks = new PageMarks({
      document,
      matcher: {
        prepare: () => events.push('prepare'),
        match: (texts) => {
          events.push('match');
          return inner.match(texts);
        },
      },
      owner: bed.owner,
      options: () => bed.options,
      exclude: () => new Set(),
      onShadowRoot: () => {},
    });
    const read = marks.readAll(signal());
    expect(events).toEqual(['prepare']);
    await read;
    expect(events).toEqual(['prepare', 'match']);
    expect(where(marks.index.all)).toEqual(['Chatham House@h1', 'Hamas@p1', 'Fatah@p2', 'United Nations@side', 'West Bank@tail']);
  });

  it('marks what is read so far between slices, and ends with the same marks', async () => {
    document.body.innerHTML = PAGE;
    // Every clock read is 10 ms later: each block is a slice of its own.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const setMarks = vi.spyOn(bed.owner, 'setMarks');
    const marks = bed.makeMarks(1);
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
    const realScan = bed.matcher.scanBlocks.bind(bed.matcher);
    vi.spyOn(bed.matcher, 'scanBlocks').mockImplementation((texts: readonly string[]) => {
      scanned.push(...texts);
      controller.abort(); // the reader navigated away while the first slice ran
      return realScan(texts);
    });
    const marks = bed.makeMarks(1);
    await marks.readAll(controller.signal);
    // Only the first slice (the headline, first in reading order) was read, and nothing was marked after the abort.
    expect(scanned).toEqual(['What Chatham House said']);
    expect(marks.index.all).toEqual([]);
    expect(bed.stub.registry.size).toBe(0);
  });

  it('stops without marking when aborted', async () => {
    document.body.innerHTML = PAGE;
    const controller = new AbortController();
    controller.abort();
    const marks = bed.makeMarks();
    await marks.readAll(controller.signal);
    expect(marks.index.all).toEqual([]);
    expect(bed.stub.registry.size).toBe(0);
  });

  it('keeps document order for text that follows a nested block in the same container', async () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">Hamas in the paragraph</p>Hamas in the trailing text</div>';
    const marks = bed.makeMarks();
    await marks.readAll(signal());
    expect(where(marks.index.all)).toEqual(['Hamas@inner']);
  });
});
