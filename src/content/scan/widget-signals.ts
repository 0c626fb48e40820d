/**
 * Structural signals that a part of a page is not the article: the names
 * sites give their teaser, share and comment widgets, and the labels those
 * widgets carry, in the languages Backgrounder reads. Measured on the corpus
 * (docs/scan-scope.md): these words name widgets across sites, while the
 * article's own containers use none of them.
 */

/**
 * Words in a class, id or data-component value that name a widget that is
 * not the article. Matched as whole words ("share-tools", "mostRead",
 * "li-relatedlinks"), never inside another word ("shared", "commentary").
 * "comment" alone is not one: opinion sections are named so.
 */
const WIDGET_WORDS = new RegExp(
  '(?:^|[^a-z])(?:' +
    [
      'related\\w*', 'recirc\\w*', 'recommend\\w*', 'trending\\w*', 'popular', 'most-?(?:read|popular|viewed|shared|commented|emailed)',
      'more-?(?:from|on|stories|news)', 'teasers?', 'promos?', 'newsletters?', 'outbrain', 'taboola', 'share(?:bar|tools?|-?buttons?)?',
      'sharing', 'social\\w*', 'breadcrumbs?', 'tags', 'comments', 'comment-?(?:body|content|list|text|thread|section|form)', 'disqus', 'see-?also', 'footer', 'foot', 'kicker', 'eyebrow', 'rubric',
      // Bylines and signatures: reporters and the publication's own name, not names the article explains.
      'by-?lines?', 'signatures?', 'authors?', 'source', 'credits?',
      // Datelines and timestamps: "November 20, 2019 / 1:07 AM / CBS News" names the publication, not the story's subject.
      'date-?lines?', 'time-?stamps?', 'pub-?date', 'publish(?:ed)?-?(?:date|time|on|at)?',
      // "Get the app" banners: "View CBS News in the CBS News App".
      'smart-?banners?', 'app-?(?:banners?|promos?|downloads?)', 'download-?(?:the-?)?app',
      '(?:section|index|category|topic)-?(?:title|name|label)', 'topstories', 'latest-?news',
      // "Related" in the other languages sites name their widgets in: Le Monde's "rubriques_liees", "articles connexes",
      // "noticias-relacionadas", "verwandte-artikel", "articoli-correlati".
      'li[ée]es?', 'connexes?', 'relacionad[ao]s?', 'verwandte\\w*', 'correlat[ie]',
    ].join('|') +
    ')(?:$|[^a-z])',
);

/** Split camelCase and lower the case, so "mostRead relatedLinks" reads "most-read related-links". */
function wordsOf(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Class names of the visually-hidden pattern: text clipped out of sight and
 * kept for screen readers ("sr-only", "visually-hidden", "is-hidden"). A mark
 * there cannot be seen, and it would use up a name's first mention: a hidden
 * copy of the headline did so on a corpus page (guardian-1). Read from the
 * class, not from computed styles, which would cost a style read per element.
 */
const VISUALLY_HIDDEN = /(?:^|\s)(?:sr-only|visually-?hidden|is-hidden|screen-?reader-(?:text|only)|a11y-hidden|u-vh|element-invisible)(?:$|\s)/i;

/** What an element's class, id and data-component say of it: hidden from sight, a widget that is not the article, or neither. */
export type NamedAs = 'visually-hidden' | 'widget' | 'nothing';

/**
 * Answers by attribute text: pages repeat the same class lists on thousands of
 * elements (utility-class sites most), so each distinct list is tested once.
 * Bounded, since a long-lived page can keep producing new ones.
 */
const namedAs = new Map<string, NamedAs>();
const NAMES_KEPT = 4096;

/**
 * Is the element visually hidden by its class, or named as a widget by its
 * class, id or data-component (data-module)? One read of each attribute and
 * one cache lookup for both questions: the scope rules ask them of every
 * element that has attributes.
 */
export function namedAsOf(element: Element): NamedAs {
  const className = element.getAttribute('class');
  const id = element.id;
  const component = element.getAttribute('data-component') ?? element.getAttribute('data-module');
  if (!className && !id && !component) return 'nothing';
  // The class's length first: "a b" + id "" and "a" + id "b " must not share an answer, as only the class can hide.
  const names = `${className?.length ?? 0} ${className ?? ''} ${id} ${component ?? ''}`;
  let result = namedAs.get(names);
  if (result === undefined) {
    result = className && VISUALLY_HIDDEN.test(className) ? 'visually-hidden' : WIDGET_WORDS.test(wordsOf(`${className ?? ''} ${id} ${component ?? ''}`)) ? 'widget' : 'nothing';
    if (namedAs.size >= NAMES_KEPT) namedAs.clear();
    namedAs.set(names, result);
  }
  return result;
}

/**
 * The label of a teaser or link list, alone in its heading: "Latest", "Most
 * read", "Related stories", "More from …", "Recommended", "Trending",
 * "Read more", "See also", in the corpus languages (en, fr, de, es, ar, ru, zh).
 * Anchored at the start, and short: a headline that begins "Latest" is not a label.
 * Written in lower case and matched against the lowered label: with the `i`
 * flag, V8 builds the case-folded form of every letter on the first tests,
 * 2–10 ms on the first page each renderer process reads (V8 keeps it for the
 * process afterwards; docs/page-work.md), against under 0.6 ms without.
 */
const TEASER_LABEL = new RegExp(
  '^(?:' +
    [
      // English
      'latest(?: news| stories| headlines)?', 'most (?:read|popular|viewed|shared|commented|emailed)', 'related(?: \\w+){0,2}',
      'more (?:from|on|in|about|stories|news)\\b.{0,40}', 'recommended(?: for you| stories| reading)?', 'trending(?: now| stories)?',
      'read more', 'read next', 'see also', 'also read', 'you may also like', 'you might also like', "don['’]t miss", 'top stories',
      'editor[\'’]?s picks', 'popular(?: now| stories)?', 'up next', 'what to read next',
      // French
      '[àa] lire aussi', 'lire aussi', 'les plus (?:lus|partag[ée]s|comment[ée]s)', 'sur le m[êe]me sujet', 'voir aussi', '[àa] voir aussi',
      'derni[èe]res (?:actualit[ée]s|infos|nouvelles)', 'recommand[ée]s?', 'tendances?', 'dans la m[êe]me rubrique',
      // German
      'meistgelesen[e]?', 'meistgeklickt', 'mehr zum thema', 'mehr aus .{0,40}', 'auch interessant', 'lesen sie auch', 'weitere artikel',
      'verwandte (?:artikel|themen)', 'neueste (?:artikel|nachrichten)', 'empfohlen', 'das k[öo]nnte sie (?:auch )?interessieren',
      // Spanish
      'lo m[áa]s (?:le[íi]do|visto|popular)', 'm[áa]s le[íi]d[oa]s', 'noticias relacionadas', 'relacionad[oa]s', 'te puede interesar',
      'lee tambi[ée]n', 'ver tambi[ée]n', '[úu]ltimas noticias', 'recomendad[oa]s', 'tendencias', 'm[áa]s de .{0,40}',
      // Arabic
      'الأكثر قراءة', 'الأكثر مشاهدة', 'ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'اقرأ أيضا', 'اقرأ أيضاً', 'شاهد أيضا', 'آخر الأخبار',
      // Russian
      'самое читаемое', 'самое популярное', 'читайте также', 'похожие (?:новости|статьи)', 'новости по теме', 'по теме', 'ещё по теме',
      'еще по теме', 'последние новости', 'популярное', 'рекомендуем', 'смотрите также', 'другие новости', 'лента новостей',
      // Chinese (simplified and traditional)
      '相关(?:新闻|阅读|文章|报道|链接|话题)', '相關(?:新聞|閱讀|文章|報導|連結)', '延伸阅读', '延伸閱讀', '最新(?:新闻|消息)?', '热门(?:新闻|文章)?',
      '熱門(?:新聞)?', '推荐(?:阅读)?', '推薦(?:閱讀)?', '热点(?:新闻)?', '最受欢迎', '最多阅读', '头条新闻',
    ].join('|') +
    ')[\\s:：.…»›>-]*$',
  'u',
);

/** Is `text` the label of a teaser or link list (and nothing more)? */
export function isTeaserLabel(text: string): boolean {
  const label = text.replace(/\s+/g, ' ').trim();
  return label.length > 0 && label.length <= 60 && TEASER_LABEL.test(label.toLowerCase());
}

/** Words in a class or itemprop that name a standfirst (dek, lede, summary) next to a headline. */
const STANDFIRST_WORDS = /(?:^|[^a-z])(?:standfirst|dek|deck|lede|subtitle|sub-?headline|sub-?head|summary|intro|chapo|chapeau|sapo|strapline|excerpt|description|headline)(?:$|[^a-z])/;

/**
 * Inside a page-level header (site chrome), the parts that are the
 * article's own: the headline and its standfirst. An <h1> counts only when it
 * reads like a headline, not like the site's name in its logo.
 */
export function isHeadlinePart(element: Element): boolean {
  const name = element.localName;
  if (name === 'hgroup') return true;
  if (name === 'h1') return looksLikeHeadline(element.textContent ?? '');
  if (!element.hasAttributes()) return false; // no itemprop, no class
  const marks = `${element.getAttribute('itemprop') ?? ''} ${element.getAttribute('class') ?? ''}`;
  return marks.length > 1 && STANDFIRST_WORDS.test(wordsOf(marks));
}

/** Four words or more, or twelve characters or more in a script written without spaces: a headline, not a logo. */
export function looksLikeHeadline(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const words = trimmed.split(' ').length;
  return words >= 4 || (words === 1 && /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(trimmed) && trimmed.length >= 8);
}
