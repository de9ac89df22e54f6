/**
 * Marking the speakable parts in the plugins' trees: with `speakable: true`,
 * the headline and summary elements get the classes its selectors name.
 */
import type {Article} from '../article.js'
import type {ArticleDocument} from '../document/document.js'
import {speakableClasses} from './speakable.js'

/**
 * Add `speakable-headline` to the headline's element and `speakable-summary`
 * to the summary's (the dek, else the lede paragraph), when the article's
 * `speakable` selectors name them; mdast nodes get them through
 * `data.hProperties`, for remark-rehype.
 */
export function markSpeakable(document: ArticleDocument, article: Article): void {
  const selectors = article.metadata.speakable ?? []
  const {blocks} = document
  if (selectors.includes('.' + speakableClasses.headline) && article.headline && blocks[0]?.kind === 'heading' && blocks[0].node) {
    addClass(blocks[0].node, speakableClasses.headline)
  }
  if (!selectors.includes('.' + speakableClasses.summary)) return
  const lede = article.lede?.text.trim()
  const summary = blocks.find((block) => block.kind === 'dek') ?? (lede ? blocks.find((block) => block.kind === 'paragraph' && block.text.includes(lede)) : undefined)
  if (summary?.node) addClass(summary.node, speakableClasses.summary)
}

/** Add a class to a hast element, or to an mdast node's `data.hProperties`. */
function addClass(node: object, name: string): void {
  const tree = node as {type?: string; properties?: Record<string, unknown>; data?: {hProperties?: Record<string, unknown>}}
  const properties = tree.type === 'element' ? (tree.properties ??= {}) : ((tree.data ??= {}).hProperties ??= {})
  const current = properties.className
  const classes = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(' ').filter(Boolean) : []
  if (!classes.includes(name)) properties.className = [...classes, name]
}
