/**
 * Reading an article's source into the document model: the text is made
 * well-formed, its format decided, and the one parser for that format run.
 */
import type {VFile} from 'vfile'
import type {ArticleDocument} from '../document/document.js'
import {report} from '../messages.js'
import type {Settings} from '../settings.js'
import {plainTextToDocument} from './plain-text.js'
import {formatOf, missingReader, type Readers} from './readers.js'
import {wellFormedFile} from './well-formed.js'

/** Read `file` (its value: Markdown, plain text or HTML) into the document model; problems are messages on `file`. */
export function readDocument(file: VFile, settings: Settings, readers: Readers): ArticleDocument {
  wellFormedFile(file)
  const value = String(file)
  const format = formatOf(file, settings)
  const reader = format === 'markdown' ? readers.markdown : format === 'html' ? readers.html : undefined
  if (format !== 'text' && !reader) throw missingReader(format)
  try {
    if (readers.markdown && format === 'markdown') return readers.markdown.markdownToDocument(readers.markdown.parseMarkdown(file), file)
    if (readers.html && format === 'html') return readers.html.htmlToDocument(readers.html.parseHtml(file), file)
    return plainTextToDocument(file)
  } catch (error) {
    // The parsers recurse: markup nested thousands deep exhausts the stack.
    report(file, 'unreadable-article', 'Unexpected input that the ' + format + ' parser cannot read (' + (error as Error).message + '), expected an article', {
      place: {line: 1, column: 1}
    })
    return {format, frontmatter: undefined, blocks: [], toPosition: () => undefined}
  }
}
