import {toSettings, type Options} from '../settings.js'
import {loadData} from './load-data.js'
import {type ArticleRecord, type ArticleSource, processArticle} from './process-article.js'
import {convertInPool} from './pool.js'

/** Options of `articlesToJsonLd`: the newsroom defaults and the worker count. */
export interface BatchOptions extends Options {
  /**
   * Worker threads (default: `1`, in this thread). Above 1, or with a
   * `timeout`, articles are converted in a pool of that many workers (the
   * built package's `worker.cjs`, which loads `worker.js`); results still come in input order.
   */
  readonly concurrency?: number | null | undefined
  /**
   * Milliseconds an article may take (default: no limit). Past it, the
   * worker thread converting the article is stopped and the article is an
   * error record; the run goes on. A limit needs a worker: with
   * `concurrency` 1, the articles convert in one worker thread.
   */
  readonly timeout?: number | null | undefined
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
  const {concurrency: given, timeout, ...newsroom} = options ?? {}
  toSettings(newsroom)
  const concurrency = given ?? 1
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error('Expected `concurrency` to be a whole number of workers, 1 or more, not `' + String(concurrency) + '`')
  }

  if (timeout !== undefined && timeout !== null && !(timeout > 0)) {
    throw new Error('Expected `timeout` to be a number of milliseconds above 0, not `' + String(timeout) + '`')
  }

  if (concurrency === 1 && !timeout) {
    loadData()
    for await (const source of sources) yield processArticle(source, newsroom)
    return
  }

  yield* convertInPool(sources, newsroom, {concurrency, timeout: timeout ?? undefined})
}

