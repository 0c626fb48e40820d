/**
 * End-to-end tests: the built extension (dist/) in real Chromium and real
 * Firefox. One worker: each test file shares one browser per engine, and the
 * machine this runs on has two cores.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
