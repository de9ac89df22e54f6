/**
 * The coverage formats marked up in an HTML page, read into article fields
 * (the frontmatter vocabulary):
 *
 * - `data-coverage-start-time` / `data-coverage-end-time` on any element: a
 *   live blog's coverage (and `type: LiveBlogPosting`);
 * - `class="correction"` (or `editors-note`): a correction, dated by a
 *   `<time datetime>` inside;
 * - `<blockquote class="claim" cite data-claimant data-rating …>`: a checked claim;
 * - `<video>` and `<audio>` (with `src` or a `<source>`, `poster`, `title`),
 *   and `<meta property="og:video">`;
 * - classes `speakable…` (`speakable-headline`, `speakable-summary`): the speakable parts.
 */
import type {Element, Root} from 'hast'

/** Nesting deeper than this is skipped. */
const maxDepth = 100

const correctionLabel = /^(?:correction|clarification|editor[’']s note)\b[^:—–]{0,40}[:—–]\s*/i

/** Article fields that `tree`'s markup states for the coverage formats. */
export function formatFieldsFromHtml(tree: Root): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const corrections: Array<Record<string, unknown>> = []
  const claims: Array<Record<string, unknown>> = []
  const video: Array<Record<string, unknown>> = []
  const audio: Array<Record<string, unknown>> = []
  const speakable: string[] = []
  const visit = (node: Root | Element, depth: number) => {
    if (depth > maxDepth) return
    for (const child of node.children) {
      if (child.type !== 'element') continue
      read(child)
      visit(child, depth + 1)
    }
  }
  visit(tree, 0)
  if (corrections.length > 0) fields.corrections = corrections
  if (claims.length > 0) fields.claimReview = claims
  if (video.length > 0) fields.video = video
  if (audio.length > 0) fields.audio = audio
  if (speakable.length > 0) fields.speakable = speakable
  return fields

  function read(element: Element): void {
    const {properties} = element
    const classes = Array.isArray(properties.className) ? properties.className.map(String) : []
    for (const name of ['coverageStartTime', 'coverageEndTime'] as const) {
      const value = properties['data' + name.charAt(0).toUpperCase() + name.slice(1)]
      if (typeof value === 'string' && fields[name] === undefined) {
        fields[name] = value
        fields.type ??= 'LiveBlogPosting'
      }
    }
    for (const name of classes) if (name.startsWith('speakable') && !speakable.includes('.' + name)) speakable.push('.' + name)
    if (classes.includes('correction') || classes.includes('editors-note')) {
      const text = textOf(element).replace(correctionLabel, '')
      if (text) corrections.push({text, date: timeIn(element)})
    }
    if (element.tagName === 'blockquote' && classes.includes('claim')) claims.push(claimOf(element))
    if (element.tagName === 'video' || element.tagName === 'audio') {
      const source = properties.src ?? element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source')?.properties.src
      if (typeof source === 'string') {
        const clip = {url: source, name: properties.title, thumbnailUrl: element.tagName === 'video' ? properties.poster : undefined}
        ;(element.tagName === 'video' ? video : audio).push(clip)
      }
    }
    if (element.tagName === 'meta' && video.length === 0) {
      const key = String(properties.property ?? properties.name ?? '').toLowerCase()
      if ((key === 'og:video' || key === 'og:video:url' || key === 'og:video:secure_url') && typeof properties.content === 'string') video.push({url: properties.content})
    }
  }
}

function claimOf(element: Element): Record<string, unknown> {
  const {properties} = element
  return {
    claim: textOf(element),
    claimant: properties.dataClaimant,
    datePublished: properties.dataDate ?? timeIn(element),
    appearance: properties.cite,
    reviewRating: {
      alternateName: properties.dataRating,
      ratingValue: properties.dataRatingValue,
      bestRating: properties.dataBestRating,
      worstRating: properties.dataWorstRating
    }
  }
}

function timeIn(element: Element, depth = 0): string | undefined {
  if (depth > maxDepth) return undefined
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'time' && typeof child.properties.dateTime === 'string') return child.properties.dateTime
    const found = timeIn(child, depth + 1)
    if (found) return found
  }
  return undefined
}

function textOf(element: Element, depth = 0): string {
  if (depth > maxDepth) return ''
  let text = ''
  for (const child of element.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element') text += textOf(child, depth + 1)
  }
  return text.replaceAll(/\s+/g, ' ').trim()
}
