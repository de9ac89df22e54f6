import type {VFile} from 'vfile'

/**
 * Article fields already on a file, in the frontmatter vocabulary:
 * `file.data.matter` (vfile-matter: the frontmatter itself) and
 * `file.data.meta` (rehype-meta's `title`, `published`, `tags`, …). These are
 * explicit values, so they win over what the text implies; matter wins over
 * meta.
 */
export function fileMetadata(file: VFile): Record<string, unknown> {
  const meta = (file.data as {meta?: Record<string, unknown>}).meta ?? {}
  const matter = (file.data as {matter?: Record<string, unknown>}).matter ?? {}
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
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries({...fromMeta, ...matter})) if (value !== undefined) result[key] = value
  return result
}
