// The test run Stryker uses to judge mutants of the core: the unit and fixture tests, without the
// CLI, batch and worker-thread tests (they spawn processes and threads, and do not reach src/extract,
// src/serialize or src/validate by any other way than the core tests do).
import {defineConfig, mergeConfig} from 'vitest/config'
import base from './vitest.config.js'

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['**/node_modules/**', 'src/cli/**', 'src/batch/**', 'test/batch.test.ts', 'test/cli-*.test.ts', 'test/seed.test.ts'],
      // Size limits are not what mutants change; the 5 MB article takes minutes once instrumented.
      testNamePattern: '^(?!.*a 5 MB article)',
      // A mutant that slows the code must time out in Stryker, not in vitest.
      testTimeout: 60_000
    }
  })
)
