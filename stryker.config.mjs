// Mutation testing of the core (`npm run mutation`): which changes to src/extract, src/serialize,
// src/validate and the ISO 8601 reader no test notices. Slow (about a second per mutant), so it runs by
// hand, not in CI. One file or a few: `npm run mutation -- --mutate src/extract/dateline.ts,src/dates/iso-8601.ts`.
// Then `npm run mutation:scores` prints the per-file table without module-level mutants (see the script).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {configFile: 'stryker.vitest.config.ts', related: true},
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/extract/**/*.ts',
    'src/serialize/**/*.ts',
    'src/validate/**/*.ts',
    'src/dates/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*-data.ts'
  ],
  // Only the tests that reach a mutant run against it.
  coverageAnalysis: 'perTest',
  // Module-level constants are evaluated once per worker: their mutants cannot be judged, so they are left out.
  ignoreStatic: true,
  // Two cores: raise it on a bigger machine (`--concurrency 4`).
  concurrency: 2,
  timeoutMS: 20_000,
  // The first run of every test, with coverage, takes minutes on a loaded machine; the default 5 cut it off.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'json'],
  clearTextReporter: {allowColor: false, logTests: false, maxTestsToLog: 0, reportMutants: true, reportScoreTable: true},
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
