/**
 * Loading only the format readers an article needs, for the CLI.
 *
 * Why: remark, parse5 and yaml take most of a cold start, and plain wire copy
 * needs none of them. Its own module, because the dynamic imports would
 * otherwise give every build that reaches readers.ts a chunk per reader,
 * the Workers build included, which never loads them this way.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../settings.js'
import {formatOf, type Readers} from './readers.js'

/**
 * Load the readers needed to read `file` under `settings.format`.
 *
 * @returns the readers: none for plain text; Markdown and frontmatter, or HTML
 */
export async function loadReaders(file: VFile, settings: Pick<Settings, 'format'>): Promise<Readers> {
  const format = formatOf(file, settings)
  if (format === 'markdown') {
    const [markdown, frontmatter] = await Promise.all([import('./markdown.js'), import('./frontmatter.js')])
    return {markdown, frontmatter}
  }
  if (format === 'html') return {html: await import('./html.js')}
  return {}
}
