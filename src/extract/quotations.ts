import {isLabelingVerb} from '../lexicon/speech-verbs.js'
import {Word, isWordClass} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import {lowerBound} from './lower-bound.js'
import {type Attribution, attributionAfter, attributionBefore, cueLength, dashedAside} from './attribution.js'
import type {Coreference} from './entities.js'
import type {Mention} from './mention.js'
import {type Speaker, resolveSpeaker} from './speakers.js'
import {type Token, hasClass} from './tokens.js'

/** One stretch of quoted text in a block: content offsets, marks excluded. */
export interface QuotePart {
  readonly block: number
  readonly start: number
  readonly end: number
  /** The closing mark was found (a blockquote without marks counts as closed). */
  readonly closed: boolean
}

/** A direct quotation found in the text. */
export interface FoundQuotation {
  readonly parts: readonly QuotePart[]
  /** Where the attribution is, if the text has one. */
  readonly attribution: {readonly block: number; readonly value: Attribution} | undefined
  readonly speaker: Speaker | undefined
}

/** Quoted words that are not speech: scare quotes, names, titles, nicknames. */
export interface FoundTerm {
  readonly part: QuotePart
}

interface Draft {
  parts: QuotePart[]
  attribution: {block: number; value: Attribution} | undefined
  /** Token index of the opening mark of the first part, in its block. */
  openToken: number
  /** The first part is preceded by words of its own sentence (a partial quote). */
  partial: boolean
  /** The quote stands alone as its paragraph. */
  standalone: boolean
}

/**
 * Find direct quotations and attribute them. Quote marks are paired per
 * block; a paragraph that leaves a quote open continues into the next one
 * that opens with a mark; a quote split by its attribution is one quotation;
 * the attribution is read after the quote (`"…," X said`), before it
 * (`X said: "…"`), from a colon lead-in or a dash line, and the speaker is
 * resolved by name, surname, pronoun, role or organization. Short quotes
 * without attribution and Title Case names are terms, not quotations.
 */
export function findQuotations(
  blocks: readonly AnalyzedBlock[],
  body: readonly number[],
  mentionsByBlock: readonly (readonly Mention[])[],
  grouping: Pick<Coreference, 'entities' | 'entityOf' | 'adopt' | 'genderOf'>
): {quotations: FoundQuotation[]; terms: FoundTerm[]} {
  const {drafts, terms} = collectDrafts(blocks, body)
  const spoken: Draft[] = []
  for (const draft of drafts) {
    // `""`: marks around nothing are no quotation.
    if (!draft.parts.some((part) => /[\p{L}\p{N}]/u.test(blocks[part.block]!.block.text.slice(part.start, part.end)))) continue
    if (isTerm(draft, blocks)) terms.push({part: draft.parts[0]!})
    else spoken.push(draft)
  }
  return {quotations: attribute(spoken, blocks, body, mentionsByBlock, grouping), terms}
}

/** Each quotation with its speaker, in reading order: a paragraph that is only a quote, right after a quoted speaker, continues that speaker. */
function attribute(
  drafts: readonly Draft[],
  blocks: readonly AnalyzedBlock[],
  body: readonly number[],
  mentionsByBlock: readonly (readonly Mention[])[],
  grouping: Pick<Coreference, 'entities' | 'entityOf' | 'adopt' | 'genderOf'>
): FoundQuotation[] {
  const quotations: FoundQuotation[] = []
  const positionInBody = new Map<number, number>()
  for (let position = 0; position < body.length; position++) positionInBody.set(body[position]!, position)
  // The quotation before, when it has a speaker, and the place in the body of its last paragraph.
  let last: {speaker: Speaker; position: number} | undefined
  for (const draft of drafts) {
    let speaker: Speaker | undefined
    if (draft.attribution) {
      const [first, end] = draft.attribution.value.speaker
      // `Key Takeaways: "…"`: a bare colon is weak evidence, so it names only someone the text already named (a colon cue is the colon alone).
      const colonOnly = blocks[draft.attribution.block]!.tokens[draft.attribution.value.cue[0]]!.text === ':'
      speaker = resolveSpeaker({block: draft.attribution.block, first, last: end, adopt: !colonOnly}, blocks, mentionsByBlock, grouping)
    } else if (draft.standalone && last && positionInBody.get(draft.parts[0]!.block)! - last.position === 1) {
      speaker = {entity: last.speaker.entity, resolution: 'continuation'}
    }
    quotations.push({parts: draft.parts, attribution: draft.attribution, speaker})
    last = speaker && {speaker, position: positionInBody.get(draft.parts[draft.parts.length - 1]!.block)!}
  }
  return quotations
}

/**
 * The quotes of the body as drafts, in reading order: marks paired per block,
 * open quotes continued into the next paragraph, split quotes joined, and the
 * attribution of each; single-quoted spans are terms.
 */
function collectDrafts(blocks: readonly AnalyzedBlock[], body: readonly number[]): {drafts: Draft[]; terms: FoundTerm[]} {
  const drafts: Draft[] = []
  const terms: FoundTerm[] = []
  let open: Draft | undefined
  let current: AnalyzedBlock | undefined

  for (const index of body) {
    const previous = current // the paragraph before, in the body
    const analyzed = blocks[index]!
    current = analyzed
    const {tokens, quotes, block} = analyzed
    for (const single of analyzed.singles) terms.push({part: {block: index, start: single.open + 1, end: single.close, closed: true}})

    // A line of just `— Name` after a quote: the dash attribution of that quote.
    if (isDashLine(analyzed) && drafts.length > 0) {
      const last = drafts[drafts.length - 1]!
      const value = attributionAfter(tokens, 0, tokens.length)
      if (!last.attribution && value && last.parts[last.parts.length - 1]!.block === previous!.index) last.attribution = {block: index, value}
      open = undefined
      continue
    }

    // A blockquote paragraph without marks is quoted as a whole.
    if (block.kind === 'blockquote' && quotes.length === 0) {
      const continuing = open ?? (previous?.block.kind === 'blockquote' && previous.block.group === block.group ? drafts[drafts.length - 1] : undefined)
      const part = {block: index, start: 0, end: block.text.length, closed: true}
      if (continuing) continuing.parts.push(part)
      else {
        const draft: Draft = {parts: [part], attribution: leadIn(previous), openToken: 0, partial: false, standalone: true}
        drafts.push(draft)
      }
      open = undefined
      continue
    }

    // (A span that opens at -1 goes on with the paragraph before's quote.)
    const startsWithQuote = quotes[0] !== undefined && (quotes[0].open < 0 || block.text.slice(0, quotes[0].open).trim() === '')
    // A quote left open goes on only into a paragraph that opens with a mark (or whose first mark closes it).
    if (!startsWithQuote) open = undefined
    let previousDraft: Draft | undefined

    for (const [spanIndex, span] of quotes.entries()) {
      const part = {block: index, start: span.open + 1, end: span.close, closed: span.closed}
      const openToken = tokenAt(tokens, span.open)
      const closeToken = span.closed ? tokenAt(tokens, span.close) : tokens.length
      const next = quotes[spanIndex + 1]
      const nextToken = next ? tokenAt(tokens, next.open) : tokens.length

      // Once per quote: it decides both the split-quote merge and the quote's own attribution.
      const after = span.closed ? attributionAfter(tokens, closeToken + 1, nextToken) : undefined
      let draft: Draft
      if (open) { // set only by the last quote of the paragraph before
        draft = open
        draft.parts.push(part)
      } else if (
        previousDraft?.attribution &&
        previousDraft.attribution.block === index &&
        // An attribution before its quote (`X said: "A." "B."`) ends at that quote's mark, so it never takes in B.
        previousDraft.attribution.value.extent[1] >= openToken &&
        !after
      ) {
        // `"A," she said. "B."`: one utterance (unless B has its own speaker).
        draft = previousDraft
        draft.parts.push(part)
      } else {
        const sentenceStart = sentenceStartBefore(tokens, openToken, previousDraft ? tokenAt(tokens, quotes[spanIndex - 1]!.close) + 1 : 0)
        draft = {
          parts: [part],
          attribution: undefined,
          openToken,
          partial: sentenceStart < openToken,
          standalone: startsWithQuote && spanIndex === 0 && (span.closed ? block.text.slice(span.close + 1).trim().length < 3 : true)
        }
        drafts.push(draft)
        const before = attributionBefore(tokens, sentenceStart, openToken) ?? dashedAside(tokens, sentenceStart, openToken, closeToken)
        if (before) draft.attribution = {block: index, value: before}
        // `X said:` / `"…," Y said.`: the quote's own attribution wins over the paragraph before.
        else if (spanIndex === 0 && startsWithQuote && !after) draft.attribution = leadIn(previous)
        // `X told reporters "…," adding, "…"`: a cue with no subject goes on the sentence's earlier quote.
        else if (previousDraft?.attribution && tokens[sentenceStart]!.sentenceStart === false && hasCue(tokens, sentenceStart, openToken)) {
          draft.attribution = previousDraft.attribution
        }
      }

      // An attribution after the quote wins over one before it only for a partial quote not introduced by its cue,
      // and only when it is of the quote's sentence: `X said in May, "… material." Later, she explained` is X's.
      // (An attribution of another paragraph is a lead-in or a quote left open, whose mark opens this paragraph: never introduced here.)
      const introducedBefore = draft.attribution?.value.order === 'svq' && isIntroduced(tokens, draft.attribution.value, openToken)
      const ownSentence = tokens[openToken + 1]?.sentenceStart === true
      const nextSentence = !ownSentence && span.closed && tokens[closeToken + 1]?.capitalized === true && /^[.?!]$/.test(tokens[closeToken - 1]!.text)
      if (after && (!draft.attribution || (draft.attribution.value.order === 'svq' && draft.partial && !introducedBefore && !nextSentence))) {
        draft.attribution = {block: index, value: after}
      }
      previousDraft = draft
      open = !span.closed && spanIndex === quotes.length - 1 ? draft : undefined
    }
  }

  return {drafts, terms}
}

/** `In a statement, the department wrote:` ending the previous paragraph. */
function leadIn(previous: AnalyzedBlock | undefined): Draft['attribution'] {
  if (!previous || !previous.block.text.trimEnd().endsWith(':')) return undefined
  const tokens = previous.tokens
  const end = tokens.length - 1
  const value = attributionBefore(tokens, sentenceStartBefore(tokens, end, 0), end)
  return value && {block: previous.index, value}
}

/** Whether a quote is a term: a nickname, a title, a name in Title Case, or scare quotes without attribution. */
function isTerm(draft: Draft, blocks: readonly AnalyzedBlock[]): boolean {
  if (draft.parts.length > 1) return false
  const part = draft.parts[0]!
  const analyzed = blocks[part.block]!
  const text = analyzed.block.text.slice(part.start, part.end).trim()
  // The first nine words tell a quote of eight words or fewer: a long quote is not split whole.
  const words = text.split(/\s+/, 9)
  const order = draft.attribution?.value.order
  const before = analyzed.tokens[draft.openToken - 1]
  const cue = draft.attribution ? blocks[draft.attribution.block]!.tokens[draft.attribution.value.cue[0]] : undefined
  // `X said: "…"` and `X said "…"` introduce whole quotes; `called it "…"` a partial one. (A lead-in's
  // cue is in another block, and its quote opens that block: never right after the cue.)
  const introduced = order === 'svq' && !isLabelingVerb(cue!.lower) && isIntroduced(analyzed.tokens, draft.attribution!.value, draft.openToken)
  // `…, adding, "It is broken."`: a speech verb right before the marks introduces a whole quote.
  const cueAt = before?.text === ',' || before?.text === ':' ? draft.openToken - 2 : draft.openToken - 1
  const cueBefore = draft.attribution !== undefined && cueLength(analyzed.tokens, cueAt) > 0 && !isLabelingVerb(analyzed.tokens[cueAt]!.lower)
  const direct = order === 'qsv' || order === 'qvs' || order === 'dash' || introduced || cueBefore || (order === 'svq' && draft.attribution!.block !== part.block)
  // `told "Fox and Friends," reminding…`, `on CBS's "Face the Nation," Sanders said`, Bill "Sandy" Hughes: a title or
  // nickname inside the sentence, whatever follows it.
  const titleWords = words.every((word) => /^[\p{Lu}\d]/u.test(word) || isWordClass(word, Word.MinorWord))
  const toListener = hasClass(cue, Word.ListenerVerb)
  if (draft.partial && (!introduced || toListener) && words.length <= 8 && titleWords && before!.kind === 'word' && !/[.!?]$/.test(text)) return true
  if (direct) return false
  // `called the collapse "a 12-minute nightmare"`: a judgment in the speaker's words, not a name (`dubbed "the Squad"`).
  const judgment = cue !== undefined && isLabelingVerb(cue.lower) && isWordClass(words[0]!, Word.Article) && !text.split(/\s+/).slice(1).every((word) => /^\p{Lu}/u.test(word))
  if (judgment || isLabel(draft, analyzed, words)) return false
  if (words.length < 4) return true
  // Titles of works and names: every word capitalized, no sentence punctuation.
  const titleCase = words.length <= 8 && titleWords && !/[.!?,]$/.test(text)
  return titleCase
}

/**
 * `called the plan "reckless"`, `described the proposal as "unworkable"`:
 * lower-case words a labeling verb gives its object are the subject's
 * judgment, however short. Without an object between verb and marks
 * (`a scam called "spoofing"`, `called for "patience"`) they name a thing.
 */
function isLabel(draft: Draft, analyzed: AnalyzedBlock, words: readonly string[]): boolean {
  const attribution = draft.attribution
  if (attribution?.value.order !== 'svq' || !/^\p{Ll}/u.test(words[0]!)) return false
  const {tokens} = analyzed
  const [cueFirst, cueEnd] = attribution.value.cue
  const cue = tokens[cueFirst]!.lower
  const beforeMarks = tokens[draft.openToken - 1]! // the cue is before the marks
  const describing = describingVerbs.has(cue) && beforeMarks.lower === 'as'
  if (!isLabelingVerb(cue) && !describing) return false
  const object = tokens.slice(cueEnd, describing ? draft.openToken - 1 : draft.openToken)
  // The object is a noun phrase of its own: not `what firefighters call a "defensive" attack`, `called one of the state's "deserts"`, `called for "patience"`.
  return (
    object.length <= 5 &&
    object.some((token) => !hasClass(token, Word.Determiner)) &&
    object.every((token) => token.kind === 'word' && !token.capitalized && !token.possessive && !hasClass(token, Word.Preposition) && cueLength(tokens, tokens.indexOf(token, cueEnd)) === 0)
  )
}

// Verbs that take `X as "…"`: `described the plan as "reckless"`.
const describingVerbs = new Set(['described', 'describes', 'describing', 'characterized', 'characterizes', 'characterizing'])

/** Whether tokens `[from, to)` hold a speech cue. */
function hasCue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (cueLength(tokens, index) > 0) return true
  return false
}

/** Whether the cue ends right before the quote, or before a comma or colon there: `said "…"`, `said, "…"`. */
function isIntroduced(tokens: readonly Token[], attribution: Attribution, openToken: number): boolean {
  const cueEnd = attribution.cue[1]
  return cueEnd === openToken || (cueEnd === openToken - 1 && (tokens[cueEnd]!.text === ':' || tokens[cueEnd]!.text === ','))
}

/** Index of the token that starts at `offset` (a quote mark), or the next one. */
function tokenAt(tokens: readonly {readonly start: number}[], offset: number): number {
  return lowerBound(tokens, offset, (token) => token.start)
}

/** The start of the sentence that contains token `index`, not before `floor`. */
function sentenceStartBefore(tokens: readonly {readonly sentenceStart: boolean; readonly kind: string}[], index: number, floor: number): number {
  for (let cursor = index - 1; cursor >= floor; cursor--) {
    if (tokens[cursor]!.sentenceStart) return cursor
  }
  // `"A," said Sen. X. "B…"`: after the attribution of an earlier quote, a quote that starts a sentence starts its own
  // (`index` is a mark: the quote's opening mark, or a lead-in's colon).
  return tokens[index + 1]?.sentenceStart ? index : floor
}

/** A short block that starts with a dash: `— Gov. Jared Polis`. */
function isDashLine(analyzed: AnalyzedBlock): boolean {
  const first = analyzed.tokens[0]
  return hasClass(first, Word.Dash) && analyzed.tokens.length <= 16 && analyzed.quotes.length === 0
}
