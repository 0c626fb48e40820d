// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '../page/page-owner.ts';
import { resetDocument } from '../test-support/reset-document.ts';
import { collectBlocks, type CollectOptions } from './collect-blocks.ts';

afterEach(resetDocument);

/** Render `html` into the body and return the texts of its blocks, in order. */
function texts(html: string, options?: CollectOptions): string[] {
  document.body.innerHTML = html;
  return collectBlocks(document.body, options).map((block) => block.text);
}

/** Build an element with a text child through the DOM (no parser quirks: the text really is a child). */
function element(tag: string, text: string, namespace?: string): Element {
  const made = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
  made.append(text);
  return made;
}

const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

describe('collectBlocks: block texts', () => {
  const rows: ReadonlyArray<readonly [name: string, html: string, expected: readonly string[]]> = [
    ['a plain paragraph', '<p>Hamas said.</p>', ['Hamas said.']],
    ['a name split by <b>', '<p><b>Palestinian</b> Authority</p>', ['Palestinian Authority']],
    ['a name split by <span>', '<p>Chatham<span> House</span></p>', ['Chatham House']],
    ['nested inline elements', '<p>The <a href="#x"><em><strong>West</strong></em> <i>Bank</i></a> today</p>', ['The West Bank today']],
    ['every inline kind joins', '<p><abbr>a</abbr><cite>b</cite><mark>c</mark><small>d</small><sub>e</sub><sup>f</sup><time>g</time><u>h</u><label>i</label><q>j</q></p>', ['abcdefghij']],
    ['white space between inline elements is kept', '<p><b>Palestinian</b> <i>Authority</i></p>', ['Palestinian Authority']],
    ['sibling blocks', '<h2>Title</h2><p>Body</p>', ['Title', 'Body']],
    ['list items', '<ul><li>One</li><li>Two</li></ul>', ['One', 'Two']],
    ['table cells', '<table><tbody><tr><td>Chatham</td><td>House</td></tr></tbody></table>', ['Chatham', 'House']],
    ['a <br> splits', '<p>Chatham<br>House</p>', ['Chatham', 'House']],
    ['a <br> inside an inline element splits', '<p><b>Chatham<br>House</b> today</p>', ['Chatham', 'House today']],
    ['several <br>s', '<p>a<br><br>b<br>c</p>', ['a', 'b', 'c']],
    ['a nested block splits its parent', '<div>Before <p>inside</p> after</div>', ['Before ', 'inside', ' after']],
    ['deeply nested blocks', '<div>a<div>b<div>c</div>d</div>e</div>', ['a', 'b', 'c', 'd', 'e']],
    ['a block inside an inline element', '<div><span>x <div>y</div> z</span></div>', ['x ', 'y', ' z']],
    ['white-space-only blocks are dropped', '<div>\n  <p>Text</p>\n  </div>', ['Text']],
    ['a paragraph of only spaces (no-break spaces too) is dropped', '<p>   </p><p>\u00a0</p><p>x</p>', ['x']],
    ['an empty inline element joins nothing', '<p>Chat<span></span>ham</p>', ['Chatham']],
    ['an unrendered element leaves its neighbours joined', '<p>Chat<script>Hamas</script>ham House</p>', ['Chatham House']],
    ['a visible skipped element separates its neighbours', '<p>U<code>Hamas</code>nited Nations</p>', ['U', 'nited Nations']],
  ];
  it.each(rows)('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('ends a block at an <hr> (a block-level element without text)', () => {
    expect(texts('<div>Palestinian <hr> Authority</div>')).toEqual(['Palestinian ', ' Authority']);
  });

  it('gives each block its container and nodes, with starts matching the text', () => {
    document.body.innerHTML = '<article><p id="p">Chatham<b> Ho</b>use</p></article>';
    const [block] = collectBlocks(document.body);
    expect(block?.container).toBe(document.getElementById('p'));
    expect(block?.nodes.map((node) => node.data)).toEqual(['Chatham', ' Ho', 'use']);
    expect(block?.starts).toEqual([0, 7, 10]);
    expect(block?.text).toBe('Chatham House');
  });

  it('reads from a subtree root, not only the body', () => {
    document.body.innerHTML = '<p>outside</p><section id="s"><h2>Head</h2><p>Body</p></section>';
    expect(collectBlocks(document.getElementById('s')!).map((b) => b.text)).toEqual(['Head', 'Body']);
  });
});

describe('collectBlocks: skipped subtrees', () => {
  const TAGS = [
    'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'code', 'pre', 'kbd', 'samp', 'var',
    'canvas', 'video', 'audio', 'object', 'nav',
  ];
  it.each(TAGS)('skips <%s>', (tag) => {
    document.body.append(element('p', 'Before'), element(tag, 'Hamas'), element('p', 'After'));
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Before', 'After']);
  });

  it('skips <iframe>', () => {
    // happy-dom refuses to load the frame's page and reports it on the console: not our concern here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.append(element('p', 'Before'), element('iframe', 'Hamas'), element('p', 'After'));
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Before', 'After']);
    quiet.mockRestore();
  });

  it.each([
    ['svg', SVG],
    ['math', MATHML],
  ])('skips <%s> and everything in it', (tag, namespace) => {
    const root = document.createElementNS(namespace, tag);
    root.append(element(tag === 'svg' ? 'text' : 'mi', 'Hamas', namespace));
    document.body.append(element('p', 'Before'), root, element('p', 'After'));
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Before', 'After']);
  });

  it('skips a subtree under a skipped element, however deep', () => {
    expect(texts('<p>a</p><pre><span><b>Hamas</b></span><div>Fatah</div></pre><p>b</p>')).toEqual(['a', 'b']);
  });

  it('skips an <input> and a <select> in a form while reading the form’s labels', () => {
    expect(texts('<form><label>Name <input value="Hamas"></label><select><option>Fatah</option></select></form>')).toEqual(['Name ']);
  });

  it.each([
    ['contenteditable=""', '<div contenteditable="">Hamas</div>'],
    ['contenteditable="true"', '<div contenteditable="true">Hamas</div>'],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Hamas</div>'],
    ['role="textbox"', '<div role="textbox">Hamas</div>'],
    ['role="searchbox"', '<div role="searchbox">Hamas</div>'],
    ['role="combobox"', '<div role="combobox">Hamas</div>'],
  ])('skips an editable region: %s', (_name, html) => {
    expect(texts(`<p>a</p>${html}<p>b</p>`)).toEqual(['a', 'b']);
  });

  it('skips the inside of an editable region, nested read-only islands included', () => {
    expect(texts('<div contenteditable="true"><p>Hamas</p><p contenteditable="false">Fatah</p></div><p>b</p>')).toEqual(['b']);
  });

  it('reads contenteditable="false"', () => {
    expect(texts('<div contenteditable="false">Hamas</div>')).toEqual(['Hamas']);
  });

  it('reads contenteditable="FALSE" (enumerated attribute values are case-insensitive)', () => {
    expect(texts('<div contenteditable="FALSE">Hamas</div>')).toEqual(['Hamas']);
  });

  it('reads nothing when the document is in design mode', () => {
    document.body.innerHTML = '<p>Hamas</p>';
    // happy-dom has no designMode: set the property the code reads, as a browser would report it.
    (document as { designMode: string }).designMode = 'on';
    expect(collectBlocks(document.body)).toEqual([]);
    (document as { designMode: string }).designMode = 'off';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Hamas']);
  });

  it('skips aria-hidden="true" subtrees but reads aria-hidden="false"', () => {
    expect(texts('<div aria-hidden="true"><p>Hamas</p></div><div aria-hidden="false"><p>Fatah</p></div>')).toEqual(['Fatah']);
  });

  it('ignores aria-hidden on <body> (set by modal libraries)', () => {
    document.body.innerHTML = '<p>Hamas</p>';
    document.body.setAttribute('aria-hidden', 'true');
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Hamas']);
  });

  it.each([
    ['display:none', '<div style="display:none"><p>Hamas</p></div>'],
    ['visibility:hidden', '<div style="visibility:hidden"><p>Hamas</p></div>'],
    ['an inline element with display:none', '<p>Chatham<span style="display:none">XX</span> House</p>'],
  ])('skips hidden text: %s', (_name, html) => {
    expect(texts(`<p>a</p>${html}`).filter((text) => text.includes('Hamas') || text.includes('XX'))).toEqual([]);
  });

  it('joins the visible text around a hidden inline element', () => {
    expect(texts('<p>Chatham<span style="display:none">XX</span> House</p>')).toEqual(['Chatham House']);
  });

  it('skips text hidden by a style sheet', () => {
    const style = document.createElement('style');
    style.textContent = '.gone { display: none }';
    document.head.append(style);
    expect(texts('<p class="gone">Hamas</p><p>Fatah</p>')).toEqual(['Fatah']);
  });

  it('skips page-level site chrome', () => {
    const html = [
      '<header><p>Header Hamas</p></header>',
      '<nav><p>Nav Hamas</p></nav>',
      '<div role="navigation"><p>Role nav</p></div>',
      '<div role="banner"><p>Role banner</p></div>',
      '<div role="contentinfo"><p>Role contentinfo</p></div>',
      '<div role="search"><p>Role search</p></div>',
      '<ul role="menu"><li>Role menu</li></ul>',
      '<div role="menubar"><p>Role menubar</p></div>',
      '<div role="toolbar"><p>Role toolbar</p></div>',
      '<p>Body text</p>',
      '<footer><p>Footer Hamas</p></footer>',
    ].join('');
    expect(texts(html)).toEqual(['Body text']);
  });

  it('reads an article’s own header and footer, and a header inside <main> or role=main', () => {
    const html = [
      '<header>Site header</header>',
      '<article><header><h1>Headline</h1><p>Byline</p></header><p>Body</p><footer>Article footer</footer></article>',
      '<main><header>Main header</header></main>',
      '<div role="main"><footer>Role main footer</footer></div>',
      '<footer>Site footer</footer>',
    ].join('');
    expect(texts(html)).toEqual(['Headline', 'Byline', 'Body', 'Article footer', 'Main header', 'Role main footer']);
  });

  it('skips sidebars outside the article, and reads a fact box inside it', () => {
    const html = [
      '<aside><p>Related: Hamas</p></aside>',
      '<div role="complementary"><p>Most read: Fatah</p></div>',
      '<main><aside><p>Sidebar in main</p></aside></main>',
      '<article><p>Body</p><aside><p>Fact box: Gaza</p></aside></article>',
    ].join('');
    expect(texts(html)).toEqual(['Body', 'Fact box: Gaza']);
  });

  it('still skips a <nav> inside an article', () => {
    expect(texts('<article><nav>Related: Hamas</nav><p>Body</p></article>')).toEqual(['Body']);
  });

  it('skips our host element when passed in `exclude`', () => {
    document.body.innerHTML = `<p>a</p><${HOST_TAG}><p>Hamas</p></${HOST_TAG}><p>b</p>`;
    const host = document.querySelector(HOST_TAG)!;
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['a', 'Hamas', 'b']);
    expect(collectBlocks(document.body, { exclude: new Set([host]) }).map((b) => b.text)).toEqual(['a', 'b']);
  });
});
