// Both sides of each guard in quote-mark pairing: the possessive check, the reopen rule, single spans and their limits.
import {describe, expect, test} from 'vitest'
import {findQuoteSpans} from '../../src/extract/quote-marks.js'

function quoted(text: string) {
  return findQuoteSpans(text).map((span) => [text.slice(span.open + 1, span.close), span.closed, span.single])
}

describe('single-quoted spans: possessive or closing mark', () => {
  test.each([
    // `s'` + space + lower case, inside words that start in lower case: a possessive, the span goes on.
    ["a 'big plans for the Broncos' coach' here", [["big plans for the Broncos' coach", true, true]]],
    // Not after `s`: the mark closes.
    ["a 'big plans for the team' coach said", [['big plans for the team', true, true]]],
    // Followed by a capital: the mark closes.
    ["a 'big plans for the Broncos' Coach said", [['big plans for the Broncos', true, true]]],
    // Followed by punctuation: the mark closes.
    ["a 'big plans for the Broncos', he said", [['big plans for the Broncos', true, true]]],
    // Words that all start with a capital (a title): the mark closes even before a lower-case word.
    ["the album 'BiG PlaNs Broncos' is out", [['BiG PlaNs Broncos', true, true]]],
    // Only the first word in lower case still counts as a sentence.
    ["a 'big Plans For The Broncos' coach' here", [["big Plans For The Broncos' coach", true, true]]],
    // A lower-case word after a line break counts too.
    ["a 'Big\nplans for the Broncos' coach' here", [["Big\nplans for the Broncos' coach", true, true]]]
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })
})

describe('single-quoted spans: where they open and how long they run', () => {
  test.each([
    // Curly single marks outside double quotes are a span too.
    ['the album ‘Northern Lights’ is out', [['Northern Lights', true, true]]],
    ['the album ‘Northern Lights’, out now', [['Northern Lights', true, true]]],
    // A single opener needs a letter after it.
    ["the ‘ spaced’ word and '9 lives' here", []],
    // Two letters at least before the closer: `'ab'` is a span, `'n'` is not.
    ["say 'ab' twice", [['ab', true, true]]],
    ["rock 'n' roll", []],
    // A double mark before the closer ends the search (that mark then opens its own span).
    ["it 'was \"odd' here", [["odd' here", false, false]]],
    // An opener after a letter is an apostrophe.
    ["don't 'Go' now", [['Go', true, true]]]
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })

  test('a closer 79 characters after the opener counts, one 80 after does not', () => {
    const inside = (length: number) => "x '" + 'A'.repeat(length) + "' y"
    expect(quoted(inside(78))).toEqual([['A'.repeat(78), true, true]])
    expect(quoted(inside(79))).toEqual([])
  })
})

describe('a double opener before the closer reopens', () => {
  test.each([
    ['"First "Second" end', [['First ', false, false], ['Second', true, false]]],
    ['“First “Second” end', [['First ', false, false], ['Second', true, false]]],
    ['„Erst „Zweit“ Ende', [['Erst ', false, false], ['Zweit', true, false]]],
    ['«Un «Deux» fin', [['Un ', false, false], ['Deux', true, false]]],
    // Not where it cannot open (after a letter): the first span goes on.
    ['“It“s fine,” he said', [['It“s fine,', true, false]]],
    // Not where it also closes (after a dash, before a full stop): it closes instead.
    ['"Wait -". he said', [['Wait -', true, false]]],
    // `‹` and `»` do not reopen a `“` quote.
    ['“One ‹two› »three” end', [['One ‹two› »three', true, false]]]
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })
})

describe('double marks: which ones open', () => {
  test.each([
    // A closing-looking `”` or `»` opens only where an opener fits.
    ['a ”b” c', [['b', true, false]]],
    ['a”b c', []],
    ['x »Un« y', [['Un', true, false]]],
    // Openers after opening punctuation.
    ['(“In parentheses”)', [['In parentheses', true, false]]],
    ['—"After a dash"', [['After a dash', true, false]]],
    ['said:"Colon"', [['Colon', true, false]]],
    // A straight mark before a space does not open.
    ['a " b" c', []],
    ['a "\nb" c', []]
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })
})

describe('opening marks that open anywhere', () => {
  test.each([
    // `“`, `„` and `«` open even after a letter (a missing space in the copy); a straight mark does not.
    ['word“Quote” end', [['Quote', true, false]]],
    ['wort„Zitat“ Ende', [['Zitat', true, false]]],
    ['mot«Cite» fin', [['Cite', true, false]]],
    ['word"Quote" end', []],
    // No mark opens as the last character of the text.
    ['he said "', []],
    // A right single mark never opens a span, even where an opener fits.
    ['x ’Go’ now', []]
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })
})

describe('where a single-quoted span closes', () => {
  test.each([
    // After a space or line break: no closer.
    ["say 'ab ' twice", []],
    ["say 'ab\n' twice", []],
    // Before a letter or digit: no closer.
    ["say 'ab'c twice", []],
    ["say 'ab'9 twice", []],
    // At the end of the text, or before punctuation: a closer.
    ["say 'ab'", [['ab', true, true]]],
    ["say 'ab'; twice", [['ab', true, true]]],
    // A curly right mark closes too.
    ['say ‘ab’ twice', [['ab', true, true]]]
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })
})
