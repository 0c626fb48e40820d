// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { resetDocument } from '../test-support/reset-document.ts';
import { findArticleRoot, proseLength } from './article-root.ts';
import { collectBlocks } from './collect-blocks.ts';
import { anchorOf, compareReadingOrder } from './reading-order.ts';

afterEach(resetDocument);

const SENTENCE = 'Talks between the two sides resumed on Monday after a pause of several weeks, officials said. ';
const prose = (sentences: number): string => `<p>${SENTENCE.repeat(sentences)}</p>`;
const links = (count: number): string =>
  `<ul>${Array.from({ length: count }, (_, i) => `<li><a href="/s${i}">Another story about the talks, number ${i} of many today</a></li>`).join('')}</ul>`;

/** The blocks of the page in the order the extension reads them (as page-marks does). */
function readingOrder(): string[] {
  const article = findArticleRoot(document);
  return collectBlocks(document.body)
    .map((block, sequence) => ({ text: block.text, node: block.nodes[0]!, inArticle: article?.contains(anchorOf(block.nodes[0]!)) ?? false, sequence }))
    .sort(compareReadingOrder)
    .map((block) => block.text);
}

describe('proseLength', () => {
  it('counts sentences, not links, short labels or skipped widgets', () => {
    document.body.innerHTML = `<div>${prose(1)}${links(5)}<table><tr><td>Germany</td></tr></table><div class="related"><p>${SENTENCE}</p></div></div>`;
    expect(proseLength(document.body.firstElementChild!)).toBe(SENTENCE.trim().length);
  });
});

describe('findArticleRoot', () => {
  it('takes the marked body with the most prose, not the related-links box that shares its class and holds more text', () => {
    document.body.innerHTML = `<div class="story-body" id="links">${links(40)}</div><div class="story-body" id="body">${prose(5)}</div>`;
    expect(findArticleRoot(document)?.id).toBe('body');
  });

  it('takes the story over a larger teaser <article> on a page with both', () => {
    document.body.innerHTML = `<article id="teaser"><h2><a href="/x">Other story</a></h2>${links(30)}</article><article id="story">${prose(4)}</article>`;
    expect(findArticleRoot(document)?.id).toBe('story');
  });

  it('falls back to the element whose paragraphs hold the most prose when the page names no container', () => {
    document.body.innerHTML = `<div id="side">${prose(1)}</div><div id="story">${prose(3)}${prose(3)}</div>`;
    expect(findArticleRoot(document)?.id).toBe('story');
  });

  it('finds no article on a page of links', () => {
    document.body.innerHTML = links(50);
    expect(findArticleRoot(document)).toBeUndefined();
  });

  it('widens to take in a headline that stands outside the body', () => {
    document.body.innerHTML = `<div id="page"><div id="top"><h1>Obama admits US gun laws are his biggest frustration</h1></div><div itemprop="articleBody">${prose(5)}</div></div>`;
    expect(findArticleRoot(document)?.id).toBe('page');
  });

  it('does not widen when the headline’s container holds much other prose', () => {
    document.body.innerHTML = `<div id="page"><h1>Obama admits US gun laws are his biggest frustration</h1><div id="other">${prose(8)}</div><div itemprop="articleBody" id="body">${prose(5)}</div></div>`;
    expect(findArticleRoot(document)?.id).toBe('body');
  });

  it('does not widen to a logo <h1>', () => {
    document.body.innerHTML = `<div id="page"><h1>BBC</h1><div itemprop="articleBody" id="body">${prose(5)}</div></div>`;
    expect(findArticleRoot(document)?.id).toBe('body');
  });
});

describe('reading order: the headline and the body first', () => {
  it('reads the headline and body of the article before a teaser that comes first on the page', () => {
    document.body.innerHTML = [
      '<div class="top-bar"><p>Gaza: what we know so far, in our live page</p></div>',
      '<header><a href="/">Site</a><h1>Obama admits US gun laws are his biggest frustration</h1></header>',
      `<main><div itemprop="articleBody">${prose(3)}</div></main>`,
    ].join('');
    const order = readingOrder();
    expect(order.indexOf('Obama admits US gun laws are his biggest frustration')).toBeLessThan(order.indexOf('Gaza: what we know so far, in our live page'));
    expect(order.indexOf(SENTENCE.repeat(3))).toBeLessThan(order.indexOf('Gaza: what we know so far, in our live page'));
  });

  it('puts the headline before the body when both sit in the article', () => {
    document.body.innerHTML = `<p>Before the article, a line of the page</p><div id="page"><div><h1>Ceasefire talks resume in Cairo on Monday</h1></div><div itemprop="articleBody">${prose(5)}</div></div>`;
    expect(readingOrder().slice(0, 2)).toEqual(['Ceasefire talks resume in Cairo on Monday', SENTENCE.repeat(5)]);
  });
});
