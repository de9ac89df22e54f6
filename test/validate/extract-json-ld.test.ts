import {describe, expect, test} from 'vitest'
import {toScriptTag} from '../../src/serialize/json-ld.js'
import {extractJsonLd, parseJson} from '../../src/validate/page/extract-json-ld.js'
import {advance} from '../../src/validate/page/script-text.js'

const article = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Rates rise'}

describe('extractJsonLd', () => {
  test('finds every block in page order, with the position of its start tag', () => {
    const html = [
      '<!doctype html>',
      '<html><head>',
      '  <script type="application/ld+json">{"@type": "WebSite"}</script>',
      '  <script>var ignored = 1</script>',
      '</head><body><p>Text</p><script type="application/ld+json">',
      JSON.stringify(article),
      '</script></body></html>'
    ].join('\n')
    expect(extractJsonLd(html)).toEqual([
      {value: {'@type': 'WebSite'}, line: 3, column: 3},
      {value: article, line: 5, column: 25}
    ])
  })

  test('returns nothing for a page without JSON-LD', () => {
    expect(extractJsonLd('<p>Nothing here</p><script src="app.js"></script>')).toEqual([])
    expect(extractJsonLd('')).toEqual([])
  })

  test('reports malformed JSON at its line and column in the page', () => {
    const html = ['<html><head>', '<script type="application/ld+json">', '{', '  "@type": "NewsArticle",', '  "headline": }', '</script>'].join('\n')
    const [block] = extractJsonLd(html)
    expect(block).toMatchObject({line: 2, column: 1, error: {line: 5, column: 15}})
    expect(block).not.toHaveProperty('value')
    expect(block?.error?.message).toMatch(/JSON/)
  })

  test('places errors that JSON.parse gives with a position', () => {
    // A trailing comma: "Expected double-quoted property name in JSON at position 9", the `}`.
    const [block] = extractJsonLd('<body><script type="application/ld+json">{"a": 1, }</script></body>')
    expect(block?.error).toMatchObject({line: 1, column: 42 + 9})
  })

  test('places an unterminated block and an empty one', () => {
    const [unterminated, empty] = extractJsonLd(
      '<script type="application/ld+json">{"a": [1, 2</script>\n<script type="application/ld+json"></script>'
    )
    expect(unterminated?.error).toMatchObject({line: 1, column: 47})
    expect(empty).toMatchObject({line: 2, column: 1, error: {line: 2, column: 36, message: 'Unexpected end of JSON input'}})
  })

  test('counts CRLF and CR as one line break each, and columns in UTF-16 code units', () => {
    // The error is the first character that cannot continue the JSON: the line break after `tru`.
    const crlf = '<script type="application/ld+json">\r\n{\r\n  "a": tru\r\n}</script>'
    expect(extractJsonLd(crlf)[0]?.error).toMatchObject({line: 3, column: 11})
    const cr = '<script type="application/ld+json">\r{\r  "a": nul\r}</script>'
    expect(extractJsonLd(cr)[0]?.error).toMatchObject({line: 3, column: 11})
    // "😀" is two code units, as editors count it.
    const emoji = '<script type="application/ld+json">{"😀": x}</script>'
    expect(extractJsonLd(emoji)[0]?.error).toMatchObject({line: 1, column: 36 + 7})
  })

  test.each([
    ['application/ld+json', true],
    ['APPLICATION/LD+JSON', true],
    ['Application/Ld+Json', true],
    ['application/ld+json; charset=utf-8', true],
    ['application/ld+json;profile="https://schema.org"', true],
    ['  application/ld+json  ', true],
    ['application/json', false],
    ['text/ld+json', false],
    ['application/ld+json+x', false],
    ['', false]
  ])('type %j is JSON-LD: %s', (type, isJsonLd) => {
    expect(extractJsonLd(`<script type='${type}'>{}</script>`)).toHaveLength(isJsonLd ? 1 : 0)
  })

  test('the type attribute is found among the others, wherever it stands', () => {
    expect(extractJsonLd('<script id="ld" nonce="n" type="application/ld+json">{}</script>')).toEqual([{value: {}, line: 1, column: 1}])
    expect(extractJsonLd('<script type="text/javascript" data-kind="application/ld+json">{}</script>')).toEqual([])
  })

  test('a script without type is JavaScript, not JSON-LD', () => {
    expect(extractJsonLd('<script>{}</script>')).toEqual([])
  })

  test('leaves out inert scripts inside <template>', () => {
    expect(extractJsonLd('<template><script type="application/ld+json">{}</script></template>')).toEqual([])
  })

  test('reads a `</script>`-escaped payload back losslessly', () => {
    const tricky = {...article, headline: 'x</script ><img src=x onerror=alert(1)> & </SCRIPT> <!-- -->'}
    const html = '<html><head>' + toScriptTag(tricky) + '</head><body><p>After</p></body></html>'
    expect(extractJsonLd(html)).toEqual([{value: tricky, line: 1, column: 13}])
    const handEscaped = '<script type="application/ld+json">{"headline": "a\\u003c/script>b"}</script>'
    expect(extractJsonLd(handEscaped)[0]?.value).toEqual({headline: 'a</script>b'})
  })

  test('an unescaped `</script >` ends the block early, as it does in a browser', () => {
    const html = '<script type="application/ld+json">{"headline": "x</script ><img src=x>"}</script>'
    const [block] = extractJsonLd(html)
    expect(block?.error).toMatchObject({line: 1, column: 36 + '{"headline": "x'.length})
  })

  test('keeps character references as written: scripts hold raw text', () => {
    expect(extractJsonLd('<script type="application/ld+json">{"name": "A &amp; B"}</script>')[0]?.value).toEqual({name: 'A &amp; B'})
  })
})

// The HTML parsing spec decides what text a script holds (https://html.spec.whatwg.org/multipage/parsing.html).
describe('extractJsonLd: text as the HTML parsing spec reads it', () => {
  test('CDATA inside <svg> is unwrapped: foreign content has CDATA sections', () => {
    const html = '<body><svg><script type="application/ld+json"><![CDATA[{"@type": "Thing"}]]></script></svg></body>'
    expect(extractJsonLd(html)).toEqual([{value: {'@type': 'Thing'}, line: 1, column: 12}])
  })

  test('CDATA in an HTML script is plain text, so the JSON breaks at its first character', () => {
    const [block] = extractJsonLd('<script type="application/ld+json"><![CDATA[{"@type": "Thing"}]]></script>')
    expect(block).not.toHaveProperty('value')
    expect(block?.error).toMatchObject({line: 1, column: 36})
  })

  test('CDATA split over lines in <svg> keeps the line count of the source for errors', () => {
    const html = '<svg><script type="application/ld+json"><![CDATA[\n{"@type": }\n]]></script></svg>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 2})
  })

  // The column of the first character of `needle` in the one-line `html`: where the error must be reported.
  const columnOf = (html: string, needle: string) => html.indexOf(needle) + 1

  test('an error after a CDATA opener in <svg> is placed at its character in the source, not 9 columns early', () => {
    const html = '<svg><script type="application/ld+json"><![CDATA[{"@type": "Thing",}]]></script></svg>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 1, column: columnOf(html, '}]]>')})
  })

  test('CDATA sections and text joined in <svg>: each marker is skipped, wherever the error falls', () => {
    const first = '<svg><script type="application/ld+json">{"a": <![CDATA[1, "b":]]> x}</script></svg>'
    expect(extractJsonLd(first)[0]?.error).toMatchObject({line: 1, column: columnOf(first, 'x}')})
    const second = '<svg><script type="application/ld+json"><![CDATA[{"a":]]><![CDATA[ x}]]></script></svg>'
    expect(extractJsonLd(second)[0]?.error).toMatchObject({line: 1, column: columnOf(second, 'x}')})
    const atStart = '<svg><script type="application/ld+json"><![CDATA[x]]></script></svg>'
    expect(extractJsonLd(atStart)[0]?.error).toMatchObject({line: 1, column: columnOf(atStart, 'x]]')})
  })

  test('an unfinished block in CDATA is placed where its text runs out, before the closing marker', () => {
    const html = '<svg><script type="application/ld+json"><![CDATA[{"a": 1]]></script></svg>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 1, column: columnOf(html, ']]>')})
  })

  test('after a comment or an element in <svg>, errors count the source they skip', () => {
    const html = '<svg><script type="application/ld+json">{"a": <!-- why -->1, <g>"b"</g> x}</script></svg>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 1, column: columnOf(html, 'x}')})
  })

  test('character references in <svg> are read as their characters, and errors after them count the source', () => {
    const html = '<svg><script type="application/ld+json">{"a": "1 &amp; 2 &#x26; 3", x}</script></svg>'
    const [block] = extractJsonLd(html)
    expect(block?.error).toMatchObject({line: 1, column: columnOf(html, 'x}')})
    expect(extractJsonLd(html.replace(', x', ''))[0]?.value).toEqual({a: '1 & 2 & 3'})
  })

  test('an error right after a comment is placed after the comment, and one before it before it', () => {
    const after = '<svg><script type="application/ld+json">{"a": 1, <!-- c -->x}</script></svg>'
    expect(extractJsonLd(after)[0]?.error).toMatchObject({line: 1, column: columnOf(after, 'x}')})
    const before = '<svg><script type="application/ld+json">{"a": x<!-- c -->}</script></svg>'
    expect(extractJsonLd(before)[0]?.error).toMatchObject({line: 1, column: columnOf(before, 'x<')})
  })

  test('MathML is foreign content too: its CDATA is unwrapped and counted', () => {
    const html = '<math><script type="application/ld+json"><![CDATA[{"a": x}]]></script></math>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 1, column: columnOf(html, 'x}')})
  })

  test('references are decoded only where the parser decodes them: in <svg> text, not in CDATA or an HTML script', () => {
    const html = '<script type="application/ld+json">{"a": "&amp;", x}</script>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 1, column: columnOf(html, 'x}')})
    const cdata = '<svg><script type="application/ld+json"><![CDATA[{"a": "&amp;", x}]]></script></svg>'
    expect(extractJsonLd(cdata)[0]?.error).toMatchObject({line: 1, column: columnOf(cdata, 'x}')})
  })

  test('in <svg>, an ampersand that starts no reference is one character, and one without its semicolon is decoded', () => {
    const bare = '<svg><script type="application/ld+json">{"a": "1 & 2", x}</script></svg>'
    expect(extractJsonLd(bare)[0]?.error).toMatchObject({line: 1, column: columnOf(bare, 'x}')})
    const legacy = '<svg><script type="application/ld+json">{"a": "1 &amp 2 &ampx", x}</script></svg>'
    expect(extractJsonLd(legacy.replace(', x', ''))[0]?.value).toEqual({a: '1 & 2 &x'})
    expect(extractJsonLd(legacy)[0]?.error).toMatchObject({line: 1, column: columnOf(legacy, 'x}')})
  })

  test('CRLF in <svg> CDATA ends one line: the error keeps its line and column', () => {
    const html = '<svg><script type="application/ld+json"><![CDATA[{\r\n  "a": x}]]></script></svg>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 2, column: 8})
  })

  test('an error in an HTML script after CRLF keeps its line and column', () => {
    const html = '<script type="application/ld+json">{\r\n  "a": x}</script>'
    expect(extractJsonLd(html)[0]?.error).toMatchObject({line: 2, column: 8})
  })

  test('a script in <svg> may hold comments and elements: only its text is the JSON, as in a browser', () => {
    const html = '<svg><script type="application/ld+json">{"@type": <!-- a note -->"Thing", <g>"name"</g>"x": 1}</script></svg>'
    expect(extractJsonLd(html)[0]?.value).toEqual({'@type': 'Thing', x: 1})
  })

  test('NUL in a script reads as U+FFFD, as a browser reads it', () => {
    expect(extractJsonLd('<script type="application/ld+json">{"name": "a\u0000b"}</script>')[0]?.value).toEqual({name: 'a\uFFFDb'})
  })

  test('NUL outside a string makes the JSON malformed, not the page unreadable', () => {
    const [block] = extractJsonLd('<script type="application/ld+json">{"name": "a"}\u0000</script>')
    expect(block?.error?.message).toMatch(/JSON/)
  })
})

// Blocks read from elsewhere (a crawl's raw script text) keep their line breaks: the HTML parser turns CRLF and CR
// into LF, these do not.
describe('parseJson', () => {
  test('the value, or the error placed from the start of the text', () => {
    expect(parseJson('{"a": 1}')).toEqual({value: {a: 1}})
    expect(parseJson('{"a": x}')).toMatchObject({error: {line: 1, column: 7}})
    const text = '{"a": x}'
    expect(parseJson(text, (offset) => advance({line: 4, column: 10}, text, offset))).toMatchObject({error: {line: 4, column: 16}})
  })

  test('LF, CRLF and CR each end one line; a CR before LF adds no column', () => {
    expect(parseJson('{\n"a": x}')).toMatchObject({error: {line: 2, column: 6}})
    expect(parseJson('{\r\n"a": x}')).toMatchObject({error: {line: 2, column: 6}})
    expect(parseJson('{\r"a": x}')).toMatchObject({error: {line: 2, column: 6}})
    expect(parseJson('{\r\r\n\n"a": x}')).toMatchObject({error: {line: 4, column: 6}})
    const text = '{"a":\r\n  x}'
    expect(parseJson(text, (offset) => advance({line: 3, column: 20}, text, offset))).toMatchObject({error: {line: 4, column: 3}})
  })

  test('an error JSON.parse gives no position for is found by scanning: the end of the text', () => {
    expect(parseJson('{"a": [1,\n2')).toMatchObject({error: {line: 2, column: 2}})
    expect(parseJson('')).toMatchObject({error: {line: 1, column: 1, message: 'Unexpected end of JSON input'}})
    expect(parseJson('', () => ({line: 2, column: 5}))).toMatchObject({error: {line: 2, column: 5}})
  })
})
