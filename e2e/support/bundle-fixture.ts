/** A fixture app (TSX with Preact) bundled into one script for a test page to load. */
import * as esbuild from 'esbuild';

export const bundleFixture = (file: string): string =>
  esbuild.buildSync({ entryPoints: [file], bundle: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'preact', write: false }).outputFiles[0]!.text;
