import type {DocumentFormat} from '../document/document.js'

/**
 * Guess the format of an article: the file extension when there is one,
 * else the content. A leading `<!doctype html>`, `<html>`, `<body>` or
 * `<article>` means HTML; frontmatter or Markdown syntax at the start of a
 * line means Markdown; anything else is plain text.
 */
export function detectFormat(value: string, extname: string | undefined): DocumentFormat {
  const extension = (extname ?? '').toLowerCase()
  if (extension === '.md' || extension === '.markdown' || extension === '.mdx') return 'markdown'
  if (extension === '.html' || extension === '.htm') return 'html'
  if (extension === '.txt' || extension === '.text') return 'text'

  const start = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
  if (start.startsWith('---\n') || start.startsWith('---\r\n')) return 'markdown'
  const head = start.trimStart().slice(0, 15).toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<article') || head.startsWith('<body')) return 'html'
  return hasMarkdownSyntax(start) ? 'markdown' : 'text'
}

/** Headings, blockquotes, lists, emphasis or links at line starts. */
function hasMarkdownSyntax(value: string): boolean {
  let lineStart = 0
  let checked = 0
  while (lineStart < value.length && checked < 200) {
    const end = value.indexOf('\n', lineStart)
    const line = value.slice(lineStart, end === -1 ? value.length : end)
    if (/^(?:#{1,6} |> |[-*+] \S|\d{1,3}\. \S)/.test(line)) return true
    if (line.includes('**') || line.includes('](')) return true
    if (end === -1) break
    lineStart = end + 1
    checked++
  }
  return false
}
