/**
 * The corpus fixtures (real news pages, see fixtures/corpus/README.md) and
 * the URL each is served at: its original URL over https, or a page on its
 * publisher's host where the saved page does not record one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FixtureProxy } from './fixture-proxy.ts';
import { isListed } from './listed-hosts.ts';

export interface CorpusPage {
  readonly file: string;
  readonly path: string;
  readonly lang: string;
  readonly url: string;
}

const DIR = path.resolve(import.meta.dirname, '../../e2e/fixtures/corpus');
const FALLBACK_URLS: Readonly<Record<string, string>> = {
  'readability-youth.html': 'https://news.youth.cn/backgrounder-fixture/youth.html',
  'newspaper-chinese_article.html': 'https://www.bbc.com/zhongwen/simp/backgrounder-fixture',
};
/** For a page whose own host is not in the manifest's list (a sports site), a listed host of its language. */
const UNLISTED_FALLBACK = 'https://meduza.io/backgrounder-fixture/';

export const CORPUS: readonly CorpusPage[] = (
  JSON.parse(readFileSync(path.join(DIR, 'index.json'), 'utf8')) as Array<{ file: string; lang: string; original_url: string | null }>
).map((row) => {
  const original = row.original_url ? new URL(row.original_url, 'https://example.invalid') : undefined;
  if (original) original.protocol = 'https:';
  let url = FALLBACK_URLS[row.file] ?? original?.href;
  if (!url) throw new Error(`corpus page ${row.file} has no URL to be served at`);
  if (!isListed(url)) url = `${UNLISTED_FALLBACK}${row.file}`;
  return { file: row.file, path: path.join(DIR, row.file), lang: row.lang, url };
});

export const corpusPage = (file: string): CorpusPage => {
  const page = CORPUS.find((candidate) => candidate.file === file);
  if (!page) throw new Error(`no corpus page ${file}`);
  return page;
};

/** Serve every corpus page at its URL as saved, its own scripts blocked (they would reach the network). */
export function serveCorpus(proxy: FixtureProxy): void {
  for (const page of CORPUS) proxy.serve(page.url, { body: readFileSync(page.path), headers: { 'content-security-policy': "script-src 'none'" } });
}
