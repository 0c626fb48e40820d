/**
 * THIRD-PARTY-NOTICES.txt for each build: the licences of the code bundled
 * into the extension's scripts and of the word lists the matcher ships. MIT
 * and MPL-2.0 ask that their notices travel with the copies; esbuild drops
 * comments (`legalComments: 'none'` keeps the scripts small), so they go here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Packages whose code esbuild bundles into the scripts. */
export const BUNDLED_PACKAGES = ['preact', '@floating-ui/dom', '@floating-ui/core', '@floating-ui/utils', 'webextension-polyfill', 'valibot'];

const RULE = `\n${'-'.repeat(72)}\n`;

function packageNotice(root: string, name: string): string {
  const dir = path.join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  // valibot names its licence LICENSE.md.
  const file = ['LICENSE', 'LICENSE.md'].map((name) => path.join(dir, name)).find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`${name} has no LICENSE file in node_modules: its notice cannot be written.`);
  const licence = readFileSync(file, 'utf8').trim();
  return `${name} ${manifest.version} (${manifest.license})\n\n${licence}`;
}

/** The MIT notice of the stop-word lists, as committed beside the data (scripts/glossary/data/README.md). */
function stopwordsNotice(root: string): string {
  const readme = readFileSync(path.join(root, 'scripts/glossary/data/README.md'), 'utf8');
  const at = readme.indexOf('The MIT License');
  if (at === -1) throw new Error('scripts/glossary/data/README.md has lost the MIT notice of stopwords-iso: restore it before building.');
  return `stopwords-iso (MIT): the stop words in src/core/match/sentence-openers-data.ts\n\n${readme.slice(at).trim()}`;
}

export function thirdPartyNotices(root: string): string {
  return [
    'Backgrounder bundles the following third-party code and data.',
    ...BUNDLED_PACKAGES.map((name) => packageNotice(root, name)),
    `compromise (MIT): the English first names and function words in src/core/match/given-names-en.ts and sentence-openers-data.ts\n\n${readFileSync(path.join(root, 'node_modules/compromise/LICENSE'), 'utf8').trim()}`,
    stopwordsNotice(root),
    'GeoNames (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): the generated place entries, from https://www.geonames.org/ (see the options page and docs/data-sources.md).',
  ].join(RULE) + '\n';
}
