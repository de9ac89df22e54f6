/**
 * The format readers (Markdown, HTML, YAML frontmatter), loaded on demand.
 *
 * Why: remark, parse5 and yaml take most of a cold start, and plain wire copy
 * needs none of them. The core pipeline takes its readers as an argument;
 * `articleToJsonLd` passes all of them (it is synchronous), and the CLI loads
 * only those an article needs before converting it.
 */
import type {VFile} from 'vfile'
import type {DocumentFormat} from '../document/document.js'
import type {Settings} from '../settings.js'
import {detectFormat} from './detect-format.js'

/** Every reader module; a pipeline needs only the ones its formats use. */
export interface Readers {
  readonly markdown?: typeof import('./markdown.js') | undefined
  readonly html?: typeof import('./html.js') | undefined
  /** YAML frontmatter, which only Markdown has. */
  readonly frontmatter?: typeof import('./frontmatter.js') | undefined
}

/** The format `file` is read as under `settings.format`. */
export function formatOf(file: VFile, settings: Pick<Settings, 'format'>): DocumentFormat {
  return settings.format === 'auto' ? detectFormat(String(file), file.extname) : settings.format
}

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

/** A reader the caller did not load: a programming error, not bad input. */
export function missingReader(name: string): Error {
  return new Error('Expected the ' + name + ' reader to be loaded (see loadReaders) before converting this article')
}
