import fc from 'fast-check'
import {parse} from 'parse5'
import {describe, expect, test} from 'vitest'
import {serializeJsonLd, toScriptTag} from './json-ld.js'

type HtmlNode = {nodeName: string; attrs?: Array<{name: string; value: string}>; childNodes?: HtmlNode[]; value?: string}

/** Every `script` element of a page, as an HTML5 parser sees it. */
function scripts(html: string): HtmlNode[] {
  const found: HtmlNode[] = []
  const walk = (node: HtmlNode) => {
    if (node.nodeName === 'script') found.push(node)
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parse('<!doctype html><html><head>' + html + '</head><body><p>after</p></body></html>') as unknown as HtmlNode)
  return found
}

function roundTrip(value: unknown, options?: Parameters<typeof toScriptTag>[1]): unknown {
  const found = scripts(toScriptTag(value, options))
  expect(found).toHaveLength(1)
  const text = (found[0]!.childNodes ?? []).map((child) => child.value ?? '').join('')
  return JSON.parse(text)
}

describe('serializeJsonLd', () => {
  test('escapes <, >, &, U+2028 and U+2029 as \\u sequences', () => {
    expect(serializeJsonLd({a: '<>&\u2028\u2029'})).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}')
  })

  test('indents when asked', () => {
    expect(serializeJsonLd({a: 1}, 2)).toBe('{\n  "a": 1\n}')
  })

  test.each([
    ['</script>'],
    ['</script >'],
    ['</SCRIPT/>'],
    ['</sCrIpT\t>'],
    ['<!--<script>'],
    ['-->'],
    ['<!-- </script> -->'],
    ['&lt;/script&gt;'],
    ['\u2028\u2029'],
    ['</script><img src=x onerror=alert(1)>']
  ])('a headline holding %j stays inside one script element', (headline) => {
    const value = {'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', headline}]}
    expect(roundTrip(value)).toEqual(value)
  })

  test('any JSON value survives the script element unchanged (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(roundTrip({data: value})).toEqual(JSON.parse(JSON.stringify({data: value})))
      }),
      {numRuns: 300}
    )
  })

  test('strings built from dangerous pieces survive (property)', () => {
    const piece = fc.constantFrom('<', '>', '/', 'script', 'SCRIPT', '!--', '-->', ' ', '\u2028', '&', '"', '\\', 'x')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}).map((pieces) => pieces.join('')), (headline) => {
        expect(roundTrip({headline})).toEqual({headline})
      }),
      {numRuns: 500}
    )
  })
})

describe('toScriptTag with a nonce', () => {
  /** The attributes of the one script element a page holds, as an HTML5 parser sees them. */
  function attributesOf(html: string): Record<string, string> {
    const found = scripts(html)
    expect(found).toHaveLength(1)
    return Object.fromEntries((found[0]!.attrs ?? []).map((attribute) => [attribute.name, attribute.value]))
  }

  test('writes the nonce attribute', () => {
    expect(toScriptTag({a: 1}, {nonce: 'r4nd0m+/_-=='})).toBe('<script type="application/ld+json" nonce="r4nd0m+/_-==">{"a":1}</script>')
    expect(toScriptTag({a: 1}, {nonce: undefined})).toBe('<script type="application/ld+json">{"a":1}</script>')
  })

  test.each([[''], ['" onload="alert(1)'], ['abc def'], ['abc>'], ["a'b"], ['a=b'], ['a===']])('rejects the nonce %j', (nonce) => {
    expect(() => toScriptTag({}, {nonce})).toThrow(/Unexpected nonce .*, expected a CSP nonce/)
  })

  test('no nonce breaks out of its attribute: it is rejected or read back unchanged (property)', () => {
    const piece = fc.constantFrom('"', "'", '>', '<', ' ', '=', '/', '+', '-', '_', '&', '\n', 'a', 'Z', '9', 'script')
    const nonce = fc.oneof(fc.string(), fc.base64String({minLength: 4}), fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join('')))
    fc.assert(
      fc.property(nonce, fc.jsonValue(), (value, data) => {
        let html: string
        try {
          html = toScriptTag({data}, {nonce: value})
        } catch {
          return
        }
        expect(attributesOf(html)).toEqual({type: 'application/ld+json', nonce: value})
        expect(roundTrip({data}, {nonce: value})).toEqual(JSON.parse(JSON.stringify({data})))
      }),
      {numRuns: 500}
    )
  })
})
