// Invented paragraphs with mentions made by hand: the unit tests of the steps after recognition (gender
// votes, pronouns, speakers, quotations) judge their own rules, whatever the recognizers would find.
import type {BlockKind} from '../../src/document/document.js'
import {SourceMap} from '../../src/document/source-map.js'
import {type AnalyzedBlock, analyzeBlock} from '../../src/extract/analyze.js'
import type {Coreference, Entity} from '../../src/extract/entities.js'
import type {Mention} from '../../src/extract/mention.js'
import {findTitle} from '../../src/lexicon/titles.js'
import type {Gender} from '../../src/lexicon/words.js'

/** Someone or something the paragraphs name. */
export interface Part {
  readonly kind?: 'person' | 'organization' | 'place'
  /** The guess of the name lists (default: unknown). */
  readonly gender?: Gender
  /** Title forms seen before the name (`mayor`, `mr.`). */
  readonly titles?: readonly string[]
  /** Role words the text gave (`spokesperson`). */
  readonly roles?: readonly string[]
  /** Other forms that mention the same entity: a surname (`Alder`) is a surname-only mention. */
  readonly aliases?: readonly string[]
}

/** A scene: the analyzed paragraphs, their mentions, and a grouping whose entities are the cast. */
export interface Scene {
  readonly blocks: AnalyzedBlock[]
  readonly mentionsByBlock: Mention[][]
  readonly grouping: Coreference
  /** Entities the grouping adopted (names the cast did not list). */
  readonly adopted: Entity[]
  /** The entity of a cast name. */
  readonly entity: (name: string) => Entity
}

/** A block other than a paragraph: a blockquote of group `group` (default 0), a trailer. */
export interface OtherBlock {
  readonly kind: BlockKind
  readonly text: string
  readonly group?: number
}

/** Mentions of every name and alias of `cast` (longest first, no overlaps), per block (a string is a paragraph). */
export function scene(paragraphs: readonly (string | OtherBlock)[], cast: Readonly<Record<string, Part>> = {}): Scene {
  const entities = new Map<string, Entity>()
  const forms: Array<{form: string; name: string; part: Part}> = []
  for (const [name, part] of Object.entries(cast)) {
    if (part.kind !== 'place') {
      const titles = (part.titles ?? []).map((form) => findTitle(form)!)
      entities.set(name, {
        kind: part.kind ?? 'person',
        name,
        alternateNames: [],
        titles,
        jobTitle: undefined,
        roles: new Set(part.roles ?? []),
        gender: part.gender ?? 'unknown',
        memberOf: undefined,
        mentions: []
      } as unknown as Entity)
    }
    for (const form of [name, ...(part.aliases ?? [])]) forms.push({form, name, part})
  }
  forms.sort((a, b) => b.form.split(' ').length - a.form.split(' ').length)
  const owner = new Map<Mention, string>()
  const blocks: AnalyzedBlock[] = []
  const mentionsByBlock: Mention[][] = []
  for (const [index, written] of paragraphs.entries()) {
    const {kind, text, group = 0} = typeof written === 'string' ? {kind: 'paragraph' as const, text: written} : written
    const analyzed = analyzeBlock({kind, text, group, map: new SourceMap()}, index)
    blocks.push(analyzed)
    const mentions: Mention[] = []
    let covered = 0
    for (let position = 0; position < analyzed.tokens.length; position++) {
      if (position < covered) continue
      const match = forms.find(({form}) => form.split(' ').every((word, offset) => analyzed.tokens[position + offset]?.text === word))
      if (!match) continue
      const length = match.form.split(' ').length
      const mention = {
        kind: match.part.kind ?? 'person',
        name: match.form,
        block: index,
        first: position,
        last: position + length,
        inQuote: analyzed.inQuote[position]!,
        surnameOnly: match.form !== match.name && length === 1
      } as unknown as Mention
      owner.set(mention, match.name)
      entities.get(match.name)?.mentions.push(mention)
      mentions.push(mention)
      covered = position + length
    }
    mentionsByBlock.push(mentions)
  }
  const adopted: Entity[] = []
  const all = [...entities.values()]
  const grouping: Coreference = {
    entities: all,
    places: [],
    entityOf: (mention) => entities.get(owner.get(mention) ?? ''),
    adopt: (mention) => {
      const entity = {kind: mention.kind, name: mention.name, titles: [], roles: new Set(), gender: 'unknown', mentions: [mention]} as unknown as Entity
      adopted.push(entity)
      return entity
    },
    attach: () => {},
    genderOf: (entity) => entity.gender
  }
  return {blocks, mentionsByBlock, grouping, adopted, entity: (name) => entities.get(name)!}
}
