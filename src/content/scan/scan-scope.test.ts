// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { resetDocument } from '../test-support/reset-document.ts';
import { isInSkippedSubtree } from './block-ancestors.ts';
import { collectBlocks } from './collect-blocks.ts';
import { scopeOf } from './scan-scope.ts';

afterEach(resetDocument);

/** Render `html` into the body and return the texts of its blocks, in order. */
function texts(html: string): string[] {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((block) => block.text);
}

const PROSE = 'Talks between the two sides resumed on Monday after a pause of several weeks, officials said.';

describe('scan scope: links in prose are read', () => {
  it('reads a prose paragraph with several links', () => {
    const html = `<article><p>Talks between <a href="/il">Israel</a> and <a href="/hamas">Hamas</a> resumed in <a href="/cairo">Cairo</a> on Monday.</p></article>`;
    expect(texts(html)).toEqual(['Talks between Israel and Hamas resumed in Cairo on Monday.']);
  });

  it('reads a paragraph that is mostly links: a paragraph is one block, never a list', () => {
    const html = '<p><a href="/a">Benjamin Netanyahu</a> and <a href="/b">Mahmoud Abbas</a> met.</p>';
    expect(texts(html)).toEqual(['Benjamin Netanyahu and Mahmoud Abbas met.']);
  });

  it('reads a bulleted list of sentences with links in them', () => {
    const html = `<article><p>${PROSE}</p><ul><li>The <a href="/uk">UK</a> must stay in the EU to have influence</li><li>He is confident the <a href="/iran">Iran</a> deal will pass</li></ul></article>`;
    expect(texts(html)).toHaveLength(3);
  });

  it('reads a heading whose only text is an anchor without href', () => {
    expect(texts(`<h2><a id="part-2">Analysis: the view from Washington</a></h2><p>${PROSE}</p>`)).toEqual(['Analysis: the view from Washington', PROSE]);
  });

  it('reads the headline even when it is a link to the page itself', () => {
    expect(texts('<article><h1><a href="/story">Obama admits US gun laws are his biggest frustration</a></h1></article>')).toHaveLength(1);
  });
});

describe('scan scope: lists of links to other pages are skipped', () => {
  it('skips a list of story links inside the body container, and reads the prose around it', () => {
    const html = `<div class="body"><p>${PROSE}</p><ul><li><a href="/1">Gaza ceasefire talks resume in Cairo</a></li><li><a href="/2">Hamas names a new leader</a></li></ul><p>The end.</p></div>`;
    expect(texts(html)).toEqual([PROSE, 'The end.']);
  });

  it('skips a list of story links with their dates (most of its text is links)', () => {
    const html = `<p>${PROSE}</p><ul><li><a href="/1">Gaza ceasefire talks resume in Cairo</a> 2h</li><li><a href="/2">Hamas names a new political leader</a> 5h</li></ul>`;
    expect(texts(html)).toEqual([PROSE]);
  });

  it('reads a list whose items are sentences around a link', () => {
    const html = '<ul><li>Officials in <a href="/c">Cairo</a> said talks would resume on Monday.</li><li>The <a href="/h">Hamas</a> delegation left on Sunday evening.</li></ul>';
    expect(texts(html)).toHaveLength(2);
  });

  it('skips a block that is one link and nothing else', () => {
    expect(texts(`<p>${PROSE}</p><p><a href="/next">Read our full report on the talks in Gaza</a></p>`)).toEqual([PROSE]);
  });

  it('skips a teaser card: a story headline as a link, then a line about that story', () => {
    const card = '<div class="card"><h3><a href="/s">Ex-Mossad chief says app leaks voter data</a></h3><p>The party denied the claim on Sunday.</p></div>';
    expect(texts(`<article><p>${PROSE}</p></article>${card}${card}`)).toEqual([PROSE]);
  });

  it('skips a teaser card that opens with its photo and caption', () => {
    const card =
      '<li><article><figure><img src="x.png" alt=""><figcaption>Photo: Jane Doe for The Times</figcaption></figure>' +
      '<h2><a href="/s">What do video games have to do with the metaverse?</a></h2><p>Tech companies think games are the way in.</p></article></li>';
    expect(texts(`<article><p>${PROSE}</p></article><ol>${card}${card}</ol>`)).toEqual([PROSE]);
  });

  it('reads a long section of the article that opens with a link to another story', () => {
    const long = Array.from({ length: 10 }, () => `<p>${PROSE}</p>`).join('');
    expect(texts(`<section><p><a href="/s">Read more about the peace talks in Cairo</a></p>${long}</section>`)).toHaveLength(10);
  });

  it('reads a table of short labels that are not links', () => {
    expect(texts('<table><tr><td>Germany</td><td>3</td></tr><tr><td>Spain</td><td>1</td></tr></table>')).toEqual(['Germany', '3', 'Spain', '1']);
  });
});

describe('scan scope: labelled teaser lists are skipped wherever they sit', () => {
  const labelled = (label: string): string =>
    `<article><p>${PROSE}</p><section><h2>${label}</h2><ol><li>Gaza talks resume</li><li>Hamas names a leader</li></ol></section><p>The end.</p></article>`;

  it.each([
    'Related',
    'Most read',
    'More from Middle East',
    'Recommended',
    'Trending now',
    'Latest',
    'See also',
    'À lire aussi',
    'Les plus lus',
    'Meistgelesen',
    'Mehr zum Thema',
    'Lo más leído',
    'Noticias relacionadas',
    'اقرأ أيضا',
    'الأكثر قراءة',
    'Читайте также',
    'Самое читаемое',
    '相关新闻',
    '延伸阅读',
  ])('skips the list under "%s", inside the article', (label) => {
    expect(texts(labelled(label))).toEqual([PROSE, 'The end.']);
  });

  it('reads a heading that only begins like a label', () => {
    expect(texts(labelled('Latest talks in Cairo end without a deal'))).toEqual([PROSE, 'Latest talks in Cairo end without a deal', 'Gaza talks resume', 'Hamas names a leader', 'The end.']);
  });

  it('skips the list when the label has a wrapper of its own', () => {
    const html = `<p>${PROSE}</p><div class="box"><div class="hd"><h3>Most read</h3></div><ul><li>Gaza talks resume</li></ul></div>`;
    expect(texts(html)).toEqual([PROSE]);
  });

  it('never lets a label claim the article or the page', () => {
    expect(texts(`<article><h2>Latest</h2><p>${PROSE}</p></article>`)).toEqual([PROSE]);
  });
});

describe('scan scope: widgets named as such are skipped', () => {
  it.each([
    '<div class="related-stories"><p>Gaza talks resume today in Cairo</p></div>',
    '<div id="mostRead"><p>Gaza talks resume today in Cairo</p></div>',
    '<div class="li-relatedlinks"><p>Gaza talks resume today in Cairo</p></div>',
    '<div class="rubriques_liees"><a href="/sony/">Sony</a> <a href="/cnil/">CNIL</a></div>',
    '<aside class="noticias-relacionadas"><p>Gaza talks resume today in Cairo</p></aside>',
    '<div class="articoli-correlati"><p>Gaza talks resume today in Cairo</p></div>',
    '<ul class="share-tools"><li>Twitter</li></ul>',
    '<div class="social"><p>Follow us on Twitter</p></div>',
    '<ol class="comments"><li><p>Gaza is not the point, a reader wrote.</p></li></ol>',
    '<article class="comment-body"><p>Gaza is not the point, a reader wrote.</p></article>',
    '<div data-component="recommended"><p>Gaza talks resume today in Cairo</p></div>',
    '<div class="newsletter-signup"><p>Get the Middle East briefing</p></div>',
    '<div class="OUTBRAIN"><p>Sponsored: Gaza</p></div>',
    '<div aria-label="Most read"><p>Gaza talks resume today in Cairo</p></div>',
    '<p class="kicker">Middle East</p>',
    '<h1 class="is-hidden">Gaza talks resume today in Cairo</h1>',
    '<span class="sr-only">Share on Facebook</span>',
    '<p class="bloc_signature">Par Jean Dupont, <span id="publisher">Le Monde</span></p>',
    '<div class="byline">By Kathryn Watson, CBS News</div>',
    '<p class="content__meta content__meta-timestamp"><time>November 20, 2019 / 1:07 AM</time> / CBS News</p>',
    '<div class="dateline">Updated 2 hours ago, Reuters</div>',
    '<div id="smart-banner-download" class="smart-banner-download"><div class="smart-banner-download__heading">View CBS News In</div></div>',
    '<div class="app-promo"><p>Get the BBC News app</p></div>',
    '<span id="source_baidu"><a href="/">People’s Daily</a></span>',
    '<div id="blq-foot"><h2>BBC links</h2></div>',
    '<div class="visually-hidden"><p>Gaza talks resume today in Cairo</p></div>',
  ])('skips %s', (widget) => {
    expect(texts(`<article><p>${PROSE}</p>${widget}</article>`)).toEqual([PROSE]);
  });

  it('reads containers whose names only contain such a word, and an opinion piece named "comment"', () => {
    expect(texts('<div class="this-is-hidden-gem"><p>Gaza talks resume today.</p></div>')).toEqual(['Gaza talks resume today.']);
    expect(texts('<div class="shared-content commentary"><p>Gaza talks resume today.</p></div>')).toEqual(['Gaza talks resume today.']);
    expect(texts('<div class="comment"><p>Gaza talks resume today.</p></div>')).toEqual(['Gaza talks resume today.']);
    expect(texts('<div class="publishing-house"><p>Gaza talks resume today.</p></div>')).toEqual(['Gaza talks resume today.']);
  });

  it('reads a widget-named container that holds the headline or the marked body (a tone class on the article)', () => {
    expect(texts('<div class="tone-comment"><h1>The view on Hong Kong: a city on the brink</h1><p>Body</p></div>')).toEqual(['The view on Hong Kong: a city on the brink', 'Body']);
    expect(texts('<div class="comment-layout"><div itemprop="articleBody"><p>Body</p></div></div>')).toEqual(['Body']);
  });
});

describe('scan scope: the headline and standfirst in a page-level header', () => {
  const header = [
    '<header>',
    '<a href="/">Site name</a>',
    '<ul class="menu"><li>World</li><li>Business</li></ul>',
    '<h1>Obama admits US gun laws are his biggest frustration</h1>',
    '<p class="standfirst">The president said the failure to pass laws was his biggest frustration.</p>',
    '<p>Follow us on Twitter</p>',
    '</header>',
  ].join('');

  it('reads the headline and standfirst, not the rest of the header', () => {
    expect(texts(`${header}<article><p>${PROSE}</p></article>`)).toEqual([
      'Obama admits US gun laws are his biggest frustration',
      'The president said the failure to pass laws was his biggest frustration.',
      PROSE,
    ]);
  });

  it('reads an <hgroup> in a page-level header', () => {
    expect(texts('<header><hgroup><h1>Ceasefire</h1><p>Talks resume in Cairo</p></hgroup></header>')).toEqual(['Ceasefire', 'Talks resume in Cairo']);
  });

  it('does not read the site’s name in an <h1> logo', () => {
    expect(texts('<div role="banner"><h1>BBC News</h1></div><p>Body</p>')).toEqual(['Body']);
  });

  it('isInSkippedSubtree agrees: the headline is read, the menu is not', () => {
    document.body.innerHTML = header;
    const headline = document.querySelector('h1')!.firstChild!;
    const menu = document.querySelector('.menu li')!.firstChild!;
    expect(isInSkippedSubtree(headline)).toBe(false);
    expect(isInSkippedSubtree(menu)).toBe(true);
  });

  it('isInSkippedSubtree sees widgets named as such', () => {
    document.body.innerHTML = '<article><div class="related"><p>Gaza</p></div></article>';
    expect(isInSkippedSubtree(document.querySelector('p')!.firstChild!)).toBe(true);
  });
});

describe('scan scope: an element without attributes is decided by its tag alone', () => {
  // scopeOf skips its attribute reads for such elements: the answer must be the one a neutral attribute gives.
  const tags = ['p', 'div', 'span', 'footer', 'aside', 'header', 'section', 'main', 'nav', 'code'];
  const places = ['<div>#</div>', '<article>#</article>', '<main>#</main>', '<div role="main">#</div>'];
  it.each(places)('gives the same scope with and without a neutral attribute, placed in %s', (place) => {
    for (const tag of tags) {
      document.body.innerHTML = place.replace('#', `<${tag} id="bare"></${tag}><${tag} id="marked" data-neutral="1"></${tag}>`);
      const bare = document.getElementById('bare')!;
      bare.removeAttribute('id');
      expect(bare.hasAttributes()).toBe(false);
      expect(scopeOf(bare, undefined), `<${tag}> in ${place}`).toBe(scopeOf(document.getElementById('marked')!, undefined));
    }
  });
});
