/**
 * The format readers (Markdown, HTML, YAML frontmatter), which the core
 * pipeline takes as an argument: `articleToJsonLd` passes all of them (it is
 * synchronous), and the CLI loads only those an article needs
 * (load-readers.ts).
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

/** A reader the caller did not load: a programming error, not bad input. */
export function missingReader(name: string): Error {
  return new Error('Expected the ' + name + ' reader to be loaded (see loadReaders) before converting this article')
}
