/** How many workers a batch uses unless told (its own module: the CLI reads it before it knows it runs a batch). */
import {availableParallelism} from 'node:os'

/** The number of workers to use by default: the cores available. */
export function defaultConcurrency(): number {
  return availableParallelism()
}
