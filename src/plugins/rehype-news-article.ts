import type {Element, Root} from 'hast'
import type {Plugin} from 'unified'
import {htmlToDocument} from '../input/html.js'
import {serializeJsonLd} from '../serialize/json-ld.js'
import {extractInto, toPluginSettings} from './extract-into.js'
import type {RemarkNewsArticleOptions} from './remark-news-article.js'

/**
 * Turn the HTML article in a rehype pipeline (rehype-parse) into schema.org
 * `NewsArticle` JSON-LD: the same extraction as `articleToJsonLd` on HTML.
 * The result is stored at `file.data.newsArticle`; with `embed`, the script
 * element (with `nonce` if given) is added to `<head>` (or the end of the
 * document).
 */
const rehypeNewsArticle: Plugin<[(Readonly<RemarkNewsArticleOptions> | null | undefined)?], Root> = function (options) {
  const {settings, embed, anchors, nonce} = toPluginSettings(options)

  return function (tree, file) {
    const jsonld = extractInto(htmlToDocument(tree, file), file, settings, anchors)
    if (embed) {
      const script: Element = {
        type: 'element',
        tagName: 'script',
        properties: nonce ? {type: 'application/ld+json', nonce} : {type: 'application/ld+json'},
        children: [{type: 'text', value: serializeJsonLd(jsonld)}]
      }
      const head = findHead(tree)
      if (head) head.children.push(script)
      else tree.children.push(script)
    }
  }
}

function findHead(tree: Root): Element | undefined {
  for (const child of tree.children) {
    if (child.type !== 'element' || child.tagName !== 'html') continue
    return child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head')
  }
  return undefined
}

export default rehypeNewsArticle
