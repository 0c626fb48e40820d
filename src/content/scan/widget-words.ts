/**
 * Words in a class, id or data-component value that name a widget that is
 * not the article: teaser and share widgets, bylines, datelines, app banners
 * (measured on the corpus, docs/scan-scope.md). Matched as whole words
 * ("share-tools", "mostRead", "li-relatedlinks"), never inside another word
 * ("shared", "commentary"). "comment" alone is not one: opinion sections are
 * named so.
 *
 * Looked up in sets rather than tested with one regular expression: V8
 * compiles an expression of this size on its first use in every renderer
 * process, and again after each garbage collection that discards compiled
 * code (about 1 ms; docs/page-work.md, fourth pass), which is most of what
 * the lookup itself costs on a page.
 */

/** A word is a run of letters a–z (the value is lowered and camelCase split first, see widgetWordsOf). */
const WORD_OR_NOT = /([^a-z]+)/;

/**
 * Whole words, and phrases whose parts may be joined by one hyphen or none
 * (written with `~`: "most~read" is "mostread" and "most-read").
 */
const PHRASES = [
  'popular', 'teaser', 'teasers', 'promo', 'promos', 'newsletter', 'newsletters', 'outbrain', 'taboola',
  'share', 'sharebar', 'sharetool', 'sharetools', 'share~button', 'share~buttons', 'sharing',
  'breadcrumb', 'breadcrumbs', 'tags', 'comments', 'disqus', 'see~also', 'footer', 'foot', 'kicker', 'eyebrow', 'rubric',
  'topstories', 'latest~news',
  ...['read', 'popular', 'viewed', 'shared', 'commented', 'emailed'].map((word) => `most~${word}`),
  ...['from', 'on', 'stories', 'news'].map((word) => `more~${word}`),
  ...['body', 'content', 'list', 'text', 'thread', 'section', 'form'].map((word) => `comment~${word}`),
  // Bylines and signatures: reporters and the publication's own name, not names the article explains.
  'by~line', 'by~lines', 'signature', 'signatures', 'author', 'authors', 'source', 'credit', 'credits',
  // Datelines and timestamps: "November 20, 2019 / 1:07 AM / CBS News" names the publication, not the story's subject.
  'date~line', 'date~lines', 'time~stamp', 'time~stamps', 'pub~date',
  ...['publish', 'published'].flatMap((word) => [word, ...['date', 'time', 'on', 'at'].map((next) => `${word}~${next}`)]),
  // "Get the app" banners: "View CBS News in the CBS News App".
  'smart~banner', 'smart~banners', 'download~app', 'download~the~app',
  ...['banner', 'banners', 'promo', 'promos', 'download', 'downloads'].map((word) => `app~${word}`),
  ...['section', 'index', 'category', 'topic'].flatMap((word) => ['title', 'name', 'label'].map((next) => `${word}~${next}`)),
];

/** Words that name a widget with anything after them in the same word: "relatedlinks", "recirculation", "socialbar". */
const PREFIXES = ['related', 'recirc', 'recommend', 'trending', 'social'];

/** Every way of writing each phrase: each `~` as a hyphen or as nothing. */
function spellings(phrase: string): string[] {
  const at = phrase.indexOf('~');
  if (at < 0) return [phrase];
  const rest = spellings(phrase.slice(at + 1));
  return rest.flatMap((tail) => [`${phrase.slice(0, at)}${tail}`, `${phrase.slice(0, at)}-${tail}`]);
}

let phrases: ReadonlySet<string> | undefined;

/** Built on first use: most pages ask, but a frame that reads no element with a name never does. */
function widgetPhrases(): ReadonlySet<string> {
  return (phrases ??= new Set(PHRASES.flatMap(spellings)));
}

/** Split camelCase and lower the case, so "mostRead relatedLinks" reads "most-read related-links". */
export function widgetWordsOf(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Does `words` (lowered, camelCase split: widgetWordsOf) hold a word or
 * phrase that names a widget? A phrase's parts are consecutive words joined
 * by exactly one hyphen or by nothing.
 */
export function namesWidget(words: string): boolean {
  const set = widgetPhrases();
  // Words and what separates them, in turn: [word, separator, word, separator, word…] (a word may be empty at the ends).
  const parts = words.split(WORD_OR_NOT);
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    if (word === '') continue;
    if (set.has(word) || PREFIXES.some((prefix) => word.startsWith(prefix))) return true;
    if (parts[i + 1] !== '-' || !parts[i + 2]) continue;
    const two = `${word}-${parts[i + 2]}`;
    if (set.has(two)) return true;
    if (parts[i + 3] === '-' && parts[i + 4] && set.has(`${two}-${parts[i + 4]}`)) return true;
  }
  return false;
}
