/**
 * `npm run build`: writes the unpacked extensions dist/chrome and dist/firefox
 * from the one manifest.json, the TypeScript sources and the glossary.
 *
 * The glossary is validated and compiled here (automaton included), so a bad
 * glossary fails the build with every problem listed, and pages never pay for
 * compiling it. The compiled form is written as glossary.bin, which the
 * background reads as array views and matches pages' text against
 * (src/background/glossary-matchers.ts). Not compressed: the package itself
 * is a zip, and reading it is then one fetch and no inflating.
 * `--sizes` prints where the bytes of glossary.bin go, column by column.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { compileGlossary } from '../src/core/glossary/compile.ts';
import { encodeGlossary, glossaryColumnSizes } from '../src/core/glossary/binary.ts';
import { formatProblem } from '../src/core/glossary/validate.ts';
import { COMPILED_GLOSSARY_FILE, GLOSSARY_SOURCE_FILE } from '../src/shared/packaged-files.ts';
import { readGlossarySource } from './lib/glossary-files.ts';
import { polyfillAsEsm } from './lib/polyfill-as-esm.ts';
import { thirdPartyNotices } from './third-party-notices.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const BROWSERS = ['chrome', 'firefox'] as const;
export type Browser = (typeof BROWSERS)[number];

/** The browser-specific manifest, derived from the shared one. */
export function manifestFor(browser: Browser, manifest: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(manifest);
  const background = copy['background'] as { service_worker?: string; scripts?: string[] };
  if (browser === 'chrome') {
    delete background.scripts;
    delete copy['browser_specific_settings'];
  } else {
    delete background.service_worker;
  }
  return copy;
}

const ENTRY_POINTS = {
  content: 'src/content/index.ts',
  'frame-probe': 'src/content/frame-probe.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

/**
 * The probe runs in every frame of every page we are declared for, in the
 * page's own world (issue #14, docs/frames.md): it must stay a few hundred
 * bytes, importing neither the polyfill nor anything else of size.
 */
export const FRAME_PROBE_LIMIT_BYTES = 1_024;

/**
 * Packages the content script must not bundle. It runs on every page we are
 * declared for, and these two were compiled and run on every cold page before
 * marking could start (docs/page-work.md, fifth pass); the background, popup
 * and options page may use them.
 */
export const CONTENT_SCRIPT_EXCLUDED_PACKAGES = ['valibot', 'webextension-polyfill'] as const;

/** What content.js took in that it must not, from esbuild's metafile of the build. */
export function contentBundleProblems(metafile: esbuild.Metafile): string[] {
  const content = Object.entries(metafile.outputs).find(([file]) => path.basename(file) === 'content.js')?.[1];
  if (!content) return ['content.js is missing from the build'];
  const inputs = Object.keys(content.inputs);
  return CONTENT_SCRIPT_EXCLUDED_PACKAGES.filter((name) => inputs.some((input) => input.includes(`node_modules/${name}/`))).map(
    (name) => `content.js bundles ${name}: some module the content script imports brings it in (esbuild --metafile shows which); it runs on every page.`,
  );
}

/**
 * The manifest declares the full script (top frame) and the probe (every
 * frame) for the same sites: a list edited in one place and not the other
 * would run one without the other.
 */
export function contentScriptProblems(manifest: Record<string, unknown>): string[] {
  const scripts = (manifest['content_scripts'] ?? []) as Array<{ matches?: string[]; js?: string[] }>;
  const key = (script: { matches?: string[] }) => JSON.stringify([...(script.matches ?? [])].sort());
  const first = scripts[0];
  return first === undefined
    ? []
    : scripts.filter((script) => key(script) !== key(first)).map((script) => `manifest.json: ${script.js?.join(', ')} must match the same sites as ${first.js?.join(', ')}`);
}

const STATIC_FILES: ReadonlyArray<readonly [string, string]> = [
  ['src/content/content.css', 'content.css'],
  ['src/shared/ui/extension-page.css', 'extension-page.css'],
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['assets/icons', 'icons'],
  ['assets/_locales', '_locales'],
];

/**
 * `--sizes`: where the bytes of glossary.bin go, column by column, largest
 * first. A stopped background waits for every byte of the file before it
 * answers a page (docs/page-work.md).
 */
function printColumnSizes(glossary: Uint8Array): void {
  const columns = glossaryColumnSizes(glossary).sort((a, b) => b.bytes - a.bytes);
  console.log(`${'column'.padEnd(28)} ${'type'.padEnd(4)} ${'length'.padStart(9)} ${'bytes'.padStart(10)}  share`);
  for (const { name, type, length, bytes } of columns) {
    console.log(`${name.padEnd(28)} ${type.padEnd(4)} ${String(length).padStart(9)} ${String(bytes).padStart(10)}  ${((100 * bytes) / glossary.byteLength).toFixed(1).padStart(5)}%`);
  }
  console.log(`${'glossary.bin'.padEnd(28)} ${''.padEnd(4)} ${''.padStart(9)} ${String(glossary.byteLength).padStart(10)}`);
}

async function build(): Promise<void> {
  const started = performance.now();
  const step = (message: string) => console.log(`[build] ${message}`);

  // `--glossary DIR` builds another glossary folder (the benchmark's synthetic glossaries, or trying one out);
  // `--out DIR` writes DIR/chrome and DIR/firefox instead of dist/.
  const option = (name: string): string | undefined => {
    const index = process.argv.indexOf(name);
    return index > 0 && process.argv[index + 1] ? path.resolve(process.argv[index + 1]!) : undefined;
  };
  const glossaryDir = option('--glossary');
  const outRoot = option('--out') ?? path.join(ROOT, 'dist');
  step(`checking the glossary${glossaryDir ? ` in ${glossaryDir}` : ''}`);
  const source = readGlossarySource(glossaryDir);
  if (source.problems.length > 0) {
    for (const problem of source.problems) console.error(formatProblem(problem));
    console.error(`\nThe glossary has ${source.problems.length} problem(s); nothing was built. Fix them in assets/glossary/ (format: docs/glossary-format.md).`);
    process.exit(1);
  }
  step(`compiling ${source.entries.length} entries`);
  const glossary = encodeGlossary(compileGlossary('Backgrounder', source.entries));
  if (process.argv.includes('--sizes')) printColumnSizes(glossary);
  // The whole source, in the documented format: the background serves card text from it (the content script
  // holds only what matching needs), and the options page exports it.
  const sourceJson = JSON.stringify({ name: 'Backgrounder', entries: source.entries });

  step('bundling scripts');
  const bundles = await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(ROOT, file)])),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    write: false,
    outdir: '/out',
    logLevel: 'warning',
    metafile: true,
    plugins: [polyfillAsEsm],
    // Names the background's IndexedDB copy of glossary.bin, so a new build never reads an old copy.
    define: { BACKGROUNDER_GLOSSARY_DIGEST: JSON.stringify(createHash('sha256').update(glossary).digest('hex').slice(0, 16)) },
  });

  const probe = bundles.outputFiles.find((file) => path.basename(file.path) === 'frame-probe.js');
  if (!probe || probe.contents.byteLength > FRAME_PROBE_LIMIT_BYTES) {
    console.error(`frame-probe.js is ${probe?.contents.byteLength ?? 'missing'} bytes, over ${FRAME_PROBE_LIMIT_BYTES}: it runs in every frame; import nothing big into src/content/frame-probe.ts.`);
    process.exit(1);
  }
  const bundleProblems = contentBundleProblems(bundles.metafile);
  if (bundleProblems.length > 0) {
    for (const problem of bundleProblems) console.error(problem);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const notices = thirdPartyNotices(ROOT);
  const manifestProblems = contentScriptProblems(manifest);
  if (manifestProblems.length > 0) {
    for (const problem of manifestProblems) console.error(problem);
    process.exit(1);
  }
  // The source, which only the background's cards, the options page and "export" read, packed with gzip: a fifth of
  // its size, unpacked in the extension by DecompressionStream (src/shared/bundled-glossary.ts).
  const packagedSource = gzipSync(sourceJson, { level: 9 });
  for (const browser of BROWSERS) {
    const out = path.join(outRoot, browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const file of bundles.outputFiles) writeFileSync(path.join(out, path.basename(file.path)), file.contents);
    for (const [from, to] of STATIC_FILES) cpSync(path.join(ROOT, from), path.join(out, to), { recursive: true });
    writeFileSync(path.join(out, GLOSSARY_SOURCE_FILE), packagedSource);
    writeFileSync(path.join(out, COMPILED_GLOSSARY_FILE), glossary);
    writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser, manifest), null, 2)}\n`);
    writeFileSync(path.join(out, 'THIRD-PARTY-NOTICES.txt'), notices);
    step(`wrote ${path.relative(ROOT, out)}`);
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  step(`done in ${Math.round(performance.now() - started)} ms (compiled glossary ${kb(glossary.byteLength)}, ${kb(gzipSync(glossary, { level: 9 }).byteLength)} gzip, source ${kb(sourceJson.length)}, ${kb(packagedSource.byteLength)} gzip)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
