import type {Graph} from 'schema-dts'
import type {VFile} from 'vfile'
import {run} from '../article-to-json-ld.js'
import type {ArticleDocument} from '../document/document.js'
import type {Article} from '../article.js'
import {checkNonce} from '../serialize/nonce.js'
import {markSpeakable} from '../formats/mark-speakable.js'
import {type Options, type Settings, toSettings} from '../settings.js'

/**
 * Where hosts put a file's parsed frontmatter, lowest priority first:
 * rehype-meta's `file.data.meta` is mapped to our keys in `fromMeta`; then
 * remark-parse-frontmatter (`frontmatter`), Docusaurus (`frontMatter`),
 * vfile-matter as next-mdx-remote uses it (`matter`), and Astro
 * (`astro.frontmatter`). MDX with remark-mdx-frontmatter keeps the `yaml`
 * node, which the Markdown reader reads itself.
 */
const frontmatterOf: ReadonlyArray<(data: Record<string, unknown>) => unknown> = [
  (data) => data.frontmatter,
  (data) => data.frontMatter,
  (data) => data.matter,
  (data) => (isRecord(data.astro) ? data.astro.frontmatter : undefined)
]

/**
 * Article fields already on a file, in the frontmatter vocabulary: what a
 * host parsed from its frontmatter (Astro, Docusaurus, vfile-matter,
 * remark-parse-frontmatter) and rehype-meta's `title`, `published`, `tags`,
 * … These are explicit values, so they win over what the text implies;
 * frontmatter wins over meta.
 */
function fileMetadata(file: VFile): Record<string, unknown> {
  const data = file.data as Record<string, unknown>
  const meta = isRecord(data.meta) ? data.meta : {}
  const fromMeta: Record<string, unknown> = {
    title: meta.title,
    description: meta.description,
    author: meta.author,
    datePublished: meta.published,
    dateModified: meta.modified,
    section: meta.section,
    keywords: meta.tags,
    image: meta.image,
    url: typeof meta.origin === 'string' && typeof meta.pathname === 'string' ? meta.origin + meta.pathname : undefined
  }
  const merged: Record<string, unknown> = {...fromMeta}
  for (const read of frontmatterOf) {
    const frontmatter = read(data)
    if (isRecord(frontmatter)) Object.assign(merged, frontmatter)
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(merged)) if (value !== undefined) result[key] = value
  return result
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Both plugins' options, checked once: the newsroom settings, `embed`, `anchors` and the CSP `nonce`. */
export function toPluginSettings(
  options:
    | (Options & {
        readonly embed?: boolean | null | undefined
        readonly anchors?: boolean | null | undefined
        readonly nonce?: string | null | undefined
      })
    | null
    | undefined
): {settings: Settings; embed: boolean; anchors: boolean; nonce: string | undefined} {
  for (const key of ['embed', 'anchors'] as const) {
    const value: unknown = options?.[key]
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      throw new Error('Expected `' + key + '` to be a boolean, not `' + String(value) + '`')
    }
  }
  const nonce = options?.nonce === undefined || options.nonce === null ? undefined : checkNonce(options.nonce)
  return {settings: toSettings(options), embed: options?.embed ?? false, anchors: options?.anchors ?? false, nonce}
}

/**
 * The plugins' one step: run the pipeline on a document read from the tree,
 * with the file's own metadata, and store the result at
 * `file.data.newsArticle`.
 */
export function extractInto(document: ArticleDocument, file: VFile, settings: Settings, anchors: boolean): Graph {
  const metadata = {...fileMetadata(file), ...settings.metadata}
  const {jsonld, article} = run(document, file, {...settings, metadata})
  if (anchors) anchorQuotations(document, jsonld, article)
  markSpeakable(document, article)
  file.data.newsArticle = {jsonld, article}
  return jsonld
}

/**
 * Give each paragraph that starts a quotation an `id` (`quote-1`, the first
 * quotation in it), kept by remark-rehype and rehype, and point each
 * Quotation's `url` at it, so readers and search engines can jump to it.
 */
function anchorQuotations(document: ArticleDocument, jsonld: Graph, article: Article): void {
  const idOfBlock = new Map<number, string>()
  const quotations = jsonld['@graph'].filter((node) => (node as {'@type'?: unknown})['@type'] === 'Quotation') as Array<Record<string, unknown>>
  for (const [index, quotation] of article.quotations.entries()) {
    const block = document.blocks[quotation.block]
    if (!block?.node) continue
    let id = idOfBlock.get(quotation.block)
    if (!id) {
      // An id the paragraph already has stays: links and styles may use it.
      id = existingId(block.node) ?? 'quote-' + (index + 1)
      idOfBlock.set(quotation.block, id)
      setId(block.node, id)
    }
    const node = quotations[index]
    if (node) node.url = (article.url ?? '') + '#' + id
  }
}

/** The `id` an mdast node (through `data.hProperties`) or a hast element already has. */
function existingId(node: object): string | undefined {
  const tree = node as {type?: string; properties?: Record<string, unknown>; data?: {hProperties?: Record<string, unknown>}}
  const id = tree.type === 'element' ? tree.properties?.id : tree.data?.hProperties?.id
  return typeof id === 'string' && id !== '' ? id : undefined
}

/** An `id` on an mdast node (through `data.hProperties`) or a hast element. */
function setId(node: object, id: string): void {
  const tree = node as {type?: string; properties?: Record<string, unknown>; data?: {hProperties?: Record<string, unknown>}}
  if (tree.type === 'element' && tree.properties) tree.properties.id = id
  else {
    tree.data ??= {}
    tree.data.hProperties = {...tree.data.hProperties, id}
  }
}
