import type {VFile} from 'vfile'
import type {Article, Byline, Dateline} from '../article.js'
import type {ArticleDocument, Block} from '../document/document.js'
import {findCountry} from '../gazetteer/countries.js'
import {findUsState} from '../gazetteer/us-states.js'
import {readFrontmatter} from '../input/frontmatter.js'
import {report} from '../messages.js'
import {readMetadata} from '../metadata/read-metadata.js'
import {resolveUrl} from '../metadata/read-metadata.js'
import type {Settings} from '../settings.js'
import {byline as readByline} from './byline.js'
import {type ParsedDateline, isDateOnly, parseDateline} from './dateline.js'
import {type TextSpan, spanOf} from './span.js'

/**
 * Run every extractor over a document: metadata first, then the headline,
 * byline and dateline at the top of the story. The one pipeline behind
 * `articleToJsonLd` and the unified plugins.
 */
export function extractArticle(document: ArticleDocument, file: VFile, settings: Settings): Article {
  const frontmatter = readFrontmatter(document, file)
  const metadata = readMetadata({...frontmatter.fields, ...settings.metadata}, settings, file, (key) => {
    const offset = frontmatter.offsets.get(key)
    return offset === undefined ? undefined : document.toPosition(offset, offset)?.start
  })

  const blocks = document.blocks
  let index = 0
  const headlineBlock = blocks[0]?.kind === 'heading' ? blocks[index++] : undefined
  let dek: TextSpan | undefined
  while (blocks[index]?.kind === 'dek') {
    dek ??= whole(blocks[index]!)
    index++
  }

  let byline: Byline | undefined
  const first = blocks[index]
  const authors = first && first.kind === 'paragraph' ? readByline(first.text, metadata.publisher?.name) : undefined
  if (first && authors) {
    byline = {...whole(first), authors}
    index++
  }
  if (blocks[index] && isDateOnly(blocks[index]!.text)) index++

  const body = blocks.slice(index).filter((block) => block.kind !== 'trailer')
  const ledeBlock = body[0]?.kind === 'paragraph' ? body[0] : undefined
  const parsed = ledeBlock ? parseDateline(ledeBlock.text, isRegion) : undefined
  const dateline = ledeBlock && parsed ? toDateline(ledeBlock, parsed) : undefined
  const lede = ledeBlock ? spanOf(document, ledeBlock, parsed?.bodyStart ?? 0, ledeBlock.text.length) : undefined

  const headline = headlineBlock ? whole(headlineBlock) : undefined
  if (!headline && !metadata.headline) {
    if (body.length === 0) {
      report(file, 'empty-article', 'Unexpected empty article, expected a headline and text')
    } else {
      report(file, 'missing-headline', 'Unexpected article without headline, expected a `title` in frontmatter or a first heading')
    }
  }

  const url = metadata.url ?? (settings.baseUrl && file.stem ? resolveUrl(encodeURIComponent(file.stem), settings.baseUrl) : undefined)
  if (!url && (headline || metadata.headline)) {
    report(file, 'missing-url', 'Unexpected article without URL, expected `url` in frontmatter or the `baseUrl` option; `@id`s are relative')
  }

  return {
    format: document.format,
    metadata,
    url,
    headline,
    dek,
    byline,
    dateline,
    lede: lede && lede.text.length > 0 ? lede : undefined,
    wordCount: body.reduce((sum, block) => sum + countWords(block.text), 0)
  }

  function whole(block: Block): TextSpan {
    return spanOf(document, block, 0, block.text.length)
  }

  function toDateline(block: Block, parsed: ParsedDateline): Dateline {
    const state = parsed.region === undefined ? undefined : findUsState(parsed.region)
    const country = state ? undefined : parsed.region === undefined ? undefined : findCountry(parsed.region)
    return {
      ...spanOf(document, block, 0, parsed.text.length),
      city: displayName(parsed.city),
      region: parsed.region,
      state: state?.postalCode,
      country: state ? 'US' : country?.code,
      source: parsed.source
    }
  }
}

function isRegion(region: string): boolean {
  return findUsState(region) !== undefined || findCountry(region) !== undefined
}

/** `DENVER` → `Denver`, `ST. LOUIS` → `St. Louis`; mixed case stays. */
function displayName(city: string): string {
  if (city !== city.toUpperCase()) return city
  return city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (const char of text) {
    const isWordChar = /[\p{L}\p{N}]/u.test(char)
    if (isWordChar && !inWord) count++
    if (char === ' ' || char === '\n' || char === '\t') inWord = false
    else if (isWordChar) inWord = true
  }
  return count
}
