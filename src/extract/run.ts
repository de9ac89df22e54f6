/**
 * A run: a span of a block's tokens read as one name (`Denver Police
 * Department`, `Mayor Mike Johnston`). Its name, key, gazetteer
 * candidates and known organization are computed once, on first use, and
 * shared by every recognizer that asks.
 */
import {type PlaceCandidate, placeCandidatesByKey} from '../gazetteer/gazetteer.js'
import {nameKey} from '../gazetteer/name-key.js'
import {type KnownOrganization, knownOrganization} from '../lexicon/organizations.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Token} from './tokens.js'

const quoteMarks = '"“”\'‘’'

/** Tokens `[first, end)` of one analyzed block. */
export class Run {
  // Fields, not getters: every rule reads them, and before V8 optimizes a rule each getter is a call.
  /** The block's tokens (the run's are `tokens[first]` to `tokens[end - 1]`). */
  readonly tokens: readonly Token[]
  /** Number of tokens. */
  readonly length: number
  #name: string | undefined
  #key: string | undefined
  #places: readonly PlaceCandidate[] | undefined
  /** `null` once looked up and not found. */
  #organization: KnownOrganization | null | undefined
  /** The words without ampersands: made once, as most recognizers ask for them. */
  #words: readonly Token[] | undefined

  constructor(
    readonly analyzed: AnalyzedBlock,
    readonly first: number,
    readonly end: number
  ) {
    this.tokens = analyzed.tokens
    this.length = end - first
  }

  /** The name as written: nicknames left out, inner possessives and commas kept (`Sheriff's Office`). */
  get name(): string {
    this.#name ??= nameText(this)
    return this.#name
  }

  /** The name's key in the gazetteer (`nameKey`). */
  get key(): string {
    this.#key ??= nameKey(this.name)
    return this.#key
  }

  /** The places the gazetteer has under this name, most populous first. */
  get places(): readonly PlaceCandidate[] {
    this.#places ??= placeCandidatesByKey(this.key)
    return this.#places
  }

  /** The organization the lexicon knows by this name (`knownOrganization`), if any. */
  get knownOrganization(): KnownOrganization | undefined {
    this.#organization ??= knownOrganization(this.name) ?? null
    return this.#organization ?? undefined
  }

  /** Whether the gazetteer has a place of this name. */
  get isPlace(): boolean {
    return this.places.length > 0
  }

  /** The run of tokens `[first, end)` of the same block. */
  slice(first: number, end: number): Run {
    return first === this.first && end === this.end ? this : new Run(this.analyzed, first, end)
  }

  /** The words of the name, without a quoted nickname (`Cornelius "Corky" Haverford`); with `ampersands`, the `&` of `Harlow & Finch` too. */
  words(ampersands = false): readonly Token[] {
    if (ampersands) return nameWords(this, true)
    this.#words ??= nameWords(this, false)
    return this.#words
  }
}

function nameWords(run: Run, ampersands: boolean): Token[] {
  const result: Token[] = []
  let inNickname = false
  for (let index = run.first; index < run.end; index++) {
    const token = run.tokens[index]!
    if (token.kind === 'punctuation' && quoteMarks.includes(token.text)) inNickname = !inNickname
    else if (!inNickname && (token.kind === 'word' || (ampersands && token.text === '&'))) result.push(token)
  }
  return result
}

function nameText(run: Run): string {
  const {tokens, first} = run
  // Most runs are one word: its text is the name (and no list of words is made).
  if (run.length === 1 && tokens[first]!.kind === 'word') return tokens[first]!.text
  const parts = run.words(true)
  const text = run.analyzed.block.text
  // Inside the name, possessives and commas stay: `Sheriff's Office`, `Bureau of Alcohol, Tobacco, …`.
  let name = parts[0]?.text ?? ''
  for (let index = 1; index < parts.length; index++) {
    const before = parts[index - 1]!
    name += before.possessiveSuffix + (text.charAt(before.end) === ',' ? ', ' : ' ') + parts[index]!.text
  }
  return name
}
