/**
 * What the words around a name say about it: a speech verb after it
 * (`Jurinsky said`) or before it (`said Jane Roe.`), an appositive or age
 * (`Hill, a doctor,`), and a region after a place (`Springfield, Ill.`).
 */
import {findCountry} from '../gazetteer/countries.js'
import {placeCandidates} from '../gazetteer/gazetteer.js'
import {findUsState} from '../gazetteer/us-states.js'
import {Word} from '../lexicon/word-classes.js'
import {givenNameGender, isCommonWord} from '../lexicon/words.js'
import {maxNameTokens} from './capitalized-runs.js'
import {type Token, hasClass} from './tokens.js'

/** A speech verb after the name ending at `end`: `Jurinsky said`, `Johnston also said`. */
export function hasSpeechVerbAfter(tokens: readonly Token[], end: number): boolean {
  let next = tokens[end]
  if (next && next.kind === 'word' && hasClass(next, Word.CueAdverb)) next = tokens[end + 1]
  return next !== undefined && next.kind === 'word' && hasClass(next, Word.SpeechVerb)
}

/** An appositive or age after the name: `Hill, a doctor,`, `Whitlock, 24,`, `Roe, who`. */
export function hasAppositive(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false
  const after = tokens[end + 1]
  return after !== undefined && (after.lower === 'who' || after.lower === 'a' || after.lower === 'an' || /^\d+$/.test(after.text))
}

/**
 * `said Jane Roe.` or `said Jane Roe, a spokeswoman`: a speech verb before
 * a name that ends the clause. Not `told X`: that names the listener.
 */
export function hasSpeakerBefore(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1]
  if (previous === undefined || previous.kind !== 'word' || !hasClass(previous, Word.SpeechVerb) || hasClass(previous, Word.ListenerVerb)) return false
  let end = first
  while (end < first + maxNameTokens && tokens[end]?.kind === 'word' && tokens[end]!.capitalized) end++
  const after = tokens[end]
  return after === undefined || (after.kind === 'punctuation' && ',.;:!?'.includes(after.text))
}

/** `Springfield, Ill.`: the state or country written after a place ending at `end`. */
export function regionAfter(tokens: readonly Token[], end: number): string | undefined {
  const comma = tokens[end]
  const next = tokens[end + 1]
  if (comma?.text !== ',' || !next || next.kind !== 'word' || !next.capitalized) return undefined
  const second = tokens[end + 2]
  // `W. Va.` is two tokens; only a state or country counts (`Hope, Jones said` has none).
  const region = second && second.kind === 'word' && second.text.endsWith('.') && next.text.length <= 2 ? next.text + ' ' + second.text : next.text
  if (findUsState(region) !== undefined || findCountry(region) !== undefined) return region
  // `Bradford, Ontario`, `Wainwright, Alta.`: a province abroad, when its name is no word or given name (`Western`, `Victoria`).
  if (isCommonWord(region.toLowerCase()) || givenNameGender(region) !== undefined) return undefined
  return placeCandidates(region).some((place) => place.kind === 'division' && place.admin1 === undefined) ? region : undefined
}
