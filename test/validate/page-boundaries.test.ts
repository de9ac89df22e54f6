// Guards and limits of the page readers, each on both sides: attribute tokens and element text, the microdata and
// RDFa nesting limits, itemref and id lookup, property order by place, values by element, vocabularies and prefixes,
// and what validatePage and checkPage give for a page (invalid JSON in full, the document count, the base URL).
import {parse} from 'parse5'
import {describe, expect, test} from 'vitest'
import {itemToJsonLd, locate} from '../../src/validate/page/html-item.js'
import {readMicrodata} from '../../src/validate/page/microdata.js'
import {readRdfaLite} from '../../src/validate/page/rdfa-lite.js'
import {checkPage, validatePage} from '../../src/validate/page/validate-page.js'

const page = (body: string) => parse('<!doctype html><html><head></head><body>\n' + body + '\n</body></html>', {sourceCodeLocationInfo: true})
const microdata = (body: string) => readMicrodata(page(body)).map((item) => itemToJsonLd(item).value)
const rdfa = (body: string) => readRdfaLite(page(body)).map((item) => itemToJsonLd(item).value)
const context = {'@context': 'https://schema.org'}

/** How many `subjectOf` levels a document nests. */
function depthOf(value: unknown): number {
  let depth = 0
  for (let node = value as Record<string, unknown> | undefined; node?.['subjectOf'] !== undefined; node = node['subjectOf'] as Record<string, unknown>) depth++
  return depth
}

describe('attributes and text', () => {
  test('tokens split on every HTML space character, without empty or repeated tokens', () => {
    const body = '<div itemscope itemtype=" https://schema.org/Thing\f"><span itemprop=" name\fname\r alternateName ">V</span></div>'
    expect(microdata(body)).toEqual([{...context, '@type': 'Thing', name: 'V', alternateName: 'V'}])
  })

  test('text is every descendant’s, in order, spaces made one and trimmed; comments are no text', () => {
    const body = '<div itemscope itemtype="https://schema.org/Thing"><p itemprop="name">\n A<!-- note --><b> B <i>C</i></b>\t\n D </p></div>'
    expect(microdata(body)).toEqual([{...context, '@type': 'Thing', name: 'A B C D'}])
  })
})

describe('microdata', () => {
  test('items nest 100 levels deep; the 101st is left out', () => {
    const nested = (levels: number) =>
      '<div itemscope itemtype="https://schema.org/Thing">' +
      '<div itemprop="subjectOf" itemscope itemtype="https://schema.org/CreativeWork">'.repeat(levels) +
      '<span itemprop="name">bottom</span>'
    const [deep] = microdata(nested(105))
    expect(depthOf(deep)).toBe(100)
    const [shallow] = microdata(nested(100))
    expect(depthOf(shallow)).toBe(100)
    let bottom = shallow as Record<string, unknown>
    while (bottom['subjectOf'] !== undefined) bottom = bottom['subjectOf'] as Record<string, unknown>
    expect(bottom).toEqual({'@type': 'CreativeWork', name: 'bottom'})
  })

  test('the first element with an id is the one itemref names; an item does not list itself', () => {
    const body = [
      '<p id="by"><span itemprop="author">First</span></p>',
      '<p id="by"><span itemprop="author">Second</span></p>',
      '<div id="self" itemscope itemtype="https://schema.org/Article" itemref="by self by"><span itemprop="headline">A</span></div>'
    ].join('\n')
    expect(microdata(body)).toEqual([{...context, '@type': 'Article', author: 'First', headline: 'A'}])
  })

  test('properties come in page order, itemref’d or not, by line and then column', () => {
    const body = [
      '<span id="early" itemprop="name">early</span>',
      '<div itemscope itemtype="https://schema.org/Thing" itemref="late early"><span itemprop="name">middle</span><span itemprop="name">middle 2</span></div>',
      '<span id="late" itemprop="name">late</span>'
    ].join('\n')
    expect(microdata(body)).toEqual([{...context, '@type': 'Thing', name: ['early', 'middle', 'middle 2', 'late']}])
    const sameLine = '<span id="a" itemprop="name">a</span><div itemscope itemref="b a"></div><span id="b" itemprop="name">b</span>'
    expect(microdata(sameLine)).toEqual([{...context, name: ['a', 'b']}])
  })

  test('an item that is a property value is not a top-level item', () => {
    const body = '<div itemscope itemtype="https://schema.org/Article"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann</span></div></div>'
    expect(microdata(body)).toEqual([{...context, '@type': 'Article', author: {'@type': 'Person', name: 'Ann'}}])
    // Its own itemprop makes it a value even with no item around it: it is no top-level item.
    expect(microdata('<div itemprop="author" itemscope><span itemprop="name">Ann</span></div>')).toEqual([])
  })

  test('property names: the type’s vocabulary up to its last slash or hash; names with a colon as written', () => {
    const body = [
      '<div itemscope itemtype="https://example.org/vocab#Thing other"><span itemprop="name">A</span></div>',
      '<div itemscope itemtype="Thing"><span itemprop="name">B</span><span itemprop="dc:title">C</span></div>'
    ].join('\n')
    expect(microdata(body)).toEqual([
      {...context, '@type': ['https://example.org/vocab#Thing', 'other'], 'https://example.org/vocab#name': 'A'},
      {...context, '@type': 'Thing', name: 'B', 'dc:title': 'C'}
    ])
  })

  test('values by element: URLs trimmed, content and value as written, datetime before text', () => {
    const body = [
      '<div itemscope itemtype="https://schema.org/Event">',
      '<link itemprop="url" href=" https://e.example/ ">',
      '<meta itemprop="name" content=" Gala ">',
      '<data itemprop="position" value=" 2 ">two</data>',
      '<time itemprop="startDate" datetime="">May 5</time>',
      '<time itemprop="endDate"> May 6 </time>',
      '</div>'
    ].join('\n')
    expect(microdata(body)).toEqual([{...context, '@type': 'Event', url: 'https://e.example/', name: ' Gala ', position: ' 2 ', startDate: '', endDate: 'May 6'}])
  })
})

describe('RDFa Lite', () => {
  test('resources nest as deep as written; past 100 levels a node keeps its type and drops its properties', () => {
    const nested = (levels: number) =>
      '<div vocab="https://schema.org/" typeof="Thing">' + '<div property="subjectOf" typeof="CreativeWork">'.repeat(levels) + '<span property="name">bottom</span>'
    const [deep] = rdfa(nested(103))
    expect(depthOf(deep)).toBe(101)
    let node = deep as Record<string, unknown>
    for (let level = 0; level < 100; level++) node = node['subjectOf'] as Record<string, unknown>
    expect(Object.keys(node)).toEqual(['@type', 'subjectOf'])
    expect(node['subjectOf']).toEqual({'@type': 'CreativeWork'})
  })

  test('a blank vocab resolves nothing; a typeof with no type is an untyped resource', () => {
    const body = '<div vocab=" " typeof=""><span property="name">x</span></div><div vocab="https://schema.org/" typeof=""><span property="name">y</span></div>'
    expect(rdfa(body)).toEqual([context, {...context, name: 'y'}])
  })

  test('href before src, trimmed; text when there is none', () => {
    const body = [
      '<div vocab="https://schema.org/" typeof="Thing">',
      '<a property="url" href=" https://e.example/a " src="https://e.example/b">x</a>',
      '<span property="name"> A  B </span>',
      '</div>'
    ].join('\n')
    expect(rdfa(body)).toEqual([{...context, '@type': 'Thing', url: 'https://e.example/a', name: 'A B'}])
  })

  test('prefixes: schema: by default in any case, declared ones inherited, IRIs whole, unknown CURIEs dropped', () => {
    const body = [
      '<div prefix="ex: https://example.org/" typeof="SCHEMA:Thing">',
      '  <div><span property="ex:tag schema:name">A</span></div>',
      '  <span property="urn:isbn:1 https://example.org/whole">B</span>',
      '</div>'
    ].join('\n')
    expect(rdfa(body)).toEqual([{...context, '@type': 'Thing', 'https://example.org/tag': 'A', name: 'A', 'https://example.org/whole': 'B'}])
  })

  test('a prefix declaration with a last name and no IRI, or an empty one, keeps what is inherited', () => {
    const body = '<div prefix="ex: https://example.org/"><div prefix="ex2:" typeof="ex:Thing"><span prefix="" property="ex:tag">A</span></div></div>'
    expect(rdfa(body)).toEqual([{...context, '@type': 'https://example.org/Thing', 'https://example.org/tag': 'A'}])
  })
})

describe('places in the page', () => {
  test('locate: the pointer, or its closest placed ancestor; nothing when nothing is placed', () => {
    const positions = new Map([
      ['', {line: 1, column: 1}],
      ['/a', {line: 2, column: 3}]
    ])
    expect(locate(positions, '/a')).toEqual({line: 2, column: 3})
    expect(locate(positions, '/a/b/c')).toEqual({line: 2, column: 3})
    expect(locate(positions, '/ab')).toEqual({line: 1, column: 1})
    expect(locate(new Map(), '/a/b')).toBeUndefined()
  })

  test('an IRI that is the schema.org namespace alone names no term, and stays whole', () => {
    const [item] = readMicrodata(page('<div itemscope itemtype="https://schema.org/Thing"><span itemprop="https://schema.org/">x</span></div>'))
    expect(itemToJsonLd(item!).value).toEqual({...context, '@type': 'Thing', 'https://schema.org/': 'x'})
  })
})

describe('validatePage and checkPage', () => {
  const shell = (body: string, head = '') => `<!doctype html>\n<html><head>${head}</head><body>\n${body}\n</body></html>`

  test('invalid JSON, in full', () => {
    const issues = validatePage(shell('<script type="application/ld+json">{"@type": }</script>'))
    expect(issues).toEqual([
      {
        severity: 'error',
        ruleId: 'invalid-json',
        message: expect.stringMatching(/^Unexpected invalid JSON \(.+\), expected a JSON-LD object$/),
        path: '',
        syntax: 'json-ld',
        line: 3,
        column: 46
      }
    ])
  })

  test('documents: every block, item and resource, malformed blocks included', () => {
    const body = [
      '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing", "name": "A"}</script>',
      '<script type="application/ld+json">{</script>',
      '<div itemscope itemtype="https://schema.org/Thing"><span itemprop="name">B</span></div>',
      '<div vocab="https://schema.org/" typeof="Thing"><span property="name">C</span></div>'
    ].join('\n')
    expect(checkPage(shell(body))).toEqual({issues: [expect.objectContaining({ruleId: 'invalid-json', line: 4})], documents: 4})
    expect(checkPage(shell('<p>none</p>'))).toEqual({issues: [], documents: 0})
  })

  test('issues in page order, by line and then column, whatever the syntax', () => {
    const body = [
      '<div itemscope itemtype="https://schema.org/Thing"><span itemprop="nam">x</span></div><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing", "nme": "y"}</script>',
      '<div vocab="https://schema.org/" typeof="Thing"><span property="nmae">z</span></div>'
    ].join('\n')
    expect(validatePage(shell(body)).map(({line, column, syntax, path}) => `${line}:${column} ${syntax} ${path}`)).toEqual([
      '3:52 microdata /nam',
      '3:87 json-ld /nme',
      '4:49 rdfa /nmae'
    ])
  })

  test('baseUrl wins over the canonical link; the canonical link’s address is trimmed', () => {
    const body = '<div itemscope itemtype="https://schema.org/WebPage"><a itemprop="url" href="/a">a</a></div>'
    const relative = (html: string, baseUrl?: string) => validatePage(html, baseUrl === undefined ? undefined : {baseUrl}).filter((issue) => issue.ruleId === 'relative-url').length
    expect(relative(shell(body, '<link rel="canonical" href=" https://news.example/x ">'))).toBe(0)
    expect(() => validatePage(shell(body, '<link rel="canonical" href="/x">'), {baseUrl: 'not a url'})).toThrow(/baseUrl/)
    expect(relative(shell(body, '<link rel="canonical" href="https://news.example/x">'), 'https://other.example/')).toBe(0)
    // A canonical link deeper in the page counts too.
    expect(relative(shell(body + '<div><link rel="canonical" href="https://news.example/x"></div>'))).toBe(0)
  })
})
