import {multiwordCues} from '../lexicon/speech-verbs.js'
import {Word} from '../lexicon/word-classes.js'
import {type Token, hasClass, isUpperCase} from './tokens.js'
import {isDocumentNoun} from '../lexicon/documents.js'
import {isCommonWord} from '../lexicon/words.js'

/** Who said a quote and with which cue, as token ranges of one block. */
export interface Attribution {
  /** Word order: `"…," X said` (qsv), `"…," said X` (qvs), `X said: "…"` (svq), `"…" — X` (dash). */
  readonly order: 'qsv' | 'qvs' | 'svq' | 'dash'
  /** Cue tokens `[first, last)`: `said`, `told reporters`, `according to`, or a dash. */
  readonly cue: readonly [number, number]
  /** Speaker phrase tokens `[first, last)`: `Jurinsky`, `Denver's mayor`, `she`. */
  readonly speaker: readonly [number, number]
  /** A description after the speaker: `a spokeswoman for the city`. */
  readonly description: readonly [number, number] | undefined
  /** Every token the attribution covers, for telling split quotes apart. */
  readonly extent: readonly [number, number]
}

const maxSpeakerWords = 8
const maxClause = 40

// Multiword cues by first word, longest first.
const cuesByFirstWord = new Map<string, string[][]>()
for (const cue of multiwordCues) {
  const words = cue.split(' ')
  const list = cuesByFirstWord.get(words[0]!) ?? []
  list.push(words)
  list.sort((a, b) => b.length - a.length)
  cuesByFirstWord.set(words[0]!, list)
}

/** Length in tokens of the cue starting at `index`, or 0. */
export function cueLength(tokens: readonly Token[], index: number): number {
  const token = tokens[index]
  // `the State Department`: a capitalized word is a name, unless it starts a sentence (`Said X: "…"`).
  // `the state's "Fix It First" program`: a possessive is a noun, never a verb.
  if (!token || token.kind !== 'word' || token.possessive || (token.capitalized && !token.sentenceStart)) return 0
  // `Bush's Facebook post`, `the mayor's report`: a document after its owner is a noun.
  if (isDocumentNoun(token.lower) && (tokens[index - 1]?.possessive || (tokens[index - 1]?.capitalized && tokens[index - 2]?.possessive))) return 0
  for (const words of cuesByFirstWord.get(token.lower) ?? []) {
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) return words.length
  }
  return hasClass(token, Word.SpeechVerb) ? 1 : 0
}

/**
 * The attribution right after a quote: tokens `[from, to)` follow its
 * closing mark. `, Jurinsky said.`, `, said Police Chief Ron Thomas.`,
 * `, the department said in a statement`, `— Gov. Jared Polis`.
 */
export function attributionAfter(tokens: readonly Token[], from: number, to: number): Attribution | undefined {
  let start = from
  while (start < to && (tokens[start]!.text === ',' || tokens[start]!.text === ':')) start++
  if (start >= to) return undefined
  const first = tokens[start]!

  if (hasClass(first, Word.Dash)) {
    // `--` is two tokens.
    const name = first.text === '-' && tokens[start + 1]?.text === '-' ? start + 2 : start + 1
    const end = phraseEnd(tokens, name, to)
    if (end === name || !tokens[name]!.capitalized) return undefined
    return {order: 'dash', cue: [start, name], speaker: [name, end], description: description(end), extent: [from, clauseEnd(end)]}
  }

  const limit = Math.min(to, start + maxClause)
  for (let index = start; index < limit; index++) {
    const token = tokens[index]!
    // `Rep. X (D-Ore.) said`: a party in parentheses, abbreviation and all, is passed over.
    if (token.text === '(') {
      const close = tokens.slice(index + 1, index + 6).findIndex((next) => next.text === ')')
      if (close !== -1) {
        index += close + 1
        continue
      }
    }
    // `Mitch McConnell, R-Ky., said`: a period before a comma ends an abbreviation, not the sentence.
    if (token.kind === 'punctuation' && '.!?;'.includes(token.text) && !(token.text === '.' && tokens[index + 1]?.text === ',')) return undefined
    const length = cueLength(tokens, index)
    if (length === 0) continue
    const cueEnd = index + length
    if (index === start) {
      // `said X`, `according to X`, `added Jane Roe, a spokeswoman`, `said board President X`.
      let speakerStart = cueEnd
      let end = phraseEnd(tokens, cueEnd, to)
      if (end === cueEnd) return undefined
      // `said her granddaughter, Daryna Marchenko`: the name after the role.
      if (hasClass(tokens[cueEnd], Word.Determiner) && tokens[end]?.text === ',' && tokens[end + 1]?.capitalized) {
        speakerStart = end + 1
        end = phraseEnd(tokens, speakerStart, to)
      }
      return {order: 'qvs', cue: [index, cueEnd], speaker: [speakerStart, end], description: description(end), extent: [from, clauseEnd(end)]}
    }
    // `X said`, `X, a doctor at the clinic, said`: the speaker is the part before the first comma,
    // without a party in parentheses (`Rep. X (D-Ore.) said`) or an adverb (`X has said`, `X then writes`).
    let speakerEnd = firstComma(tokens, start, index)
    for (let at = start + 1; at < speakerEnd; at++) if (tokens[at]!.text === '(') speakerEnd = at
    while (speakerEnd > start + 1 && isAdverb(tokens[speakerEnd - 1]!)) speakerEnd--
    if (!isSpeakerStart(tokens, start) || !fitsSpeaker(tokens, start, speakerEnd) || isClause(tokens, start, speakerEnd)) return undefined
    return {order: 'qsv', cue: [index, cueEnd], speaker: [start, speakerEnd], description: speakerEnd < index ? [speakerEnd + 1, index] : undefined, extent: [from, clauseEnd(cueEnd)]}
  }
  return undefined

  function description(end: number): readonly [number, number] | undefined {
    if (tokens[end]?.text !== ',') return undefined
    const next = tokens[end + 1]
    if (!next || !hasClass(next, Word.Determiner)) return undefined
    const stop = phraseEnd(tokens, end + 1, to, true)
    return [end + 1, stop]
  }

  function clauseEnd(index: number): number {
    let end = index
    while (end < to && !(tokens[end]!.kind === 'punctuation' && '.!?;'.includes(tokens[end]!.text))) end++
    return Math.min(to, end + 1)
  }
}

/**
 * The attribution before a quote, in the same sentence: tokens `[from, to)`
 * run from the sentence start to the opening mark.
 * `Mayor Mike Johnston said: "…"`, `In a statement, the department wrote: "…"`,
 * `Hugh Hill, a doctor at the clinic, said "…"`, `She called it "…"`.
 */
export function attributionBefore(tokens: readonly Token[], start: number, to: number): Attribution | undefined {
  const from = afterDateline(tokens, start, to)
  for (let index = to - 1; index >= from; index--) {
    const length = cueLength(tokens, index)
    if (length === 0) continue
    // The subject: of the comma-separated parts before the cue, the first that
    // names someone (`Hugh Hill`, not the aside `a doctor at the clinic`), after
    // any lead-in (`In a statement,`); else the last that can (`the department`).
    const segments: Array<[number, number]> = []
    let segmentStart = from
    for (let cursor = from; cursor <= index; cursor++) {
      if (cursor === index || tokens[cursor]!.text === ',') {
        // `But Sen. X (D-Ill.), noting …, said`: a conjunction that opens the sentence is no part of its subject.
        while (conjunctions.has(tokens[segmentStart]!.lower) && segmentStart + 1 < cursor && startsName(tokens, segmentStart + 1, cursor)) segmentStart++
        if (cursor > segmentStart) segments.push([segmentStart, cursor])
        segmentStart = cursor + 1
      }
    }
    // `Spicer said, adding, "…"`, `X took to Twitter, writing:`: a participle after a comma has the subject of the clause before it.
    if (tokens[index - 1]?.text === ',' && tokens[index]!.lower.endsWith('ing') && index - 1 > from) {
      const earlier = attributionBefore(tokens, from, index - 1)
      if (earlier) return {...earlier, cue: [index, index + length], extent: [earlier.extent[0], to]}
      // `Trump went fully on the attack, saying,`: else the named subject of that clause.
      const subject = colonClause(tokens, from, index - 1)
      if (subject) return {order: 'svq', cue: [index, index + length], speaker: subject, description: undefined, extent: [subject[0], to]}
    }
    const usable = segments.filter(([first]) => isSpeakerStart(tokens, first) && !isAside(tokens[first]!) && !hasClass(tokens[first], Word.LeadIn))
    // `His daughter, Michelle Dubois, said`, `This, Jane Roe said,`: a capital that only opens the sentence on a
    // determiner names no one (alone, its head is the comma or the cue after it).
    const isNamed = ([first, end]: [number, number]) => {
      const head = hasClass(tokens[first], Word.Determiner) ? tokens[first + 1]! : tokens[first]!
      // `in Concord, N.H., X hoisted`: an abbreviated state alone is the end of a place.
      const region = end - first === 1 && /\p{L}\.\p{L}/u.test(head.text)
      return (head.capitalized && !region) || hasClass(tokens[first], Word.SubjectPronoun)
    }
    // `Holding open a book, Beck said`: a capitalized opener is no subject when a later part names one.
    const named = usable.find((segment) => isNamed(segment) && !isOpener(tokens, segment[0])) ?? usable.find(isNamed)
    let chosen = named ?? usable[usable.length - 1]
    // `No wonder Trump said`, `a man asked for a photo and Clinton said`: the name right before the verb.
    // And `She spoke, to which O'Malley interjected:`: a name right before the verb is its subject, unless an aside holds it.
    let tail = subjectBefore(tokens, index, from)
    // `As X said last week, "…"` introduces the quote; `As X spoke, the NRA was whipping votes against "…"` does not.
    if (tail && tokens[tail[0] - 1]?.lower === 'as' && tokens.slice(index + length, to - 1).some((token) => token.text === ',')) tail = undefined
    const last = segments[segments.length - 1]
    const inAside = last !== undefined && isAside(tokens[last[0]]!)
    // `The debate grew so heated that Gov. X said`, `shedding what Gilbert called`: a subject phrase that stops short of the name before the verb is another clause's.
    // But not `The official who met Trump said`: a relative clause after the phrase's noun (`heated over who won` is none).
    const stopsShort = (segment: [number, number], name: [number, number]) => {
      const end = phraseEnd(tokens, segment[0], segment[1])
      return (end < name[0] || !fitsSpeaker(tokens, segment[0], end)) && !(hasClass(tokens[end], Word.Relative) && !hasClass(tokens[end - 1], Word.FunctionWord))
    }
    if (tail && (!chosen || isOpener(tokens, chosen[0]) || (chosen !== last && !inAside) || (chosen === last && stopsShort(chosen, tail)))) chosen = tail
    // `Said Comey, "…"`, `According to HuffPo: "…"`: the verb first, its subject after it.
    if (!chosen || isOpener(tokens, chosen[0], true)) {
      const after = subjectAfter(tokens, index + length, to)
      if (after) return {order: 'svq', cue: [index, index + length], speaker: after, description: undefined, extent: [index, to]}
    }
    // `Pollsters agree - Carl Bialik: "…"`: a name right before the colon, after the verb, is the speaker.
    const beforeColon = colonLeadIn(tokens, from, to)
    const dashed = beforeColon !== undefined && beforeColon[0] > index + length && tokens.slice(index + length, beforeColon[0]).every((token) => hasClass(token, Word.Dash))
    if (beforeColon && dashed) return {order: 'svq', cue: [index, index + length], speaker: beforeColon, description: undefined, extent: [index, to]}
    if (!chosen) return undefined
    const speakerEnd = phraseEnd(tokens, chosen[0], chosen[1])
    // Never empty: every part chosen starts with a word.
    if (!fitsSpeaker(tokens, chosen[0], speakerEnd)) return undefined
    return {order: 'svq', cue: [index, index + length], speaker: [chosen[0], speakerEnd], description: undefined, extent: [chosen[0], to]}
  }
  // `Republican pollster Daron Shaw: "…"`: a name before the colon that opens the quote.
  const named = colonLeadIn(tokens, from, to) ?? fromLeadIn(tokens, from, to) ?? possessiveLeadIn(tokens, from, to)
  // The colon is the cue: it introduces the quote.
  const colonAt = tokens[to - 1]?.text === ':' ? to - 1 : to
  if (named) return {order: 'svq', cue: [colonAt, colonAt + 1], speaker: named, description: undefined, extent: [named[0], to]}
  const colon = openingColon(tokens, to)
  const subject = colon === -1 ? undefined : colonClause(tokens, from, colon)
  return subject && {order: 'svq', cue: [colon, colon + 1], speaker: subject, description: undefined, extent: [subject[0], to]}
}

// Words that open a clause of time before its subject: `When Trump finally wrapped up —`.
const timeOpeners = new Set(['when', 'as', 'after', 'then', 'and'])

/**
 * A quote set between dashes in a sentence with no speech verb: `When Trump
 * finally wrapped up — "…" — the balloons fell` is the words of the named
 * subject of the clause before the first dash. Not when a cue follows the
 * closing dash (`— "USA!" — the crowd chanted`), nor without a name.
 */
export function dashedAside(tokens: readonly Token[], from: number, open: number, close: number): Attribution | undefined {
  const dash = open - 1
  if (!hasClass(tokens[dash], Word.Dash) || !hasClass(tokens[close + 1], Word.Dash)) return undefined
  for (let index = close + 2; index < Math.min(tokens.length, close + 40); index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && '.!?'.includes(token.text)) break
    if (cueLength(tokens, index) > 0) return undefined
  }
  const start = timeOpeners.has(tokens[from]!.lower) ? from + 1 : from
  const subject = colonClause(tokens, start, dash)
  return subject && {order: 'svq', cue: [dash, dash + 1], speaker: subject, description: undefined, extent: [subject[0], open]}
}

/**
 * Where a paragraph's text starts after its dateline, `LAS CRUCES, N.M. —`
 * or `Boise, Idaho —`: a dash within a dozen tokens of the block's start,
 * after capitalized words only, the first in capitals or followed by a
 * comma and a region. Else `from`.
 */
function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  if (from !== 0) return from
  const limit = Math.min(to, 12)
  for (let index = 1; index < limit; index++) {
    const token = tokens[index]!
    if (hasClass(token, Word.Dash)) {
      const first = tokens[0]!
      const inCapitals = first.text.length > 1 && isUpperCase(first.text)
      const region = tokens[1]!.text === ','
      // `--` is two tokens, and so is a dash typed twice (`—-`).
      const end = hasClass(tokens[index + 1], Word.Dash) ? index + 2 : index + 1
      return inCapitals || region ? end : from
    }
    if (token.kind === 'word' && !token.capitalized) return from
  }
  return from
}

/**
 * The subject of a clause that ends in the colon opening the quote, when it
 * starts with a name: `Kasich resisted:`, `Mayor X released the following
 * statement:`, `In response, the board was conclusive in its findings:`.
 * The colon stands for the cue, so the caller resolves only names the story
 * gave, as for any bare colon.
 */
function colonClause(tokens: readonly Token[], from: number, colon: number): [number, number] | undefined {
  // After any lead-ins (`In response to the loss,`), the first part that starts with a name.
  let start = from
  for (let cursor = from; cursor < colon; cursor++) if (tokens[cursor]!.text === ',' && hasClass(tokens[start], Word.LeadIn)) start = cursor + 1
  while (conjunctions.has(tokens[start]!.lower) && start + 1 < colon && startsName(tokens, start + 1, colon)) start++
  const first = tokens[start]!.lower === 'the' ? tokens[start + 1]! : tokens[start]!
  if (!first.capitalized || isOpener(tokens, start, true) || hasClass(first, Word.FunctionWord | Word.LeadIn | Word.DateWord)) return undefined
  // `The Senate voted:`: after `the` a phrase runs through lower-case words (`the mayor`), to the colon or a
  // `that`; the name is the capitalized part when a verb, not a role, follows it.
  const end = tokens[start]!.lower === 'the' ? capitalizedEnd(tokens, start + 1, colon) : phraseEnd(tokens, start, colon)
  // The name is the subject of a verb: a lower-case word follows it (the colon, where the phrase stops at
  // the latest, is none).
  const next = tokens[end]!
  if (next.kind !== 'word' || next.capitalized || !fitsSpeaker(tokens, start, end)) return undefined
  return [start, end]
}

/** End of the capitalized words from `start` (through joiners), unless a role follows them (`the State Department spokeswoman`). */
function capitalizedEnd(tokens: readonly Token[], start: number, to: number): number {
  let end = start
  while (end < to && tokens[end]!.kind === 'word' && (tokens[end]!.capitalized || (isNameJoiner(tokens[end]!) && tokens[end + 1]?.capitalized))) end++
  return hasClass(tokens[end], Word.Role) ? to : end
}

/** The colon that opens the quote: right before `to` (the opening mark) or at it (a paragraph that ends in it); else -1. */
function openingColon(tokens: readonly Token[], to: number): number {
  return tokens[to - 1]?.text === ':' ? to - 1 : tokens[to]?.text === ':' ? to : -1
}

/** The name that ends a colon lead-in (`- Philip Bump:`), when the colon is right before `to` or at it. */
function colonLeadIn(tokens: readonly Token[], from: number, to: number): [number, number] | undefined {
  const colon = openingColon(tokens, to)
  // `Rep. Trey Gowdy (R-S.C.):`: the name ends before a party in parentheses.
  const end = colon > 0 && tokens[colon - 1]!.text === ')' ? partyStart(tokens, colon - 1, from) : colon
  const named = end === -1 ? undefined : subjectBefore(tokens, end, from)
  return named && named[1] === end && isNameLike(tokens, named) ? named : undefined
}

/** The `(` of a short parenthesis that closes at `close` (`(R-S.C.)`, `(D)`), or -1. */
function partyStart(tokens: readonly Token[], close: number, from: number): number {
  for (let index = close - 1; index >= Math.max(from, close - 6); index--) if (tokens[index]!.text === '(') return index
  return -1
}

/** `From Senator Vance:`, `From Bush's Facebook post:`: a sentence of just `From` and a name or a document before the colon. */
function fromLeadIn(tokens: readonly Token[], from: number, to: number): [number, number] | undefined {
  const colon = openingColon(tokens, to)
  if (colon === -1 || tokens[from]?.lower !== 'from' || !tokens[from + 1]?.capitalized) return undefined
  return phraseEnd(tokens, from + 1, colon) === colon && fitsSpeaker(tokens, from + 1, colon) ? [from + 1, colon] : undefined
}

// What a speaker gives in reply: `Clinton's response was:`.
const replyNouns = new Set(['response', 'reply', 'answer', 'retort', 'reaction', 'message', 'verdict', 'advice', 'explanation', 'comment', 'statement'])

/** `Clinton's response was:`, `The mayor's reply:`: a sentence of a possessor, a reply noun and maybe `was`, before the colon. */
function possessiveLeadIn(tokens: readonly Token[], from: number, to: number): [number, number] | undefined {
  // No colon (-1) leaves no room for an owner before the noun.
  let noun = openingColon(tokens, to) - 1
  if (tokens[noun]?.lower === 'was' || tokens[noun]?.lower === 'is') noun--
  if (noun - 1 < from || !replyNouns.has(tokens[noun]!.lower) || !tokens[noun - 1]!.possessive) return undefined
  return fitsSpeaker(tokens, from, noun) && tokens.slice(from, noun).every((token) => token.kind === 'word') ? [from, noun] : undefined
}

/** The name right after a cue that runs to the quote, past a closing comma or colon: `Said Comey,`. */
function subjectAfter(tokens: readonly Token[], start: number, to: number): [number, number] | undefined {
  const first = tokens[start]?.lower === 'the' ? tokens[start + 1] : tokens[start]
  if (!first?.capitalized) return undefined
  const end = phraseEnd(tokens, start, to)
  const rest = tokens.slice(end, to)
  // `Said Dorothy Poynter, who grew up with Ali, "…"`: an aside between the name and the quote.
  const aside = rest.length > 2 && rest[0]!.text === ',' && isAside(rest[1]!) && rest[rest.length - 1]!.text === ','
  if (!aside && !rest.every((token) => token.text === ',' || token.text === ':')) return undefined
  return [start, end]
}

/** Capitalized words that are not all common words: `Daron Shaw`, `HuffPollster`, not `Key Takeaways`. */
function isNameLike(tokens: readonly Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end)
  return words.every((token) => token.capitalized && !hasClass(token, Word.DateWord | Word.NotAName)) && words.some((token) => !isCommonWord(token.lower)) && words.some((token) => !isUpperCase(token.text))
}

// Conjunctions that may open a sentence before its subject: `But Sen. X said`, `And Skelly called`.
const conjunctions = new Set(['and', 'but', 'yet', 'so', 'or', 'then'])

// Words that open a sentence and are never its subject: `No wonder X said`, `Here, X wrote`.
const sentenceAdverbs = new Set(['no', 'yes', 'so', 'thus', 'here', 'there', 'hence', 'indeed', 'already', 'soon', 'quite', 'less', 'more', 'even'])

/**
 * A sentence's first word that is a common word and opens a phrase, not a
 * subject: `Responding to the remarks,`, `Later in the summer,`,
 * `Additionally,`, `No wonder`; but not `Trump told` or `Bush has said`.
 */
function isOpener(tokens: readonly Token[], index: number, plainly = false): boolean {
  const token = tokens[index]!
  if (!token.sentenceStart || !token.capitalized || hasClass(token, Word.Determiner | Word.SubjectPronoun | Word.TitleModifier | Word.Role) || !isCommonWord(token.lower)) return false
  if (hasClass(token, Word.LeadIn | Word.FunctionWord) || sentenceAdverbs.has(token.lower) || /(?:ing|ly)$/.test(token.lower)) return true
  // Otherwise only its place says so (`Holding open a book,`); `Smith, delivering the speech,` may be a name.
  if (plainly) return false
  // Every caller asks about a word before a cue, so a next token exists.
  const next = tokens[index + 1]!
  return next.text === ',' || (next.kind === 'word' && !next.capitalized && cueLength(tokens, index + 1) === 0 && !isAdverb(next))
}

/**
 * The name or pronoun right before the cue at `cue` (past adverbs such as
 * `reportedly` or `has`), not before `floor`: `and Clinton said`, `then she wrote`.
 */
function subjectBefore(tokens: readonly Token[], cue: number, floor: number): [number, number] | undefined {
  let end = cue
  while (end > floor && isAdverb(tokens[end - 1]!)) end--
  if (end - 1 < floor) return undefined
  // A mark before the cue gives no name below: no word is taken, so start stays at end.
  const last = tokens[end - 1]!
  if (hasClass(last, Word.SubjectPronoun) && !last.capitalized) return [end - 1, end]
  let start = end
  // `As Michael Dell said`: a capitalized function word that opens the sentence is no part of the name.
  const inSubject = (token: Token) => token.capitalized && !(hasClass(token, Word.FunctionWord | Word.LeadIn) && !hasClass(token, Word.Determiner))
  while (start > floor && inSubject(tokens[start - 1]!) && end - start < 4) start--
  // `the Harlan Gazette's Otto Brandt puts it`: an owner's name before the speaker's, with its article.
  while (start > floor && inSubject(tokens[start - 1]!) && end - start < 6 && tokens.slice(start - 1, end).some((token) => token.possessive)) start--
  if (start > floor && tokens[start - 1]!.lower === 'the' && tokens.slice(start, end).some((token) => token.possessive)) start--
  // `a spokesperson for the Health Department called`: a name after a preposition is no subject.
  const before = tokens[start - 1]
  // Nor is the end of a longer name: `Health and Human Services`.
  const inName = before !== undefined && isNameJoiner(before) && tokens[start - 2]?.capitalized === true
  if (start === end || inName || isOpener(tokens, start) || (before && (hasClass(before, Word.Preposition | Word.Article) || before.possessive))) return undefined
  return [start, end]
}

/**
 * Whether tokens `[start, end)` are short enough to be a speaker: eight
 * tokens, or up to a dozen when they are one official name (`the U.S.
 * Attorney's Office for the Western District of Missouri`).
 */
function fitsSpeaker(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start <= maxSpeakerWords) return true
  if (end - start > maxSpeakerWords + 5) return false
  const first = tokens[start]!.lower === 'the' ? start + 1 : start
  if (!tokens[first]?.capitalized || !tokens[end - 1]!.capitalized) return false
  for (let index = first; index < end; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !(token.capitalized || isNameJoiner(token))) return false
  }
  return true
}

/**
 * Whether tokens from `index` can name a speaker: a name, a pronoun, `the
 * mayor`, or a lower-case title before a name (`state Rep. X`, `coach X`).
 */
function isSpeakerStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return false
  if (token.capitalized || hasClass(token, Word.SubjectPronoun | Word.Determiner) || token.possessive) return true
  // `election law expert Rick Hasen`, `columnist Ai Jun`: lower-case words that run into a name.
  return (hasClass(token, Word.TitleModifier | Word.Role) && tokens.slice(index + 1, index + 4).some((next) => next.capitalized)) || (cueLength(tokens, index) === 0 && leadsToName(tokens, index, tokens.length))
}

/**
 * Whether tokens `[start, end)` before a cue are a clause of their own, not
 * its subject: `"…." And then Trump went fully on the attack, saying` (a
 * verb after the name), unlike `Smith on Monday said` or `Denver's mayor`.
 */
function isClause(tokens: readonly Token[], start: number, end: number): boolean {
  const stop = phraseEnd(tokens, start, end)
  const token = tokens[stop]!
  return stop < end && token.kind === 'word' && !token.capitalized && !hasClass(token, Word.Preposition | Word.CueAdverb | Word.Determiner) && !isAdverb(token)
}

/** A lower-case word between a subject and its verb: `reportedly`, `has`, `then`. */
function isAdverb(token: Token): boolean {
  return token.kind === 'word' && !token.capitalized && (hasClass(token, Word.CueAdverb) || (token.lower.endsWith('ly') && token.lower.length > 4))
}

/** An aside between a name and its verb: `a doctor at the clinic`, `who replaced Y`. */
function isAside(token: Token): boolean {
  return token.lower === 'a' || token.lower === 'an' || hasClass(token, Word.Relative)
}

/**
 * End of a name-like phrase: up to a comma, a sentence end, a quote mark, or a
 * verb-like lower-case word after the name (`Ron Thomas told …`).
 */
function phraseEnd(tokens: readonly Token[], start: number, to: number, lowerCaseAllowed = false): number {
  let end = start
  while (end < to && end - start < 14) {
    const token = tokens[end]!
    if (token.kind === 'punctuation') {
      if (token.text === '&' || token.text === '-') {
        end++
        continue
      }
      // A quoted nickname inside the name: `Guadalupe "Lupe" Ferrante-Ochoa`.
      const close = tokens[end + 2]
      if ('"“'.includes(token.text) && close && '"”'.includes(close.text) && tokens[end + 3]?.capitalized && tokens[end - 1]!.capitalized) {
        end += 3
        continue
      }
      break
    }
    // Lower-case words go on only in `the mayor`, `Denver's mayor`, a name's
    // particles, or titles before a name (`district transportation director X`).
    const inName = isNameJoiner(token) || hasClass(token, Word.NameParticle) || leadsToName(tokens, end, to)
    if (!lowerCaseAllowed && end > start && !token.capitalized && !hasClass(tokens[start], Word.Determiner) && !tokens[start]!.possessive && !inName) break
    // `a Police Department incident report said`: the document is part of the phrase, not its verb.
    const isCue = cueLength(tokens, end) > 0 && !isDocumentNoun(token.lower)
    if (!lowerCaseAllowed && end > start && !token.capitalized && (isCue || token.lower === 'who' || token.lower === 'that')) break
    end++
  }
  // `Jane Roe and others released this:`: a name never ends on a joiner.
  while (end > start + 1 && isNameJoiner(tokens[end - 1]!) && !tokens[end - 1]!.capitalized) end--
  return end
}

/**
 * A capitalized word, a determiner, a conjunction, or lower-case words that run into a name: `Trump`, `the
 * company`, `then Trump`, `state Sen. X`. Asked about a token before a cue or colon, so one that exists.
 */
function startsName(tokens: readonly Token[], index: number, to: number): boolean {
  const token = tokens[index]!
  return token.capitalized || hasClass(token, Word.Determiner) || conjunctions.has(token.lower) || leadsToName(tokens, index, to)
}

/** Lower-case words that run into a capitalized name within three words: `transportation director Wendell`. */
function leadsToName(tokens: readonly Token[], index: number, to: number): boolean {
  for (let ahead = index; ahead < Math.min(to, index + 4); ahead++) {
    const token = tokens[ahead]!
    if (token.kind !== 'word' || hasClass(token, Word.FunctionWord) || (ahead > index && cueLength(tokens, ahead) > 0)) return false
    if (token.capitalized) return ahead > index
  }
  return false
}

/**
 * `of`, `for`, `the`, `and`, `&`: joiners a speaker's name runs through (`on` ends a phrase: `the mayor on
 * Monday`). A name never ends on one (`said Johnson & partners`), nor starts after one (`Johnson & Johnson said`).
 */
function isNameJoiner(token: Token): boolean {
  return hasClass(token, Word.Joiner) && token.lower !== 'on'
}

function firstComma(tokens: readonly Token[], start: number, end: number): number {
  for (let index = start; index < end; index++) if (tokens[index]!.text === ',') return index
  return end
}
