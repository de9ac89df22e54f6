// What fuzzing every entry point found (test/fuzz.test.ts, #13), each kept as a case that failed before its fix.
import {expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

const placed = (input: string, options = {}) =>
  articleToJsonLd(input, options).messages.map((message) => [message.ruleId, message.line, message.column])

test('messages about something missing from the whole article are placed at its start (they had no line or column)', () => {
  expect(placed('\n\n')).toContainEqual(['empty-article', 1, 1])
  expect(placed('\n\nThe ', {format: 'markdown'})).toContainEqual(['no-headline', 1, 1])
  expect(placed('Headline\n\nText.', {format: 'text'})).toContainEqual(['missing-url', 1, 1])
})

test('a message about a field read from an HTML page points at the element it came from (it had no place)', () => {
  const page = '<!doctype html><html><head><title>T</title>\n<meta property="article:published_time" content="0000-01-01">\n  <link rel="canonical" href="ftp://x">\n</head><body><h1>Headline</h1><p>Text.</p></body></html>'
  const messages = placed(page, {format: 'html'})
  expect(messages).toContainEqual(['unreadable-date', 2, 1])
  expect(messages).toContainEqual(['unreadable-url', 3, 3])
})

test('a message about an HTML field is placed by its offset: parse5 counts a line too many after `&`s and a line break in <title>', () => {
  const page = '<!doctype html><html><head><title>' + '&'.repeat(100) + '\n</title><meta property="article:published_time" content="0000-01-01"></head><body><h1>H</h1><p>Text.</p></body></html>'
  expect(placed(page, {format: 'html'})).toContainEqual(['unreadable-date', 2, 9])
})

test('a paragraph whose lone CR the HTML parser turned into LF still has a place (a message about it had none)', () => {
  expect(placed('x \r The\n', {format: 'html', rules: {'missing-dateline': 'warning'}})).toContainEqual(['missing-dateline', 1, 1])
})

test('a frontmatter key that is no plain name is ignored with a message at its place (it was reported as multi-line YAML, unplaced)', () => {
  const result = articleToJsonLd('---\ntitle: Kept\n? [a]: x\n---\n\nText.')
  expect(result.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toContainEqual([
    'invalid-frontmatter',
    3,
    3,
    'Unexpected frontmatter key that is not a plain name, expected `key: value` lines such as `title: …`; ignored'
  ])
  expect(result.article.metadata.headline).toBe('Kept')
})
