/**
 * A mention: a name in the text taken for a person, an organization or a
 * place, with the evidence that made it one. `mentionOf` is the one way to
 * make one.
 */
import {type PlaceCandidate, placeCandidates} from '../gazetteer/gazetteer.js'
import {nameKey} from '../gazetteer/name-key.js'
import type {EntityEvidence} from '../article.js'
import type {Title} from '../lexicon/titles.js'
import type {Gender} from '../lexicon/words.js'
import type {Run} from './run.js'

/** A key for the word at token `index` of block `block`, to find the mention that starts or ends there (`Church Street, Enfield`). */
export function wordKey(block: number, index: number): string {
  return `${block}:${index}`
}

/** What the text offers for reading a name as what it is (`EntityEvidence` of the public model). */
export type Cue = EntityEvidence

/** Why a name was read as what it is. */
export interface Evidence {
  readonly cue: Cue
  /** The word or context that gave it: the title (`Mayor`), head noun (`department`), region (`Ill.`). */
  readonly detail: string | undefined
}

/** A name in the text: a person, an organization or a place. */
export interface Mention {
  readonly kind: 'person' | 'organization' | 'place'
  /** The name without title or possessive: `Danielle Jurinsky`, `Aurora`. */
  readonly name: string
  /** Index of the analyzed block. */
  readonly block: number
  /** The capitalized run the mention was read from (its tokens give the words around it). */
  readonly run: Run
  /** Text offsets of the name in the block. */
  readonly start: number
  readonly end: number
  /** Token range of the name: `[first, last)`. */
  readonly first: number
  readonly last: number
  readonly inQuote: boolean
  /** A title before the name (`Mayor`, `Aurora Councilmember`). */
  readonly title: Title | undefined
  /** The title as the text writes it, abbreviations spelled out: `Police Chief`, `Governor`. */
  readonly jobTitle: string | undefined
  /** What qualifies the title: `Aurora` in `Aurora Councilmember`. */
  readonly qualifier: string | undefined
  /** A state or country written after a place: `Ill.` in `Springfield, Ill.`. */
  readonly region: string | undefined
  readonly gender: Gender
  /** Only a surname (`Jurinsky`): resolved against full names later. */
  readonly surnameOnly: boolean
  /** A rare capitalized word with no other evidence: kept only if a full name explains it. */
  readonly tentative: boolean
  /** Role words the text gives the person: `mayor`, `manager` (`Cubs manager X`), `biologist` (`X, a biologist`). */
  readonly roles: readonly string[]
  /** Why the name was read as this kind. */
  readonly evidence: Evidence
  /** The name's key in the gazetteer. */
  readonly key: string
  /** The places the gazetteer has under the name (computed once, on first use). */
  readonly places: readonly PlaceCandidate[]
}

/** What a mention may say beyond its run, kind and evidence; each defaults to none (also when given as `undefined`). */
export type MentionDetails = {
  readonly [Key in 'name' | 'start' | 'end' | 'inQuote' | 'title' | 'jobTitle' | 'qualifier' | 'region' | 'gender' | 'surnameOnly' | 'tentative' | 'roles']?: Mention[Key] | undefined
}

/**
 * The mention of `run` as a `kind`, for `evidence`. The name, offsets and
 * gazetteer lookups come from the run unless `details` says otherwise
 * (`the mayor` names the person introduced earlier).
 */
export function mentionOf(run: Run, kind: Mention['kind'], evidence: Evidence, details: MentionDetails = {}): Mention {
  const tokens = run.tokens
  const last = tokens[run.end - 1]
  return new NameMention(run, details.name, kind, evidence, {
    start: details.start ?? tokens[run.first]?.start ?? 0,
    end: details.end ?? (last ? last.start + last.text.length : 0),
    inQuote: details.inQuote ?? run.analyzed.inQuote[run.first] ?? false,
    title: details.title,
    jobTitle: details.jobTitle,
    qualifier: details.qualifier,
    region: details.region,
    gender: details.gender ?? 'unknown',
    surnameOnly: details.surnameOnly ?? false,
    tentative: details.tentative ?? false,
    roles: details.roles ?? []
  })
}

/** The same mention read as another kind (a lone surname that is a place after all). */
export function asKind(mention: Mention, kind: Mention['kind'], evidence: Evidence): Mention {
  if (!(mention instanceof NameMention)) throw new TypeError('Unexpected mention not made by `mentionOf`')
  return new NameMention(mention.run, mention.name, kind, evidence, {...mention.details, surnameOnly: false})
}

type Fields = Pick<Mention, Exclude<keyof MentionDetails, 'name'>>

// A class, not a literal: mentions live as long as their article (see the note on tokens).
class NameMention implements Mention {
  readonly name: string
  readonly block: number
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
  readonly inQuote: boolean
  readonly title: Title | undefined
  readonly jobTitle: string | undefined
  readonly qualifier: string | undefined
  readonly region: string | undefined
  readonly gender: Gender
  readonly surnameOnly: boolean
  readonly tentative: boolean
  readonly roles: readonly string[]
  readonly #ownName: boolean

  constructor(
    readonly run: Run,
    name: string | undefined,
    readonly kind: Mention['kind'],
    readonly evidence: Evidence,
    readonly details: Fields
  ) {
    this.#ownName = name !== undefined
    this.name = name ?? run.name
    this.block = run.analyzed.index
    this.first = run.first
    this.last = run.end
    this.start = details.start
    this.end = details.end
    this.inQuote = details.inQuote
    this.title = details.title
    this.jobTitle = details.jobTitle
    this.qualifier = details.qualifier
    this.region = details.region
    this.gender = details.gender
    this.surnameOnly = details.surnameOnly
    this.tentative = details.tentative
    this.roles = details.roles
  }

  get key(): string {
    return this.#ownName ? nameKey(this.name) : this.run.key
  }

  get places(): readonly PlaceCandidate[] {
    return this.#ownName ? placeCandidates(this.name) : this.run.places
  }
}
