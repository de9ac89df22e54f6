// Prints the JSON-LD of an example article, as a CMS build would make it.
// Run: npm run example [-- path/to/article]
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {articleToJsonLd} from 'newsroom-jsonld'

const path = process.argv[2] ?? new URL('articles/lakewood-water-rates.txt', import.meta.url).pathname
const newsroom = JSON.parse(await readFile(new URL('newsroom.json', import.meta.url), 'utf8'))
const file = new VFile({path, value: await readFile(path, 'utf8')})
const {jsonld, messages} = articleToJsonLd(file, newsroom)

for (const message of messages) console.error(String(message))
console.log(JSON.stringify(jsonld, undefined, 2))
