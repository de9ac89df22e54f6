// Converting a stream of articles in a pool of worker threads, in input order, each article within a time limit.
import type {Options} from '../settings.js'
import {type ArticleRecord, type ArticleSource, errorRecord, processArticle} from './process-article.js'
import {createWatchdog} from './watchdog.js'
import type {Task} from './worker.js'

/** How the pool runs. */
export interface PoolSettings {
  readonly concurrency: number
  /** Milliseconds an article may take before its worker is stopped and it fails (`undefined`: no limit). */
  readonly timeout: number | undefined
  /** The worker script (default: the built package's `worker.cjs`, beside this module; tests give their own). */
  readonly filename?: string | undefined
}

/** Articles per message to a worker: enough to spread a message's cost, few enough to keep order cheap. */
const chunkSize = 8

/**
 * Convert `sources` in worker threads, yielding records in input order. At
 * most twice `concurrency` groups are in flight, read as the consumer asks.
 * A group that fails is converted again one article at a time, so one bad
 * article costs no other; an article past the time limit fails alone.
 */
export async function* convertInPool(
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  options: Options,
  settings: PoolSettings
): AsyncGenerator<ArticleRecord, void, undefined> {
  // Imported here, not at the top: one-thread users and cold starts do not pay for the pool.
  const {Piscina} = await import('piscina')
  const {concurrency, timeout} = settings
  const pool = new Piscina<Task, string | ArticleRecord[]>({filename: settings.filename ?? new URL('worker.cjs', import.meta.url).href, minThreads: concurrency, maxThreads: concurrency})
  const watchdog = timeout === undefined ? undefined : createWatchdog(timeout)

  const run = async (group: readonly ArticleSource[]): Promise<ArticleRecord[]> => {
    if (!watchdog) return records(await pool.run({sources: group, options}))
    const watch = watchdog.watch()
    try {
      return records(await pool.run({sources: group, options, progress: watch.progress}, {signal: watch.controller.signal}))
    } catch (error) {
      if (watch.stuck === undefined) throw error
      // The worker was stopped: the slow article fails, the others of its group run again.
      return Promise.all(group.map((source, index) => (index === watch.stuck ? Promise.resolve(timedOut(source.id, timeout!)) : alone(source))))
    } finally {
      watchdog.release(watch)
    }
  }
  // An article that cannot be copied to a worker (a function in its metadata) is converted here,
  // as it would be with one thread; anything else that fails a worker is that article's error.
  const alone = (source: ArticleSource): Promise<ArticleRecord> =>
    run([source]).then(
      ([record]) => record!,
      (error: unknown) => (error instanceof Error && error.name === 'DataCloneError' ? processArticle(source, options) : failure(source.id, error))
    )

  const inFlight: Array<Promise<ArticleRecord[]>> = []
  let chunk: ArticleSource[] = []
  const send = () => {
    const group = chunk
    chunk = []
    inFlight.push(run(group).catch(() => Promise.all(group.map(alone))))
  }
  try {
    for await (const source of sources) {
      chunk.push(source)
      if (chunk.length < chunkSize) continue
      send()
      if (inFlight.length >= concurrency * 2) yield* await inFlight.shift()!
    }
    if (chunk.length > 0) send()
    while (inFlight.length > 0) yield* await inFlight.shift()!
  } finally {
    await pool.destroy()
  }
}

/** A group's records: the worker sends them as JSON text (a worker of the tests may send them as they are). */
function records(result: string | ArticleRecord[]): ArticleRecord[] {
  return typeof result === 'string' ? (JSON.parse(result) as ArticleRecord[]) : result
}

function timedOut(id: string, timeout: number): ArticleRecord {
  return errorRecord(id, 'Unexpected article still converting after ' + timeout / 1000 + ' s, expected it done within the time limit (`timeout`, `--timeout`)')
}

function failure(id: string, error: unknown): ArticleRecord {
  return errorRecord(id, 'Unexpected worker failure (' + (error instanceof Error ? error.message : String(error)) + '), expected an article')
}
