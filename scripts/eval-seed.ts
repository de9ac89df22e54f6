/**
 * Checks the story that started the project (../shared/seed/article.txt,
 * outside the repository: its text is not ours to copy) against what we
 * know it says. Tests never read it; this script skips with one line when
 * it is absent, as in a user's clone.
 * Run: npm run eval:seed
 */
import {existsSync, readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import {articleToJsonLd} from '../src/index.js'

const seed = new URL('../../shared/seed/article.txt', import.meta.url)

if (!existsSync(seed)) {
  console.log('eval:seed: skipped, no ../shared/seed/article.txt beside the repository')
  process.exit(0)
}

const {article, jsonld} = articleToJsonLd(readFileSync(seed, 'utf8'), {baseUrl: 'https://kdvr.example/news/'})
const names = jsonld['@graph'].map((node) => (node as {name?: string}).name)
const checks: Array<[string, unknown, unknown]> = [
  [
    'dateline',
    (({text, city, state, source, geonameId}) => ({text, city, state, source, geonameId}))(article.dateline ?? ({} as never)),
    {text: 'DENVER, Co. (KDVR)', city: 'Denver', state: 'CO', source: 'KDVR', geonameId: 5419384}
  ],
  [
    'quoted passages and speakers',
    article.quotations.flatMap((quotation) => quotation.parts.map((part) => [quotation.speaker?.name, part.text.slice(0, 24)])),
    [
      ['Danielle Jurinsky', 'I think it sends a very '],
      ['Jeanette Vizguerra', "I don't support these pe"],
      ['Mike Johnston', 'We think our values are '],
      ['Mike Johnston', 'We’re not going to be of'],
      ['Mike Johnston', 'We don’t ask your status']
    ]
  ],
  [
    'the mayor resolved by role',
    (({resolution, phrase}) => ({resolution, phrase: phrase?.text}))(
      article.quotations.find((quotation) => quotation.speaker?.name === 'Mike Johnston')?.speaker ?? ({} as never)
    ),
    {resolution: 'role', phrase: "Denver's mayor"}
  ],
  ['quoted terms', article.quotedTerms.map((term) => term.text), ['Operation Aurora']],
  [
    'people and organizations',
    article.entities.map((entity) => [entity.type, entity.name, entity.jobTitle, entity.alternateNames]),
    [
      ['Person', 'Mike Johnston', 'Mayor', []],
      ['Organization', 'U.S. Immigration and Customs Enforcement', undefined, ['Immigration and Customs Enforcement', 'ICE']],
      ['Person', 'Danielle Jurinsky', 'Councilmember', []],
      ['Person', 'Jeanette Vizguerra', undefined, []],
      ['Person', 'Kasia Kerridge', undefined, []],
      ['Organization', 'Metro Denver Sanctuary Coalition', undefined, []],
      ['Person', 'Trump', undefined, []],
      ['Organization', 'KDVR', undefined, ['FOX31']]
    ]
  ],
  [
    'places',
    article.places.map((place) => [place.name, place.geonameId]),
    [
      ['Denver', 5419384],
      ['Colorado', 5417618],
      ['Aurora', 5412347]
    ]
  ],
  ['no node named `Co.` or `Johnston`', names.filter((name) => name === 'Co.' || name === 'Johnston'), []]
]

let failed = 0
for (const [label, actual, expected] of checks) {
  const ok = isDeepStrictEqual(actual, expected)
  if (!ok) failed++
  console.log((ok ? 'ok    ' : 'FAILED') + ' ' + label + (ok ? '' : '\n  expected ' + JSON.stringify(expected) + '\n  actual   ' + JSON.stringify(actual)))
}
console.log(`eval:seed: ${checks.length - failed}/${checks.length} checks pass`)
process.exitCode = failed === 0 ? 0 : 1
