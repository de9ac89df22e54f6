import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {compareWithGold, type Gold} from '../scripts/gold-match.js'
import {articleToJsonLd} from '../src/index.js'

const page = `<!doctype html>
<html lang="en-US">
<head>
  <title>Lakewood delays water rate hike | KXYZ</title>
  <meta property="og:title" content="Lakewood delays water rate hike">
  <meta name="description" content="The council voted 6-5 to wait.">
  <link rel="canonical" href="https://news.example.com/lakewood-water">
  <meta property="article:published_time" content="2026-02-11T17:45:00-07:00">
  <meta name="author" content="Dana Whitcomb">
  <meta property="article:tag" content="water">
</head>
<body>
  <nav><a href="/">Home</a></nav>
  <article>
    <h1>Lakewood delays water rate hike</h1>
    <p class="byline">By Dana Whitcomb</p>
    <p>LAKEWOOD, Colo. (KXYZ) — The Lakewood City Council voted 6-5 to wait.</p>
    <p>&quot;Nobody wants to raise a bill,&quot; Mayor Rosalind Okafor said.</p>
    <p>Councilmember Tomas Reyes said the plan was <q>a spreadsheet with no phases in it</q>.</p>
    <blockquote><p>“We heard people tonight.”</p><p>— Mayor Rosalind Okafor</p></blockquote>
  </article>
  <footer>Copyright 2026 KXYZ</footer>
</body>
</html>
`

describe('HTML input', () => {
  test('reads the headline, byline, dateline, quotes and head metadata', () => {
    const {article, jsonld} = articleToJsonLd(page)
    expect(article.format).toBe('html')
    expect(article.headline?.text).toBe('Lakewood delays water rate hike')
    expect(article.byline?.authors.map((author) => author.name)).toEqual(['Dana Whitcomb'])
    expect(article.dateline).toMatchObject({text: 'LAKEWOOD, Colo. (KXYZ)', state: 'CO', geonameId: 5427946})
    expect(article.quotations.map((quotation) => [quotation.speaker?.name, quotation.text])).toEqual([
      ['Rosalind Okafor', 'Nobody wants to raise a bill'],
      ['Tomas Reyes', 'a spreadsheet with no phases in it'],
      ['Rosalind Okafor', 'We heard people tonight.']
    ])
    expect(jsonld['@graph'][0]).toMatchObject({
      headline: 'Lakewood delays water rate hike',
      description: 'The council voted 6-5 to wait.',
      url: 'https://news.example.com/lakewood-water',
      datePublished: '2026-02-11T17:45:00-07:00',
      keywords: ['water'],
      inLanguage: 'en-US'
    })
  })

  test('positions point into the page', () => {
    const {article} = articleToJsonLd(new VFile({path: 'page.html', value: page}))
    const quote = article.quotations[0]!.parts[0]!
    expect(quote.position?.start.line).toBe(18)
    expect(page.slice(quote.position!.start.offset!, quote.position!.end.offset!)).toBe('Nobody wants to raise a bill,')
  })

  test('the HTML and Markdown versions of an article give the same entities and quotations', () => {
    const folder = new URL('fixtures/local-aurora-water-rates/', import.meta.url)
    const text = readFileSync(new URL('input.txt', folder), 'utf8')
    const [headline, ...rest] = text.split('\n')
    const paragraphs = rest.filter((line) => line.trim().length > 0)
    const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
    const html = `<article><h1>${escape(headline!)}</h1>\n${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}</article>`
    const markdown = `# ${headline}\n\n${paragraphs.join('\n\n')}\n`
    const fromHtml = articleToJsonLd(html, {format: 'html'}).article
    const fromMarkdown = articleToJsonLd(markdown, {format: 'markdown'}).article
    const summary = (article: typeof fromHtml) => ({
      entities: article.entities.map((entity) => [entity.type, entity.name]),
      places: article.places.map((place) => place.geonameId),
      quotations: article.quotations.map((quotation) => [quotation.speaker?.name, quotation.text])
    })
    expect(summary(fromHtml)).toEqual(summary(fromMarkdown))
    // And both are right: every gold quote found, with its speaker.
    const gold = JSON.parse(readFileSync(new URL('gold.json', folder), 'utf8')) as Gold
    const {quotes} = compareWithGold(fromHtml, gold)
    expect([quotes.truePositives, quotes.speakersRight, quotes.predicted]).toEqual([gold.quotes.length, gold.quotes.length, gold.quotes.length])
  })

  test('broken HTML still gives an article', () => {
    const {article} = articleToJsonLd('<article><h1>Title</h1><p>"Unclosed," said Ann Lee <b>bold<div>', {format: 'html'})
    expect(article.headline?.text).toBe('Title')
    expect(article.quotations.map((quotation) => quotation.speaker?.name)).toEqual(['Ann Lee'])
  })
})

describe('rehypeNewsArticle', () => {
  test('runs the same extraction in a rehype pipeline and embeds the script in <head>', async () => {
    const {unified} = await import('unified')
    const {default: rehypeParse} = await import('rehype-parse')
    const {default: rehypeStringify} = await import('rehype-stringify')
    const {default: rehypeNewsArticle} = await import('../src/rehype.js')
    const file = await unified().use(rehypeParse).use(rehypeNewsArticle, {embed: true}).use(rehypeStringify).process(page)
    expect(file.data.newsArticle?.jsonld).toEqual(articleToJsonLd(page).jsonld)
    const output = String(file)
    const start = output.indexOf('<script type="application/ld+json">')
    expect(start).toBeGreaterThan(-1)
    expect(start).toBeLessThan(output.indexOf('</head>'))
    const json = output.slice(start + '<script type="application/ld+json">'.length, output.indexOf('</script>', start))
    expect(JSON.parse(json)).toEqual(file.data.newsArticle?.jsonld)
  })
})
