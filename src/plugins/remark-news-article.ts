import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {markdownToDocument} from '../input/markdown.js'
import {scriptAttributes, serializeJsonLd} from '../serialize/json-ld.js'
import type {Options} from '../settings.js'
import {extractInto, toPluginSettings} from './extract-into.js'

/** Options of `remarkNewsArticle`: the newsroom defaults, and what to add to the document. */
export interface RemarkNewsArticleOptions extends Options {
  /**
   * Add the `<script type="application/ld+json">` element at the end of the
   * document (default: `false`): raw HTML for remark-stringify, a real
   * `script` element through remark-rehype.
   */
  readonly embed?: boolean | null | undefined
  /**
   * Give each paragraph that starts a quotation an `id` (`quote-1`, …) and set
   * each Quotation's `url` to `<url>#<id>` (default: `false`).
   */
  readonly anchors?: boolean | null | undefined
  /**
   * The page's Content Security Policy nonce, written as the embedded
   * script element's `nonce` attribute (default: none). It must be a CSP
   * nonce (letters, digits, `+`, `/`, `-`, `_`, then up to two `=`); anything
   * else throws when the plugin is configured.
   */
  readonly nonce?: string | null | undefined
}

/** The node `embed` adds: HTML to remark-stringify, a `script` element to remark-rehype. */
interface JsonLdScript {
  type: 'newsArticleJsonLd'
  value: string
  data: {hName: 'script'; hProperties: {type: string; nonce?: string}; hChildren: Array<{type: 'text'; value: string}>}
}

/**
 * Turn the Markdown article in a unified pipeline into schema.org
 * `NewsArticle` JSON-LD: the same extraction as `articleToJsonLd`, on the
 * tree remark already parsed. Frontmatter comes from the `yaml` node
 * (remark-frontmatter), `file.data.matter` (vfile-matter) and
 * `file.data.meta` (rehype-meta). The result is stored at
 * `file.data.newsArticle` (`{jsonld, article}`); problems are file messages.
 */
const remarkNewsArticle: Plugin<[(Readonly<RemarkNewsArticleOptions> | null | undefined)?], Root> = function (options) {
  const {settings, embed, anchors, nonce} = toPluginSettings(options)
  // remark-stringify writes the embedded element as it is.
  const data = this.data() as {toMarkdownExtensions?: unknown[]}
  data.toMarkdownExtensions ??= []
  data.toMarkdownExtensions.push({handlers: {newsArticleJsonLd: (node: JsonLdScript) => node.value}})

  return function (tree, file) {
    const jsonld = extractInto(markdownToDocument(tree, file), file, settings, anchors)
    if (embed) {
      const json = serializeJsonLd(jsonld)
      const script: JsonLdScript = {
        type: 'newsArticleJsonLd',
        value: '<script' + scriptAttributes(nonce) + '>' + json + '</script>',
        data: {hName: 'script', hProperties: nonce ? {type: 'application/ld+json', nonce} : {type: 'application/ld+json'}, hChildren: [{type: 'text', value: json}]}
      }
      tree.children.push(script as unknown as Root['children'][number])
    }
  }
}

export default remarkNewsArticle
