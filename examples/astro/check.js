// The example's test: the build wrote the article page with its JSON-LD in <head>,
// its date read in the newsroom's zone.
import assert from 'node:assert/strict'
import {readFile} from 'node:fs/promises'

const html = await readFile(new URL('dist/news/snow-routes/index.html', import.meta.url), 'utf8')
const head = html.slice(0, html.indexOf('</head>'))
const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)?.[1]
assert.ok(json, 'no JSON-LD script element in <head>')
const article = JSON.parse(json)['@graph'][0]
assert.equal(article['@type'], 'NewsArticle')
assert.equal(article.headline, 'Arvada adds two snowplow routes before the holiday storm')
assert.equal(article.datePublished, '2026-12-18T06:40:00-07:00')
console.log('astro: the page has its NewsArticle JSON-LD in <head>')
