import {isAscii} from '../input/ascii.js'
import {decodeLexicon} from './lexicon-data.js'
import {lexiconBytes} from './lexicon-file.js'
import type {WordTable} from './word-table.js'

/** Gender a given name usually has; `unknown` when it is used for both. */
export type Gender = 'female' | 'male' | 'unknown'

/** The word lists, indexed for lookups (packed: see word-table.ts). */
export interface Lexicon {
  readonly commonWords: WordTable
  readonly givenNames: WordTable
  /** Per given name (its index in `givenNames`): its gender as stored (lexicon-data.ts), plus {@link notGiven}. */
  readonly givenNameTags: Uint8Array
}

const notGivenNames = new Set(['north', 'south', 'east', 'west', 'port', 'lake', 'mount', 'fort', 'saint', 'new', 'old', 'upper', 'lower', 'central', 'grand', 'little', 'big', 'royal', 'national'])

// Given-name tags: the gender in the low bits (1 female, 2 male, 3 either), 8 for a name of other countries' lists only
// (lexicon-data.ts), and whether the name is in `notGivenNames`.
const notGiven = 4
const genders: readonly (Gender | undefined)[] = [undefined, 'female', 'male', 'unknown']

let loaded: Lexicon | undefined

/** Read `lexicon.data.bin` (built by scripts/build-lexicon.ts; see lexicon-file.ts) once, on first use, with no parsing. */
export function loadLexicon(): Lexicon {
  if (!loaded) {
    const {commonWords, givenNames, givenNameGenders} = decodeLexicon(lexiconBytes())
    const givenNameTags = givenNameGenders
    for (const word of notGivenNames) {
      const index = givenNames.indexOf(word)
      if (index !== -1) givenNameTags[index]! |= notGiven
    }
    loaded = {commonWords, givenNames, givenNameTags}
  }
  return loaded
}

/**
 * Whether a lower-case word is a common English word (`federal`, `hope`;
 * not `aurora`). A contraction counts by its first part (`we're`, `don't`).
 */
export function isCommonWord(lower: string): boolean {
  const words = (loaded ?? loadLexicon()).commonWords
  if (words.has(lower)) return true
  const apostrophe = lower.indexOf("'")
  return apostrophe > 0 && words.indexOfRange(lower, 0, apostrophe) !== -1
}

/** Gender of a given name (any case), or `undefined` if it is not a known given name. */
export function givenNameGender(name: string): Gender | undefined {
  const {givenNames, givenNameTags} = loaded ?? loadLexicon()
  // Most names are ASCII: looked up case-blind with no string made.
  if (isAscii(name)) {
    const index = givenNames.indexOfCaseBlind(name)
    // `West Colfax`, `North Platte`: compass words start places, not names.
    return index === -1 || (givenNameTags[index]! & notGiven) !== 0 ? undefined : genders[givenNameTags[index]! & 3]
  }
  const lower = name.toLowerCase()
  if (notGivenNames.has(lower)) return undefined
  let index = givenNames.indexOf(lower)
  // `Ramón` is `Ramon` in the lists.
  if (index === -1) index = givenNames.indexOf(lower.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
  return index === -1 ? undefined : genders[givenNameTags[index]! & 3]
}

/**
 * Whether a word (any case) is a given name in any list: the English lists
 * that {@link givenNameGender} reads, or those of other countries (`Juha`,
 * `Raniero`, `Marcio`), which tell where a name starts and that a name is
 * someone's, but are no evidence of a person alone.
 */
export function isGivenName(name: string): boolean {
  const {givenNames, givenNameTags} = loaded ?? loadLexicon()
  let index = isAscii(name) ? givenNames.indexOfCaseBlind(name) : givenNames.indexOf(name.toLowerCase())
  if (index === -1 && !isAscii(name)) index = givenNames.indexOf(name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
  return index !== -1 && (givenNameTags[index]! & notGiven) === 0 && !notGivenNames.has(name.toLowerCase())
}

// Given names that break the ending rule below.
const endingExceptions: ReadonlyMap<string, Gender> = new Map([
  ['luca', 'male'], ['joshua', 'male'], ['ezra', 'male'], ['nikita', 'unknown'], ['andrea', 'unknown'], ['dana', 'unknown'],
  ['sasha', 'unknown'], ['jamie', 'unknown'], ['mustafa', 'male'], ['elijah', 'male'], ['noah', 'male'], ['akira', 'unknown'],
  ['aja', 'unknown'], ['ira', 'male'], ['koa', 'male'], ['kota', 'male'], ['mika', 'unknown'], ['shota', 'male'], ['daisuke', 'male']
])

/**
 * Gender of a given name: from the lists, else from its ending, as in
 * Spanish, Italian and Slavic names (`Xiomara`, `Guadalupe`; `Arturo`).
 * `unknown` when neither tells.
 */
export function guessGender(name: string): Gender {
  const known = givenNameGender(name)
  if (known !== undefined) return known
  const lower = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  const exception = endingExceptions.get(lower)
  if (exception) return exception
  if (lower.length < 3) return 'unknown'
  if (lower.endsWith('a') || lower.endsWith('ette') || lower.endsWith('ine')) return 'female'
  if (lower.endsWith('o')) return 'male'
  return 'unknown'
}
