import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesWidget, widgetWordsOf } from './widget-words.ts';

/**
 * The regular expression the lookup replaced (widget-signals.ts before the
 * fourth pass of docs/page-work.md), as the reference: the lookup must give
 * the same answer for every value.
 */
const REFERENCE = new RegExp(
  '(?:^|[^a-z])(?:' +
    [
      'related\\w*', 'recirc\\w*', 'recommend\\w*', 'trending\\w*', 'popular', 'most-?(?:read|popular|viewed|shared|commented|emailed)',
      'more-?(?:from|on|stories|news)', 'teasers?', 'promos?', 'newsletters?', 'outbrain', 'taboola', 'share(?:bar|tools?|-?buttons?)?',
      'sharing', 'social\\w*', 'breadcrumbs?', 'tags', 'comments', 'comment-?(?:body|content|list|text|thread|section|form)', 'disqus', 'see-?also', 'footer', 'foot', 'kicker', 'eyebrow', 'rubric',
      'by-?lines?', 'signatures?', 'authors?', 'source', 'credits?',
      'date-?lines?', 'time-?stamps?', 'pub-?date', 'publish(?:ed)?-?(?:date|time|on|at)?',
      'smart-?banners?', 'app-?(?:banners?|promos?|downloads?)', 'download-?(?:the-?)?app',
      '(?:section|index|category|topic)-?(?:title|name|label)', 'topstories', 'latest-?news',
    ].join('|') +
    ')(?:$|[^a-z])',
);

/** Pieces values are built from: the words, parts of them, and what may separate or follow them. */
const PIECES = [
  'related', 'recirc', 'recommend', 'trending', 'social', 'popular', 'most', 'more', 'read', 'viewed', 'shared', 'from', 'on', 'stories', 'news',
  'teaser', 'promo', 'newsletter', 'outbrain', 'taboola', 'share', 'bar', 'tool', 'button', 'sharing', 'breadcrumb', 'tags', 'tag', 'comment',
  'body', 'list', 'thread', 'disqus', 'see', 'also', 'footer', 'foot', 'kicker', 'eyebrow', 'rubric', 'by', 'line', 'signature', 'author',
  'source', 'credit', 'date', 'time', 'stamp', 'pub', 'publish', 'ed', 'at', 'smart', 'banner', 'app', 'download', 'the', 'section', 'index',
  'category', 'topic', 'title', 'name', 'label', 'top', 'latest', 'shar', 'ebar', 'mos', 'tread', 's', 'x', 'ly',
  '-', '--', '_', ' ', '2', 'é', 'Read', 'Most', 'ID',
];

describe('namesWidget', () => {
  it('answers as the regular expression it replaced, for values built from its words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => {
        const words = widgetWordsOf(pieces.join(''));
        expect(namesWidget(words), words).toBe(REFERENCE.test(words));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes widget names and leaves the article’s', () => {
    for (const value of ['share-tools', 'mostRead', 'li-relatedlinks', 'c-byline', 'download-the-app', 'downloadthe-app', 'sectionTitle', 'app-banner', 'publishedAt']) {
      expect([namesWidget(widgetWordsOf(value)), REFERENCE.test(widgetWordsOf(value))], value).toEqual([true, true]);
    }
    for (const value of ['shared', 'commentary', 'comment', 'article-body', 'mos-tread', 'shar-ebar', 'sharebuttonsx', 'most--read', 'most_read', 'section_title', 'app2-banner', '']) {
      expect([namesWidget(widgetWordsOf(value)), REFERENCE.test(widgetWordsOf(value))], value).toEqual([false, false]);
    }
  });
});
