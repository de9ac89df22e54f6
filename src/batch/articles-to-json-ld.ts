import {availableParallelism} from 'node:os'
import {toSettings, type Options} from '../settings.js'
import {loadData} from './load-data.js'
import {type ArticleRecord, type ArticleSource, errorRecord, processArticle} from './process-article.js'
import type {Task} from './worker.js'

/** Options of `articlesToJsonLd`: the newsroom defaults and the worker count. */
export interface BatchOptions extends Options {
  /**
   * Worker threads (default: `1`, in this thread). Above 1, articles are
   * converted in a pool of that many workers (the built package's
   * `worker.js`); results still come in input order.
   */
  readonly concurrency?: number | null | undefined
}

/**
 * Convert a stream of articles, yielding one record per article in input
 * order: its JSON-LD, or an error record; nothing is lost or duplicated.
 * Memory stays bounded: at most twice `concurrency` groups of 8 articles
 * are in flight, and the next article is read only when the consumer asks
 * for more.
 *
 * @throws {Error} On invalid options only, before any article is read.
 */
export async function* articlesToJsonLd(
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  options?: Readonly<BatchOptions> | null | undefined
): AsyncGenerator<ArticleRecord, void, undefined> {
  const {concurrency: given, ...newsroom} = options ?? {}
  toSettings(newsroom)
  const concurrency = given ?? 1
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error('Expected `concurrency` to be a whole number of workers, 1 or more, not `' + String(concurrency) + '`')
  }

  if (concurrency === 1) {
    loadData()
    for await (const source of sources) yield processArticle(source, newsroom)
    return
  }

  // Imported here, not at the top: one-thread users and cold starts do not pay for the pool.
  const {Piscina} = await import('piscina')
  const pool = new Piscina<Task, ArticleRecord[]>({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: concurrency,
    maxThreads: concurrency
  })
  const inFlight: Array<Promise<ArticleRecord[]>> = []
  let chunk: ArticleSource[] = []
  const send = () => {
    const sources = chunk
    chunk = []
    inFlight.push(pool.run({sources, options: newsroom}).catch(() => Promise.all(sources.map(alone))))
  }
  // A group failed: convert its articles one at a time, so one bad article costs no others.
  // An article that cannot be copied to a worker (a function in its metadata) is converted here,
  // as it would be with one thread; anything else that fails a worker is that article's error.
  const alone = (source: ArticleSource): Promise<ArticleRecord> =>
    pool.run({sources: [source], options: newsroom}).then(
      ([record]) => record!,
      (error: unknown) => (error instanceof Error && error.name === 'DataCloneError' ? processArticle(source, newsroom) : failure(source.id, error))
    )
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

/** Articles per message to a worker: enough to spread a message's cost, few enough to keep order cheap. */
const chunkSize = 8

/** The number of workers to use by default: the cores available. */
export function defaultConcurrency(): number {
  return availableParallelism()
}

function failure(id: string, error: unknown): ArticleRecord {
  return errorRecord(id, 'Unexpected worker failure (' + (error instanceof Error ? error.message : String(error)) + '), expected an article')
}
