import {readFileSync} from 'node:fs'

/** Gender a given name usually has; `unknown` when it is used for both. */
export type Gender = 'female' | 'male' | 'unknown'

/** The word lists, indexed for lookups. */
export interface Lexicon {
  readonly commonWords: ReadonlySet<string>
  readonly givenNames: ReadonlyMap<string, Gender>
}

interface LexiconData {
  readonly commonWords: readonly string[]
  readonly femaleNames: readonly string[]
  readonly maleNames: readonly string[]
  readonly unisexNames: readonly string[]
}

const notGivenNames = new Set(['north', 'south', 'east', 'west', 'port', 'lake', 'mount', 'fort', 'saint', 'new', 'old', 'upper', 'lower', 'central', 'grand', 'little', 'big', 'royal', 'national'])

let loaded: Lexicon | undefined

/** Read `lexicon.data.json` (built by scripts/build-lexicon.ts) once, on first use. */
export function loadLexicon(): Lexicon {
  if (!loaded) {
    const data = JSON.parse(readFileSync(new URL('./lexicon.data.json', import.meta.url), 'utf8')) as LexiconData
    const givenNames = new Map<string, Gender>()
    for (const name of data.femaleNames) givenNames.set(name, 'female')
    for (const name of data.maleNames) givenNames.set(name, 'male')
    for (const name of data.unisexNames) givenNames.set(name, 'unknown')
    loaded = {commonWords: new Set(data.commonWords), givenNames}
  }
  return loaded
}

/**
 * Whether a lower-case word is a common English word (`federal`, `hope`;
 * not `aurora`). A contraction counts by its first part (`we're`, `don't`).
 */
export function isCommonWord(lower: string): boolean {
  const words = loadLexicon().commonWords
  if (words.has(lower)) return true
  const apostrophe = lower.indexOf("'")
  return apostrophe > 0 && words.has(lower.slice(0, apostrophe))
}

/** Gender of a given name (any case), or `undefined` if it is not a known given name. */
export function givenNameGender(name: string): Gender | undefined {
  const lower = name.toLowerCase()
  // `West Colfax`, `North Platte`: compass words start places, not names.
  if (notGivenNames.has(lower)) return undefined
  const names = loadLexicon().givenNames
  // `Ramón` is `Ramon` in the lists.
  const known = names.get(lower)
  // Most names are ASCII: only others pay for taking their accents off.
  return known !== undefined || isAscii(lower) ? known : names.get(lower.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 127) return false
  return true
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
