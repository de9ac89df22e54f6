import type {ArticleEntity, EntityEvidence, ArticlePlace, Dateline, Quotation} from '../article.js'
import type {ArticleDocument} from '../document/document.js'
import {isBroadcaster} from '../lexicon/organizations.js'
import type {AnalyzedBlock} from './analyze.js'
import {articlePlace, articleSite} from './article-place.js'
import type {Entity} from './entities.js'
import type {Mention} from './mention.js'
import {newsAgency} from './news-agencies.js'
import type {ResolvedSite} from './place-sites.js'
import type {ResolvedPlace} from './places.js'
import type {FoundQuotation, QuotePart} from './quotations.js'
import {quotationText} from './quotation-text.js'
import {type TextSpan, spanOf} from './span.js'

/**
 * Turn the extractors' results (token ranges in analyzed blocks) into the
 * public `Article` model (text with source positions).
 */
export function articleModel(document: ArticleDocument, analyzed: readonly AnalyzedBlock[]) {
  const {blocks} = document
  return {entities, place, site, quotation, term}

  /**
   * People and organizations, the dateline's credited source among them,
   * and the name each entity goes by in the article (an entity folded into
   * the dateline's source, `FOX31` into `KDVR`, goes by the source's).
   */
  function entities(list: readonly Entity[], dateline: Dateline | undefined, ledeBlock: number | undefined): ArticleEntities {
    const source = dateline?.source
    const creditStart = source === undefined || dateline === undefined ? -1 : dateline.text.lastIndexOf(source)
    const credit: TextSpan[] = creditStart === -1 || ledeBlock === undefined ? [] : [spanOf(document, blocks[ledeBlock]!, creditStart, creditStart + source!.length)]
    return articleEntities(list, source, credit, mention)
  }

  function place(resolved: ResolvedPlace): ArticlePlace {
    return articlePlace(resolved.place, resolved.mentions.map(mention), resolved.evidence)
  }

  function site(resolved: ResolvedSite): ArticlePlace {
    return articleSite(resolved, resolved.mentions.map(mention))
  }

  /** A quotation, its speaker named as `nameOf` says (from `entities`). */
  function quotation(found: FoundQuotation, nameOf: ArticleEntities['nameOf']): Quotation {
    const spans = found.parts.map((part) => ({span: term(part), closed: part.closed}))
    const parts = spans.map(({span}) => span).filter((part) => part.text.length > 0)
    const {attribution, speaker} = found
    const phrase = attribution && tokens(attribution.block, attribution.value.speaker)
    return {
      text: quotationText(spans.map(({span, closed}) => ({text: span.text, closed}))),
      parts,
      block: found.parts[0]?.block ?? 0,
      cue: attribution && tokens(attribution.block, attribution.value.cue),
      speakerPhrase: phrase,
      closed: found.parts[found.parts.length - 1]?.closed ?? true,
      speaker: speaker && {
        type: speaker.entity.kind === 'person' ? 'Person' : 'Organization',
        name: nameOf(speaker.entity),
        phrase,
        resolution: speaker.resolution
      }
    }
  }

  /** A quoted stretch without the white space at its ends. */
  function term(part: QuotePart): TextSpan {
    const text = blocks[part.block]!.text
    let start = part.start
    let end = part.end
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    return spanOf(document, blocks[part.block]!, start, end)
  }

  function tokens(block: number, [first, last]: readonly [number, number]): TextSpan | undefined {
    const list = analyzed[block]!.tokens
    const from = list[first]
    const to = list[last - 1]
    return from && to ? spanOf(document, blocks[block]!, from.start, to.end) : undefined
  }

  function mention(item: Mention): TextSpan {
    return spanOf(document, blocks[item.block]!, item.start, item.end)
  }
}

/** The article's people and organizations, and the name each extracted entity goes by among them. */
export interface ArticleEntities {
  readonly entities: ArticleEntity[]
  readonly nameOf: (entity: Entity) => string
}

/**
 * People and organizations. The dateline's credited source (`AP`, `KDVR`)
 * is one too, and a local station's channel brand (`FOX31`) is that station.
 */
function articleEntities(list: readonly Entity[], source: string | undefined, credit: readonly TextSpan[], mention: (item: Mention) => TextSpan): ArticleEntities {
  const station = source !== undefined && /^[KW][A-Z]{2,3}$/.test(source) ? source : undefined
  const agency = source === undefined ? undefined : newsAgency(source)

  const result: ArticleEntity[] = []
  const folded = new Map<Entity, string>()
  const sourceAlternates: string[] = agency?.alternateName ? [agency.alternateName] : []
  const sourceMentions: TextSpan[] = [...credit]
  for (const entity of list) {
    const isSource = agency !== undefined && entity.kind === 'organization' && (entity.name === agency.name || entity.name === source)
    const isBrand = station !== undefined && entity.kind === 'organization' && isBroadcaster(entity.name)
    if (isSource || isBrand) {
      folded.set(entity, agency!.name)
      for (const name of [entity.name, ...entity.alternateNames]) {
        if (name !== agency!.name && !sourceAlternates.includes(name)) sourceAlternates.push(name)
      }
      sourceMentions.push(...entity.mentions.map(mention))
      continue
    }
    result.push({
      type: entity.kind === 'person' ? 'Person' : 'Organization',
      name: entity.name,
      alternateNames: entity.alternateNames,
      jobTitle: entity.jobTitle,
      memberOf: entity.memberOf,
      mentions: entity.mentions.map(mention),
      evidence: evidenceOf(entity.mentions)
    })
  }
  if (agency) {
    result.push({type: 'Organization', name: agency.name, alternateNames: sourceAlternates, jobTitle: undefined, memberOf: undefined, mentions: sourceMentions, evidence: ['dateline']})
  }
  return {entities: result, nameOf: (entity) => folded.get(entity) ?? entity.name}
}

/** The kinds of evidence a group of mentions gave, sorted and distinct. */
function evidenceOf(mentions: readonly Mention[]): EntityEvidence[] {
  return [...new Set(mentions.map((item) => item.evidence.cue))].sort()
}
