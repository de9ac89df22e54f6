import type {Graph} from 'schema-dts'

/** One `<meta>` tag: Open Graph tags use `property`, Twitter tags `name`. */
export interface MetaTag {
  readonly attribute: 'property' | 'name'
  readonly key: string
  readonly content: string
}

/** Meta tags as data and as HTML. */
export interface MetaTags {
  readonly tags: readonly MetaTag[]
  /** The tags as HTML, one per line, attributes escaped. */
  readonly html: string
}

/**
 * Open Graph (`og:*`, `article:*`) and Twitter card tags of an article,
 * from the same values as its JSON-LD.
 *
 * @param result The result of `articleToJsonLd`.
 */
export function toMetaTags(result: {readonly jsonld: Graph}): MetaTags {
  const node = (result.jsonld['@graph'][0] ?? {}) as Record<string, unknown>
  const graph = result.jsonld['@graph'] as ReadonlyArray<Record<string, unknown>>
  const byId = (reference: unknown) =>
    graph.find((item) => isRecord(reference) && item['@id'] === reference['@id'])
  const tags: MetaTag[] = []
  const add = (attribute: MetaTag['attribute'], key: string, value: unknown) => {
    if (typeof value === 'string' && value.length > 0) tags.push({attribute, key, content: value})
    if (typeof value === 'number') tags.push({attribute, key, content: String(value)})
  }

  // Only images with a URL: `summary_large_image` without one would promise a picture the card lacks.
  const images = list(node.image)
    .map((image) => (isRecord(image) ? image.url : image))
    .filter((url): url is string => typeof url === 'string' && url.length > 0)
  add('property', 'og:type', 'article')
  add('property', 'og:title', node.headline)
  add('property', 'og:description', node.description)
  add('property', 'og:url', node.url)
  for (const image of images) add('property', 'og:image', image)
  add('property', 'og:locale', typeof node.inLanguage === 'string' ? node.inLanguage.replace('-', '_') : undefined)
  add('property', 'og:site_name', byId(node.publisher)?.name)
  add('property', 'article:published_time', node.datePublished)
  add('property', 'article:modified_time', node.dateModified)
  for (const author of list(node.author)) add('property', 'article:author', byId(author)?.url ?? byId(author)?.name)
  for (const section of list(node.articleSection)) add('property', 'article:section', section)
  for (const tag of list(node.keywords)) add('property', 'article:tag', tag)
  add('name', 'twitter:card', images.length > 0 ? 'summary_large_image' : 'summary')
  add('name', 'twitter:title', node.headline)
  add('name', 'twitter:description', node.description)
  add('name', 'twitter:image', images[0])

  return {
    tags,
    html: tags.map((tag) => `<meta ${tag.attribute}="${escapeAttribute(tag.key)}" content="${escapeAttribute(tag.content)}">`).join('\n')
  }
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
