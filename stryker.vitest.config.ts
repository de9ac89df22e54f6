// The test run Stryker uses to judge mutants of the core: the unit and fixture tests, without the
// CLI, batch and worker-thread tests (they spawn processes and threads, and do not reach src/extract,
// src/serialize or src/validate by any other way than the core tests do).
import {defineConfig, mergeConfig} from 'vitest/config'
import base from './vitest.config.js'

/**
 * `STRYKER_TESTS=unit` judges mutants by the unit and boundary tests of the validator, serializers and
 * ISO reader only: on a loaded machine, loading the pipeline's tests (gazetteer, fixtures) for every
 * mutant takes seconds. Its scores are a lower bound: the whole suite can only kill more.
 */
const unitTests = [
  'test/validate/{author-name,broken,extract-json-ld,google,google-authors,google-images,html-items,json-ld,iso-8601,page-boundaries,ranges,terms,url,json-error-offset,validate-page,validate,vocabulary}.test.ts',
  'test/boundaries/{iso-8601,serialize}.test.ts',
  'src/serialize/**/*.test.ts',
  'src/metadata/dates.test.ts'
]

const config = mergeConfig(
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

/**
 * `STRYKER_TESTS` picks the judging tests: `unit` (above), or a comma-separated list of test globs, e.g.
 * `STRYKER_TESTS='src/extract/dateline*.test.ts,test/boundaries/dateline.test.ts'` to judge one extractor
 * file by its own tests without the pipeline-wide ones (a lower bound too, and much faster).
 */
const chosen = process.env['STRYKER_TESTS']
// Set after the merge: mergeConfig would add these to the base's list, not replace it.
if (chosen === 'unit') config.test!.include = unitTests
else if (chosen) config.test!.include = chosen.split(',').map((glob) => glob.trim()).filter(Boolean)

export default config
