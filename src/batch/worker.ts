import type {Options} from '../settings.js'
import {type ArticleRecord, type ArticleSource, processArticle} from './process-article.js'

/** A worker thread's task: one article and the newsroom options. */
export interface Task {
  readonly source: ArticleSource
  readonly options: Options
}

/** The worker's entry point (piscina calls the default export). */
export default function convert(task: Task): ArticleRecord {
  return processArticle(task.source, task.options)
}
