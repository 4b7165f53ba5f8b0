import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The test set-up every package shares: sources are resolved through the
 * `@roadmapkit/source` export condition (no build needed), a test that writes to
 * the console fails, and results go to `test-results.json` for the summary line.
 */
export default defineConfig({
  resolve: { conditions: ['@roadmapkit/source'] },
  ssr: { resolve: { conditions: ['@roadmapkit/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    // Generous: CI and the shared dev machine are busy 2-core boxes. No test measures time;
    // a timeout only stops a hung test, so it must never fire on a slow but working one
    // (a test that starts a few CLI processes took over a minute with two busy loops beside it).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Every SVG and HTML the render package returns during tests is checked for anything that could run.
    env: { ROADMAPKIT_ASSERT_SAFE: '1' },
  },
});
