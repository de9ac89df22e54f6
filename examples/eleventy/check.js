// The example's test: the build wrote the article page with its JSON-LD in <head>.
import assert from 'node:assert/strict'
import {readFile} from 'node:fs/promises'

const html = await readFile(new URL('_site/articles/library-hours/index.html', import.meta.url), 'utf8')
const head = html.slice(0, html.indexOf('</head>'))
const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)?.[1]
assert.ok(json, 'no JSON-LD script element in <head>')
const article = JSON.parse(json)['@graph'][0]
assert.equal(article['@type'], 'NewsArticle')
assert.equal(article.headline, 'Westminster library extends weekend hours after survey')
assert.equal(article.datePublished, '2026-03-02T08:15:00-07:00')
console.log('eleventy: the page has its NewsArticle JSON-LD in <head>')
