// Workers have no worker threads: a batch there converts in the Worker's own thread.
import type {convertInPool as convertInThreads} from './pool.js'

/** Refuses: `concurrency` above 1 and `timeout` need worker threads. */
export const convertInPool: typeof convertInThreads = async function* () {
  throw new Error('Expected `concurrency` 1 and no `timeout` in Cloudflare Workers, which have no worker threads to run a pool in')
}
