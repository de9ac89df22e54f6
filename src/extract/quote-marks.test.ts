import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {findQuoteSpans} from './quote-marks.js'

function quoted(text: string) {
  return findQuoteSpans(text).map((span) => [text.slice(span.open + 1, span.close), span.closed, span.single])
}

describe('findQuoteSpans', () => {
  test.each([
    ['"A," she said.', [['A,', true, false]]],
    ['“A,” she said. “B.”', [['A,', true, false], ['B.', true, false]]],
    ['“We think," the mayor said. "We’re not.', [['We think,', true, false], ['We’re not.', false, false]]],
    ['"A,” he said', [['A,', true, false]]],
    ['„Wir schaffen das“, sagte sie.', [['Wir schaffen das', true, false]]],
    ['«Nous sommes là», a-t-il dit.', [['Nous sommes là', true, false]]],
    ['"He told me, \'Go home,\'" she said.', [["He told me, 'Go home,'", true, false]]],
    ['"He told me, ‘Go home,’" she said.', [['He told me, ‘Go home,’', true, false]]],
    ['the album \'Northern Lights\' is out', [['Northern Lights', true, true]]],
    ["don't stop the Broncos' coach in the '90s or rock 'n' roll", []],
    ['Trump\'s "Operation Aurora" began', [['Operation Aurora', true, false]]],
    ['a 6"2 player', []],
    ['"Unclosed to the end', [['Unclosed to the end', false, false]]],
    ['"First "Second"', [['First ', false, false], ['Second', true, false]]]
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })

  test.each([
    // `continued`: the paragraph before left a quote open; a mark after `, ` closes it, the text before is quoted.
    ['we will win, "she said.', true, [['we will win, ', true, false]]],
    ['we will win? "Ana Ruiz asked. "Yes.', true, [['we will win? ', true, false], ['Yes.', false, false]]],
    ['we will win, "she said.', false, [['she said.', false, false]]],
    // (A paragraph that opens with a mark, or whose first mark follows no comma, starts its own quote.)
    ['"We will win, "she said.', true, [['We will win, ', false, false], ['she said.', false, false]]],
    ['She said "we will win.', true, [['we will win.', false, false]]],
    ['She said “we will win, "no doubt.', true, [['we will win, ', false, false], ['no doubt.', false, false]]]
  ])('%s (continued: %s)', (text, continued, expected) => {
    expect(findQuoteSpans(text, continued).map((span) => [text.slice(span.open + 1, span.close), span.closed, span.single])).toEqual(expected)
  })

  test('spans are ordered, disjoint and inside the text (property)', () => {
    const text = fc.array(fc.constantFrom('"', '“', '”', "'", '‘', '’', '«', '»', '„', ' ', 'a', 'B', '.', ',', '\\n'), {maxLength: 80}).map((chars) => chars.join(''))
    fc.assert(
      fc.property(text, (value) => {
        let last = -1
        for (const span of findQuoteSpans(value)) {
          expect(span.open).toBeGreaterThanOrEqual(last)
          expect(span.close).toBeGreaterThan(span.open)
          expect(span.close).toBeLessThanOrEqual(value.length)
          last = span.close
        }
      }),
      {numRuns: 1000}
    )
  })
})
