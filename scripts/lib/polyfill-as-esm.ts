/**
 * An esbuild plugin that bundles webextension-polyfill as an ES module with
 * one default export instead of through esbuild's CommonJS interop.
 *
 * The interop (`__toESM`) copies every own property of the module's exports
 * onto a namespace object, reading each one's descriptor. The exports are the
 * `browser` object, whose properties in Chrome are lazily built API bindings:
 * reading them built every API namespace the context has, in the task that
 * first runs the content script (7 ms in a CPU profile of a cold page load,
 * more with the polyfill's own start-up). As an ES module the object is
 * handed over as it is, and a namespace is built when it is first used.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

export const polyfillAsEsm: Plugin = {
  name: 'webextension-polyfill-as-esm',
  setup(build) {
    build.onLoad({ filter: /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ }, (args) => ({
      // The UMD wrapper takes the CommonJS branch when `exports` is defined and fills `module.exports`.
      contents: `const module = { exports: {} };\nconst exports = module.exports;\n${readFileSync(args.path, 'utf8')}\nexport default module.exports;\n`,
      loader: 'js',
    }));
  },
};
