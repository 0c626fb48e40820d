/**
 * Pages too large to keep as files, written here from the project's seed
 * article: a 5 MB article, and one glossary name 10,000 times. Each loads the
 * hostile fixtures' probe (fixtures/hostile/probe.js) first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SEED = readFileSync(path.resolve(import.meta.dirname, '../fixtures/demo/seed-article.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0);

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed article in paragraphs of about 600 characters, the length of a news paragraph. */
const PARAGRAPHS: readonly string[] = Array.from({ length: Math.ceil(SEED.length / 5) }, (_, i) => SEED.slice(i * 5, i * 5 + 5).join(' '));

/** The blocks of text of one section and of the last paragraph: every first mention in largeArticle() is among them. */
export const LARGE_ARTICLE_FIRST_MENTION_BLOCKS: readonly string[] = ['Part 1', ...PARAGRAPHS, 'The last paragraph names Hezbollah.'];

const page = (title: string, body: string): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title><script src="probe.js"></script></head>\n<body><article>\n${body}\n</article></body></html>\n`;

/**
 * An article of at least `bytes` bytes: the seed article again and again, in
 * numbered sections, and a last paragraph naming an entry the rest never
 * names, so that its mark shows the page was read to the end.
 */
export function largeArticle(bytes = 5 * 1024 * 1024): string {
  const sections: string[] = [];
  let size = 0;
  for (let part = 1; size < bytes; part++) {
    const section = `<section><h2>Part ${part}</h2>\n${PARAGRAPHS.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}\n</section>`;
    sections.push(section);
    size += Buffer.byteLength(section) + 1;
  }
  sections.push('<p id="last">The last paragraph names Hezbollah.</p>');
  return page('A 5 MB article', sections.join('\n'));
}

/** `count` mentions of one name, ten to a paragraph, in otherwise plain text. */
export function repeatedName(name = 'Hamas', count = 10_000): string {
  const perParagraph = 10;
  const paragraphs: string[] = [];
  for (let i = 0; i < count / perParagraph; i++) {
    const sentences = Array.from({ length: perParagraph }, (_, j) => `Report ${i * perParagraph + j + 1} mentions ${name} once.`);
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return page(`${name}, ${count} times`, paragraphs.join('\n'));
}
