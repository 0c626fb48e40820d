// Lint, including the architecture's boundaries: the core imports nothing of
// the browser, contexts do not import each other, and webextension-polyfill is
// imported in exactly one module (src/shared/browser.ts).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CONTEXTS = ['content', 'popup', 'options', 'background'];
const otherContexts = (self) => CONTEXTS.filter((name) => name !== self).map((name) => `**/${name}/**`);
const POLYFILL = { name: 'webextension-polyfill', message: 'Import the extension API from src/shared/browser.ts.' };

/** An import-boundary rule: `patterns` are forbidden path groups. */
const boundary = (patterns, message, paths = [POLYFILL]) => ({
  'no-restricted-imports': ['error', { paths, patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'test-results/', 'playwright-report/', '.scratch/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  {
    files: ['src/core/**'],
    rules: boundary(
      ['**/content/**', '**/popup/**', '**/options/**', '**/background/**', '**/shared/**', 'preact', 'preact/*', '@floating-ui/*'],
      'src/core is pure: no DOM, no browser API, no UI, no other context.',
      [POLYFILL, { name: 'webextension-polyfill', message: 'src/core must not use browser APIs.' }],
    ),
  },
  ...CONTEXTS.map((name) => ({
    files: [`src/${name}/**`],
    rules: boundary(otherContexts(name), `src/${name} talks to other contexts only through typed messages in src/shared/.`),
  })),
  {
    files: ['src/shared/**'],
    rules: boundary(['**/content/**', '**/popup/**', '**/options/**', '**/background/**'], 'src/shared is imported by the contexts, never the reverse.'),
  },
  { files: ['src/shared/browser.ts', 'src/shared/browser-polyfill.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The end-to-end tests use the scripts' harness (browsers, corpus, reference matcher); never the reverse.
    files: ['scripts/**'],
    rules: boundary(['**/e2e/**'], 'scripts/ must not import from e2e/: shared test tooling lives in scripts/harness/.'),
  },
);
