import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Shared test data lives in `*.fixture.test.ts`: imported by tests, not run on its own.
    exclude: [...configDefaults.exclude, '**/*.fixture.test.ts'],
    // DOM tests opt into happy-dom per file with a `// @vitest-environment happy-dom` comment.
    environment: 'node',
    globals: false,
    // Tests assert results, not speed (speed is `npm run bench`): a busy machine must not fail them.
    testTimeout: 30_000,
  },
});
