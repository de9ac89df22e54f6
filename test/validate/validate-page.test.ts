import {describe, expect, test} from 'vitest'
import {validate} from '../../src/validate/validate.js'
import {checkPage, validatePage} from '../../src/validate/page/validate-page.js'

const shell = (body: string, head = '') => `<!doctype html>\n<html><head>${head}</head><body>\n${body}\n</body></html>`
const summary = (issues: ReturnType<typeof validatePage>) => issues.map(({ruleId, syntax, line, column, path}) => `${line}:${column} ${syntax} ${ruleId} ${path}`)

/** A well-formed microdata article, as a newsroom template writes it. */
const microdataArticle = [
  '<article itemscope itemtype="https://schema.org/NewsArticle" itemid="https://news.example/a#article">',
  '  <h1 itemprop="headline">Council votes on budget</h1>',
  '  <meta itemprop="datePublished" content="2024-03-05T09:30:00-05:00">',
  '  <meta itemprop="dateModified" content="2024-03-05T10:00:00-05:00">',
  '  <div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">',
  '    <link itemprop="url" href="https://news.example/a.jpg"><meta itemprop="width" content="1200"><meta itemprop="height" content="675">',
  '  </div>',
  '  <p itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="https://news.example/ana"><span itemprop="name">Ana Diaz</span></a></p>',
  '  <div itemprop="publisher" itemscope itemtype="https://schema.org/NewsMediaOrganization"><meta itemprop="name" content="The Example"></div>',
  '</article>'
].join('\n')

describe('validatePage', () => {
  test('a well-formed microdata article has no error or warning', () => {
    const issues = validatePage(shell(microdataArticle))
    expect(issues.filter((issue) => issue.severity !== 'info')).toEqual([])
  })

  test('places microdata issues at the element that holds the value', () => {
    const body = [
      '<div itemscope itemtype="https://schema.org/NewsArticle">',
      '  <h1 itemprop="headline">A</h1>',
      '  <time itemprop="datePublished" datetime="2024-13-01">soon</time>',
      '  <span itemprop="headlne">typo</span>',
      '  <div itemprop="image" itemscope itemtype="https://schema.org/imageObject"></div>',
      '</div>'
    ].join('\n')
    const issues = validatePage(shell(body)).filter((issue) => issue.severity === 'error')
    expect(summary(issues)).toEqual([
      '5:3 microdata invalid-date /datePublished',
      '6:3 microdata unknown-property /headlne',
      '7:3 microdata unknown-type /image/@type'
    ])
    expect(issues[1]).toMatchObject({actual: 'headlne', expected: 'headline', message: 'Unexpected unknown property `headlne`, expected `headline`'})
  })

  test('places RDFa Lite issues, and checks them with the same rules', () => {
    const body = [
      '<div vocab="https://schema.org/" typeof="NewsArticle">',
      '  <span property="headline">A</span>',
      '  <span property="author" typeof="Person"><span property="name">By Ana Diaz</span></span>',
      '  <img property="image" src="">',
      '</div>'
    ].join('\n')
    expect(summary(validatePage(shell(body)).filter((issue) => issue.severity !== 'info'))).toEqual([
      '5:43 rdfa author-name-prefix /author/name',
      '6:3 rdfa empty-image /image'
    ])
  })

  test('gives the same rules for microdata as for the JSON-LD it stands for', () => {
    const jsonld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A',
      author: {'@type': 'Person', name: 'Jane Doe und John Roe'},
      datePublished: '2024-03-05',
      image: {'@type': 'ImageObject'}
    }
    const body = [
      '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">A</span>',
      '<p itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe und John Roe</span></p>',
      '<meta itemprop="datePublished" content="2024-03-05">',
      '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"></div></div>'
    ].join('\n')
    const rulesOf = (issues: ReadonlyArray<{ruleId: string; path: string}>) => issues.map((issue) => issue.ruleId + ' ' + issue.path).sort()
    expect(rulesOf(validatePage(shell(body)))).toEqual(rulesOf(validate(jsonld)))
    expect(rulesOf(validate(jsonld))).toContain('image-without-url /image')
  })

  test('resolves references across JSON-LD, microdata and RDFa on one page', () => {
    const body = [
      '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage", "@id": "#page", "about": {"@id": "#article"}}</script>',
      '<div itemscope itemtype="https://schema.org/NewsArticle" itemid="#article"><span itemprop="headline">A</span><link itemprop="publisher" href="#org"></div>',
      '<div vocab="https://schema.org/" typeof="Organization" resource="#org"><span property="name">Org</span><span property="subjectOf" resource="#nowhere"></span></div>'
    ].join('\n')
    const references = validatePage(shell(body)).filter((issue) => issue.ruleId === 'unresolved-reference')
    expect(summary(references)).toEqual(['5:104 rdfa unresolved-reference /subjectOf'])
  })

  test('an issue another block’s check finds in a node of this block is reported, at this block, once', () => {
    const context = 'https://schema.org'
    const article = {
      '@context': context,
      '@type': 'NewsArticle',
      headline: 'A',
      datePublished: '2024-03-05T09:30:00Z',
      image: 'https://news.example/a.jpg',
      author: {'@id': '#jane'},
      publisher: {'@id': '#org'}
    }
    const people = {
      '@context': context,
      '@graph': [
        {'@type': 'Person', '@id': '#jane', name: 'By Jane Doe', url: 'https://news.example/jane'},
        {'@type': 'Organization', '@id': '#org', name: 'The Example', logo: 'https://news.example/logo.png'}
      ]
    }
    const block = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
    // Only the article's check reads the author's name: it was lost, as the person's block has no article.
    const issues = validatePage(shell(block(article) + '\n' + block(people)))
    expect(summary(issues)).toEqual(['4:1 json-ld author-name-prefix /@graph/0/name'])
    expect(issues[0]).toMatchObject({severity: 'warning', actual: 'By Jane Doe', expected: 'Jane Doe'})
    // In one block, the same issue at the same place.
    const together = {'@context': context, '@graph': [{...article, '@context': undefined}, ...people['@graph']]}
    expect(summary(validatePage(shell(block(together))))).toEqual(['3:1 json-ld author-name-prefix /@graph/1/name'])
    // About a whole block: its path is the block's root.
    const jane = {'@context': context, '@type': 'Person', '@id': '#jane', name: 'Jane Doe'}
    expect(summary(validatePage(shell(block(article) + '\n' + block(jane) + '\n' + block(people['@graph'][1]!))))).toContain('4:1 json-ld author-url ')
    // Found by both blocks' checks (two articles by the same author): once, where the name is.
    const second = {...article, headline: 'B', author: {'@type': 'Person', '@id': '#jane', name: 'By Jane Doe', url: 'https://news.example/jane'}}
    const both = validatePage(shell(block(article) + '\n' + block(second)))
    expect(summary(both.filter((issue) => issue.ruleId === 'author-name-prefix'))).toEqual(['4:1 json-ld author-name-prefix /author/name'])
    const thing = {'@context': context, '@type': 'Thing', '@id': '#thing', nam: 'x'}
    const page = shell(block({'@context': context, '@type': 'WebPage', about: {'@id': '#thing'}}) + '\n' + block(thing))
    expect(summary(validatePage(page))).toEqual(['4:1 json-ld unknown-property /nam'])
  })

  test('counts the documents of a page: blocks (malformed ones too), items and resources', () => {
    const body = [
      '<script type="application/ld+json">{"@type": }</script>',
      '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing", "nam": "x"}</script>',
      '<div itemscope itemtype="https://schema.org/Thing"><span itemprop="name">x</span></div>'
    ].join('\n')
    const {issues, documents} = checkPage(shell(body))
    expect(documents).toBe(3)
    expect(summary(issues)).toEqual(['3:46 json-ld invalid-json ', '4:1 json-ld unknown-property /nam'])
    expect(checkPage('').documents).toBe(0)
  })

  test('reports malformed JSON-LD where it breaks, and validates the rest of the page', () => {
    const body = '<script type="application/ld+json">{"@type": }</script>\n<div itemscope itemtype="https://schema.org/Thing"><span itemprop="nam">x</span></div>'
    const issues = validatePage(shell(body))
    expect(summary(issues)).toEqual(['3:46 json-ld invalid-json ', '4:52 microdata unknown-property /nam'])
    expect(issues[0]).toMatchObject({severity: 'error', message: expect.stringMatching(/^Unexpected invalid JSON \(.+\), expected a JSON-LD object$/)})
  })

  test('places JSON-LD issues at the block’s start tag', () => {
    const issues = validatePage(shell('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing", "nam": "x"}</script>'))
    expect(summary(issues)).toEqual(['3:1 json-ld unknown-property /nam'])
  })

  test('resolves relative URLs against baseUrl, else the canonical link, else warns', () => {
    const body = '<div itemscope itemtype="https://schema.org/WebPage"><a itemprop="url" href="/a">a</a></div>'
    const relative = (issues: ReturnType<typeof validatePage>) => issues.filter((issue) => issue.ruleId === 'relative-url').length
    expect(relative(validatePage(shell(body)))).toBe(1)
    expect(relative(validatePage(shell(body), {baseUrl: 'https://news.example/'}))).toBe(0)
    expect(relative(validatePage(shell(body, '<link rel="Canonical" href="https://news.example/x">')))).toBe(0)
    // The first canonical link counts, in a rel list too.
    expect(relative(validatePage(shell(body, '<link rel="alternate canonical" href="https://news.example/x"><link rel="canonical" href="/y">')))).toBe(0)
    expect(relative(validatePage(shell(body, '<link rel="canonical" href="/y"><link rel="canonical" href="https://news.example/x">')))).toBe(1)
    expect(relative(validatePage(shell(body, '<link rel="canonical">')))).toBe(1)
    // A relative canonical link is no base.
    expect(relative(validatePage(shell(body, '<link rel="canonical" href="/x">')))).toBe(1)
    // Only a link element with the canonical relation: not another link, not an anchor.
    expect(relative(validatePage(shell(body, '<link rel="stylesheet" href="https://cdn.example/s.css">')))).toBe(1)
    expect(relative(validatePage(shell('<a rel="canonical" href="https://news.example/x">x</a>' + body)))).toBe(1)
    expect(relative(validatePage(shell(body, '<link rel="stylesheet" href="https://cdn.example/s.css"><link rel="canonical" href="https://news.example/x">')))).toBe(0)
    // ASCII white space around the address is stripped, as browsers do; a no-break space is not white space to a URL.
    expect(relative(validatePage(shell(body, '<link rel="canonical" href=" https://news.example/x\n">')))).toBe(0)
    expect(relative(validatePage(shell(body, '<link rel="canonical" href="&nbsp;https://news.example/x">')))).toBe(1)
  })

  test('passes the profile through: schema.org leaves out Google’s rules', () => {
    const body = '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">A</span></div>'
    const groups = (profile: 'google' | 'schema.org') => validatePage(shell(body), {profile}).map((issue) => issue.ruleId)
    expect(groups('google')).toContain('missing-author')
    expect(groups('schema.org')).not.toContain('missing-author')
  })

  test('a page without structured data, or an empty string, has no issues', () => {
    expect(validatePage(shell('<p itemprop="name">x</p><meta property="og:title" content="x">'))).toEqual([])
    expect(validatePage('')).toEqual([])
  })

  test('never throws on hostile markup: deep nesting, itemref loops, NUL', () => {
    const deep = '<div itemscope itemtype="https://schema.org/Thing">'.repeat(1000) + '<span itemprop="name">\0</span>'
    const nested = '<div itemscope itemtype="https://schema.org/Thing">' + '<div itemprop="subjectOf" itemscope itemtype="https://schema.org/CreativeWork">'.repeat(300)
    const loop = '<div id="a" itemscope itemtype="https://schema.org/Thing" itemref="b"></div><div id="b" itemprop="subjectOf" itemscope itemref="a"></div>'
    expect(validatePage(deep).filter((issue) => issue.severity === 'error')).toEqual([])
    expect(validatePage(nested).filter((issue) => issue.severity === 'error')).toEqual([])
    // b's itemref leads back to a, which is not read again: b is an empty untyped item.
    expect(summary(validatePage(loop))).toEqual(['1:77 microdata missing-type /subjectOf', '1:77 microdata empty-value /subjectOf'])
  })
})
