import type {Options} from '../settings.js'
import {loadData} from './load-data.js'
import {type ArticleRecord, type ArticleSource, processArticle} from './process-article.js'

/** A worker thread's task: a few articles (to spread the cost of a message) and the newsroom options. */
export interface Task {
  readonly sources: readonly ArticleSource[]
  readonly options: Options
}

loadData()

/** The worker's entry point (piscina calls the default export). */
export default function convert(task: Task): ArticleRecord[] {
  return task.sources.map((source) => processArticle(source, task.options))
}
