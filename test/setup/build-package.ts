// The built package, for the tests that use it as users do: the batch's
// worker threads (`dist/worker.cjs`), the CLI in a process of its own, and the
// type tests of the published entry points. Built once per run, when stale.
import {buildIfStale} from '../../scripts/build-if-stale.js'

export default function setup(): void {
  buildIfStale()
}
