import {parse} from 'parse5'
import {describe, expect, test} from 'vitest'
import {itemToJsonLd} from '../../src/validate/page/html-item.js'
import {readMicrodata} from '../../src/validate/page/microdata.js'
import {readRdfaLite} from '../../src/validate/page/rdfa-lite.js'

const page = (body: string) => parse('<!doctype html><html><head></head><body>\n' + body + '\n</body></html>', {sourceCodeLocationInfo: true})
const microdata = (body: string) => readMicrodata(page(body)).map((item) => itemToJsonLd(item).value)
const rdfa = (body: string) => readRdfaLite(page(body)).map((item) => itemToJsonLd(item).value)

describe('microdata', () => {
  test('reads an item with nested items, schema.org IRIs as terms, one value bare and several as an array', () => {
    const body = [
      '<article itemscope itemtype="http://schema.org/NewsArticle" itemid="https://news.example/a">',
      '  <h1 itemprop="headline"> Council   votes\n on budget </h1>',
      '  <p itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Diaz</span></p>',
      '  <p itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Li Wei</span></p>',
      '</article>'
    ].join('\n')
    expect(microdata(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        '@id': 'https://news.example/a',
        headline: 'Council votes on budget',
        author: [
          {'@type': 'Person', name: 'Ana Diaz'},
          {'@type': 'Person', name: 'Li Wei'}
        ]
      }
    ])
  })

  test('takes each element’s value from the attribute the HTML standard names', () => {
    const body = [
      '<div itemscope itemtype="https://schema.org/NewsArticle">',
      '<meta itemprop="inLanguage" content="de">',
      '<link itemprop="mainEntityOfPage" href="https://news.example/a">',
      '<a itemprop="url" href=" https://news.example/a ">read</a>',
      '<img itemprop="thumbnailUrl" src="/t.jpg" alt="ignored">',
      '<object itemprop="discussionUrl" data="https://news.example/talk"></object>',
      '<data itemprop="wordCount" value="450">four hundred</data>',
      '<meter itemprop="commentCount" value="3" min="0" max="9">three</meter>',
      '<time itemprop="datePublished" datetime="2024-03-05T09:30:00Z">March 5</time>',
      '<time itemprop="dateModified">2024-03-06</time>',
      '<span itemprop="about keywords">Budget</span>',
      '</div>'
    ].join('\n')
    expect(microdata(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        inLanguage: 'de',
        mainEntityOfPage: 'https://news.example/a',
        url: 'https://news.example/a',
        thumbnailUrl: '/t.jpg',
        discussionUrl: 'https://news.example/talk',
        wordCount: '450',
        commentCount: '3',
        datePublished: '2024-03-05T09:30:00Z',
        dateModified: '2024-03-06',
        about: 'Budget',
        keywords: 'Budget'
      }
    ])
  })

  test('media elements give their src, trimmed; tokens split on any HTML white space', () => {
    const body = [
      '<div itemscope itemtype="https://schema.org/VideoObject">',
      '<video itemprop="contentUrl" src=" https://v.example/a.mp4 "><source itemprop="embedUrl" src="https://v.example/b.webm"></video>',
      '<audio itemprop="associatedMedia" src="https://v.example/a.mp3"></audio>',
      '<iframe itemprop="discussionUrl" src="https://v.example/talk"></iframe>',
      '<embed itemprop="thumbnailUrl" src="https://v.example/t.png">',
      '<map><area itemprop="url" href="https://v.example/area"></map>',
      '<span itemprop="name\talternateName\nheadline">V</span>',
      '</div>'
    ].join('\n')
    expect(microdata(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'VideoObject',
        contentUrl: 'https://v.example/a.mp4',
        embedUrl: 'https://v.example/b.webm',
        associatedMedia: 'https://v.example/a.mp3',
        discussionUrl: 'https://v.example/talk',
        thumbnailUrl: 'https://v.example/t.png',
        url: 'https://v.example/area',
        name: 'V',
        alternateName: 'V',
        headline: 'V'
      }
    ])
  })

  test('several types give an array; a schema.org IRI and its term name one property; another IRI stays whole', () => {
    const body = '<div itemscope itemtype="https://schema.org/NewsArticle https://schema.org/ReportageNewsArticle"><span itemprop="https://schema.org/headline headline">H</span><span itemprop="http://example.org/x">X</span></div>'
    expect(microdata(body)).toEqual([
      {'@context': 'https://schema.org', '@type': ['NewsArticle', 'ReportageNewsArticle'], headline: ['H', 'H'], 'http://example.org/x': 'X'}
    ])
  })

  test('an element without its attribute gives an empty value, not the text', () => {
    const body = '<div itemscope itemtype="https://schema.org/Article"><meta itemprop="name"><a itemprop="url">x</a><data itemprop="position">1</data></div>'
    expect(microdata(body)).toEqual([{'@context': 'https://schema.org', '@type': 'Article', name: '', url: '', position: ''}])
  })

  test('follows itemref, stops at loops, and leaves nested items’ properties to them', () => {
    const body = [
      '<div itemscope itemtype="https://schema.org/Article" itemref="byline loop">',
      '  <span itemprop="headline">A</span>',
      '  <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Org</span></div>',
      '</div>',
      '<p id="byline"><span itemprop="author">Ana Diaz</span></p>',
      '<div id="loop" itemprop="isPartOf" itemscope itemtype="https://schema.org/WebPage" itemref="loop"><span itemprop="name">P</span></div>'
    ].join('\n')
    expect(microdata(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: 'A',
        publisher: {'@type': 'Organization', name: 'Org'},
        author: 'Ana Diaz',
        isPartOf: {'@type': 'WebPage', name: 'P'}
      }
    ])
  })

  test('keeps properties of another vocabulary as IRIs, so they are not read as schema.org', () => {
    const body = '<div itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a itemprop="url" href="/a"><span itemprop="title">A</span></a></div>'
    expect(microdata(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'http://data-vocabulary.org/Breadcrumb',
        'http://data-vocabulary.org/url': '/a',
        'http://data-vocabulary.org/title': 'A'
      }
    ])
  })

  test('reads untyped items, and no items inside <template>', () => {
    expect(microdata('<div itemscope><span itemprop="name">X</span></div><template><div itemscope itemtype="https://schema.org/Thing"></div></template>')).toEqual([
      {'@context': 'https://schema.org', name: 'X'}
    ])
  })

  test('a page without items has none', () => {
    expect(microdata('<p itemprop="name">Stray property</p>')).toEqual([])
    expect(microdata('')).toEqual([])
  })

  test('places every node and value at its element', () => {
    const [item] = readMicrodata(page('<div itemscope itemtype="https://schema.org/Article">\n  <b itemprop="name">A</b><i itemprop="name">B</i></div>'))
    const {positions} = itemToJsonLd(item!)
    expect(Object.fromEntries(positions)).toEqual({
      '': {line: 2, column: 1},
      '/name': {line: 3, column: 3},
      '/name/0': {line: 3, column: 3},
      '/name/1': {line: 3, column: 27}
    })
  })
})

describe('RDFa Lite', () => {
  test('reads typed resources with vocab, nested typeof, content, datetime, href and resource references', () => {
    const body = [
      '<article vocab="https://schema.org/" typeof="NewsArticle" resource="#article">',
      '  <h1 property="headline">Council votes</h1>',
      '  <meta property="inLanguage" content="en">',
      '  <time property="datePublished" datetime="2024-03-05">March 5</time>',
      '  <a property="url" href="https://news.example/a">link</a>',
      '  <span property="publisher" resource="#org"></span>',
      '  <div property="author" typeof="Person"><span property="name">Ana Diaz</span></div>',
      '</article>'
    ].join('\n')
    expect(rdfa(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        '@id': '#article',
        headline: 'Council votes',
        inLanguage: 'en',
        datePublished: '2024-03-05',
        url: 'https://news.example/a',
        publisher: {'@id': '#org'},
        author: {'@type': 'Person', name: 'Ana Diaz'}
      }
    ])
  })

  test('resolves prefixes (schema: by default, others from prefix) and drops terms no vocabulary resolves', () => {
    const body = [
      '<div prefix="dc: http://purl.org/dc/terms/" typeof="schema:Article">',
      '  <span property="schema:name dc:title">A</span>',
      '  <span property="headline">dropped: no vocab</span>',
      '  <span property="og:title">dropped: unknown prefix</span>',
      '  <span property="https://schema.org/alternativeHeadline">B</span>',
      '</div>'
    ].join('\n')
    expect(rdfa(body)).toEqual([
      {'@context': 'https://schema.org', '@type': 'Article', name: 'A', 'http://purl.org/dc/terms/title': 'A', alternativeHeadline: 'B'}
    ])
  })

  test('leaves out properties of the page itself (Open Graph) and an emptied vocab', () => {
    const body = [
      '<meta property="og:title" content="Page">',
      '<div vocab="https://schema.org/"><span property="name">No subject</span>',
      '  <div vocab="" typeof="Thing"><span property="name">x</span></div>',
      '</div>'
    ].join('\n')
    expect(rdfa(body)).toEqual([{'@context': 'https://schema.org'}])
  })

  test('content wins over resource, resource over href and src, and datetime counts only on <time>', () => {
    const body = [
      '<div vocab="https://schema.org/" typeof="Article">',
      '  <a property="url" href="https://news.example/a" content="https://news.example/b" resource="#c">x</a>',
      '  <a property="sameAs" href="https://news.example/a" resource="#c">x</a>',
      '  <img property="thumbnailUrl" src=" /t.jpg ">',
      '  <time property="dateCreated">2024-03-05</time>',
      '  <span property="dateModified" datetime="2024-03-06">text</span>',
      '</div>'
    ].join('\n')
    expect(rdfa(body)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Article',
        url: 'https://news.example/b',
        sameAs: {'@id': '#c'},
        thumbnailUrl: '/t.jpg',
        dateCreated: '2024-03-05',
        dateModified: 'text'
      }
    ])
  })

  test('prefix declarations: pairs of `name:` and IRI, names in any case, a name without colon skipped', () => {
    const body = [
      '<div prefix="EX: https://example.org/ns# broken https://x.example/ sch:   https://schema.org/" typeof="sch:Article">',
      '  <span property="ex:tag">a</span><span property="broken:x">dropped</span><span property="sch:name">n</span>',
      '</div>'
    ].join('\n')
    expect(rdfa(body)).toEqual([{'@context': 'https://schema.org', '@type': 'Article', 'https://example.org/ns#tag': 'a', name: 'n'}])
  })

  test('a vocab with white space around it still resolves; a typeof inside a property-less typeof is its own resource', () => {
    const body = '<div vocab=" https://schema.org/ " typeof="WebPage"><div typeof="Person"><span property="name">A</span></div></div>'
    expect(rdfa(body)).toEqual([
      {'@context': 'https://schema.org', '@type': 'WebPage'},
      {'@context': 'https://schema.org', '@type': 'Person', name: 'A'}
    ])
  })

  test('a page without RDFa has none', () => {
    expect(rdfa('<p>Plain</p>')).toEqual([])
  })
})
