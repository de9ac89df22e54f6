// The worker thread of a batch pool: converts a few articles per task, saying which one it is on.
import type {Options} from '../settings.js'
import {loadData} from './load-data.js'
import {type ArticleRecord, type ArticleSource, processArticle} from './process-article.js'

/** A worker thread's task: a few articles (to spread the cost of a message) and the newsroom options. */
export interface Task {
  readonly sources: readonly ArticleSource[]
  readonly options: Options
  /** Shared with the pool's watchdog: 1 + the index of the article being converted (0 before the first). */
  readonly progress?: Int32Array | undefined
}

loadData()

/**
 * The worker's entry point (piscina calls the default export): the group's
 * records as one JSON text. Why text: a structured clone of the graphs cost
 * about four times what `JSON.stringify` does here, and twice `JSON.parse`
 * in the pool's thread (records are plain JSON data).
 */
export default function convert(task: Task): string {
  const records: ArticleRecord[] = task.sources.map((source, index) => {
    if (task.progress) Atomics.store(task.progress, 0, index + 1)
    return processArticle(source, task.options)
  })
  return JSON.stringify(records)
}
