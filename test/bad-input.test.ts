import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, serializeJsonLd} from '../src/index.js'

/** Output must never hold empty or broken values (plain checks: fast on huge graphs). */
function expectClean(value: unknown, path = '$'): void {
  if (value === null || value === undefined) throw new Error('Unexpected ' + String(value) + ' at ' + path)
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Unexpected ' + value + ' at ' + path)
  if (typeof value === 'string' && (value.length === 0 || value.includes('Invalid Date'))) throw new Error('Unexpected `' + value + '` at ' + path)
  if (Array.isArray(value)) {
    if (value.length === 0) throw new Error('Unexpected empty array at ' + path)
    value.forEach((item, index) => expectClean(item, path + '[' + index + ']'))
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectClean(item, path + '.' + key)
  }
}

function expectValid(input: string | Uint8Array) {
  const result = articleToJsonLd(input)
  expect(result.jsonld['@context']).toBe('https://schema.org')
  // Whatever the input, one page, and at most one article on it.
  const types = result.jsonld['@graph'].map((node) => (node as {'@type'?: unknown})['@type'])
  expect(types.filter((type) => type === 'NewsArticle').length).toBeLessThanOrEqual(1)
  expect(types.filter((type) => type === 'WebPage')).toHaveLength(1)
  expectClean(result.jsonld)
  expect(JSON.parse(serializeJsonLd(result.jsonld))).toEqual(result.jsonld)
  return result
}

describe('bad input', () => {
  test('empty input is an error message, with valid output', () => {
    const result = expectValid('')
    expect(result.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['empty-article', true]])
  })

  test('white space only', () => {
    expect(expectValid(' \n\t\n ').messages[0]?.ruleId).toBe('empty-article')
  })

  test('binary garbage', () => {
    const bytes = new Uint8Array(4096)
    let seed = 7
    for (let index = 0; index < bytes.length; index++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      bytes[index] = seed % 256
    }
    expectValid(bytes)
  })

  test('a 5 MB article', () => {
    const paragraph = 'DENVER (KDVR) — "We are ready," Mayor Ana Ruiz said. The city of Aurora & Denver agreed.\n\n'
    const result = expectValid('Big story\n\n' + paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)))
    expect(result.article.wordCount).toBeGreaterThan(800_000)
  })

  test('CRLF and a BOM give the same article as LF', () => {
    const lf = 'Headline\n\nDENVER (KDVR) — Story.\n\nMore.'
    const crlf = '\uFEFF' + lf.replaceAll('\n', '\r\n')
    expect(expectValid(crlf).jsonld).toEqual(expectValid(lf).jsonld)
  })

  test('non-English text', () => {
    const result = expectValid('Возвращение домой\n\nКИЕВ, Украина (AP) — «Мы вернулись», сказала она.\n\n北京 — 这是一个测试。')
    expect(result.article.headline?.text).toBe('Возвращение домой')
    expect(result.article.dateline).toMatchObject({city: 'Киев', region: 'Украина', source: 'AP'})
  })

  test('a frontmatter fence that never closes is text', () => {
    expectValid('---\ntitle: never closed\n\nBody.')
  })

  test('YAML bombs are refused', () => {
    // Each anchor repeats the previous one nine times: 9^10 values when expanded.
    const lines = ['---', 'a0: &a0 [x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 10; level++) lines.push(`a${level}: &a${level} [${Array(9).fill('*a' + (level - 1)).join(', ')}]`)
    const bomb = [...lines, '---', '', 'Body.'].join('\n')
    const result = expectValid(bomb)
    expect(result.messages.some((message) => message.ruleId === 'invalid-frontmatter')).toBe(true)
  })

  test('arbitrary strings never throw and always give clean, serializable output (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), (input) => {
        expectValid(input)
      }),
      {numRuns: 400}
    )
  })

  test('arbitrary article-shaped input (property)', () => {
    const line = fc.oneof(
      fc.string({maxLength: 60}),
      fc.constantFrom('---', '# Title', '> "Quote," she said.', 'By Jane Doe', 'DENVER (AP) —', 'title: x', 'date: 2026-02-30', 'author: [', '', '“', '"', '___')
    )
    fc.assert(
      fc.property(fc.array(line, {maxLength: 25}), fc.constantFrom('auto', 'markdown', 'text', 'html'), (lines, format) => {
        const result = articleToJsonLd(lines.join('\n'), {format: format as 'auto'})
        expectClean(result.jsonld)
        expect(JSON.parse(serializeJsonLd(result.jsonld))).toEqual(result.jsonld)
      }),
      {numRuns: 400}
    )
  })

  test('any frontmatter value in any field never breaks the output (property)', () => {
    const keys = ['title', 'subtitle', 'description', 'url', 'canonical', 'date', 'updated', 'author', 'publisher', 'image', 'section', 'tags', 'language', 'isAccessibleForFree', 'paywallSelector', 'dateline', 'type']
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({maxDepth: 3})), (metadata) => {
        const result = articleToJsonLd('Headline\n\nText.', {metadata})
        expectClean(result.jsonld)
      }),
      {numRuns: 400}
    )
  })

  test('output is deterministic', () => {
    const input = '---\ntitle: A\nurl: https://e.com/a\nauthor: [Jane Doe, John Roe]\n---\n\nDENVER (AP) — Text.'
    expect(serializeJsonLd(articleToJsonLd(input).jsonld)).toBe(serializeJsonLd(articleToJsonLd(input).jsonld))
  })
})
