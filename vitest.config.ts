import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds dist/ when it is missing or stale (tests of the built package need it).
    globalSetup: ['test/setup/build-package.ts'],
    // No test may depend on the machine's speed: this is a guard against a
    // hang, not a deadline (the default 5 s failed on a loaded 2-core machine).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    typecheck: {include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The `.workerd.ts` modules run in workerd (test/workerd.test.ts), where coverage does not reach.
      exclude: ['src/**/*.test.ts', 'src/**/*.workerd.ts', 'src/cli.ts'],
      reporter: ['text-summary']
    }
  }
})
