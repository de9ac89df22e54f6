// Both sides of the dateline scanner's guards: the credit between slashes or parentheses, its length, and the place's word count and length.
import {describe, expect, test} from 'vitest'
import {isDateOnly, parseDateline} from '../../src/extract/dateline.js'

const regions = new Set(['Colo.', 'Calif.', 'Ohio'])
const isRegion = (region: string) => regions.has(region)
const read = (text: string) => {
  const dateline = parseDateline(text, isRegion)
  return dateline && {city: dateline.city, region: dateline.region, source: dateline.source, rest: text.slice(dateline.bodyStart)}
}

describe('parseDateline: a credit between slashes', () => {
  test.each([
    ['NEW YORK, Jan. 8, 2026 /PRNewswire/ — Acme', {city: 'NEW YORK', region: undefined, source: 'PRNewswire', rest: 'Acme'}],
    // Space inside the slashes and before them is trimmed.
    ['NEW YORK, Jan. 8, 2026 / PRNewswire / — Acme', {city: 'NEW YORK', region: undefined, source: 'PRNewswire', rest: 'Acme'}],
    ['NEW YORK   /PRNewswire/ — Acme', {city: 'NEW YORK', region: undefined, source: 'PRNewswire', rest: 'Acme'}],
    ['DENVER, Colo. /PRNewswire/ — Acme', {city: 'DENVER', region: 'Colo.', source: 'PRNewswire', rest: 'Acme'}],
    // One slash only: no credit, no dateline.
    ['NEW YORK PRNewswire/ — Acme', undefined],
    // Nothing between the slashes.
    ['NEW YORK // — Acme', undefined],
    ['NEW YORK / / — Acme', undefined],
    // A credit of 40 characters is read; one of 41 is not a credit.
    [`NEW YORK /${'W'.repeat(40)}/ — Acme`, {city: 'NEW YORK', region: undefined, source: 'W'.repeat(40), rest: 'Acme'}],
    [`NEW YORK /${'W'.repeat(41)}/ — Acme`, undefined]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('parseDateline: a credit in parentheses', () => {
  test.each([
    ['DENVER, Colo. (KDVR) — The city', {city: 'DENVER', region: 'Colo.', source: 'KDVR', rest: 'The city'}],
    ['DENVER ( KDVR ) — The city', {city: 'DENVER', region: undefined, source: 'KDVR', rest: 'The city'}],
    ['DENVER KDVR) — The city', undefined],
    ['DENVER () — The city', undefined],
    ['DENVER (a) b) — The city', undefined],
    [`DENVER (${'W'.repeat(40)}) — The city`, {city: 'DENVER', region: undefined, source: 'W'.repeat(40), rest: 'The city'}],
    [`DENVER (${'W'.repeat(41)}) — The city`, undefined]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('parseDateline: the place before the dash', () => {
  test.each([
    // Five capitalized words are a place name; six are a sentence.
    ['ONE TWO THREE FOUR FIVE — The story', {city: 'ONE TWO THREE FOUR FIVE', region: undefined, source: undefined, rest: 'The story'}],
    ['ONE TWO THREE FOUR FIVE SIX — The story', undefined],
    // Particles count as words and may be lower case.
    ['Stratford upon Avon, Ohio — The story', {city: 'Stratford upon Avon', region: 'Ohio', source: undefined, rest: 'The story'}],
    ['Stratford over Avon, Ohio — The story', undefined],
    // 40 characters at most.
    [`${'A'.repeat(40)} — The story`, {city: 'A'.repeat(40), region: undefined, source: undefined, rest: 'The story'}],
    [`${'A'.repeat(41)} — The story`, undefined],
    // Digits are no place.
    ['DENVER 2 — The story', undefined],
    // A known region, or a place name, after the comma.
    ['DENVER, Colo. — The story', {city: 'DENVER', region: 'Colo.', source: undefined, rest: 'The story'}],
    ['DENVER, police said — the suspect', undefined],
    // Nothing before the dash, or no dash at all.
    [' — The story', undefined],
    ['DENVER The story has no dash', undefined]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('parseDateline: the credit guards and what follows them', () => {
  test.each([
    // One slash only, in capitals: the text before it is no credit, so no dateline.
    ['NEW YORK PRN/ — Acme', undefined],
    // A later part that is neither a region nor a date rejects the dateline.
    ['DENVER, Colo., police said — the suspect', undefined],
    ['DENVER, Colo., May 5, 2026 — Acme', {city: 'DENVER', region: 'Colo.', source: undefined, rest: 'Acme'}],
    // A date as the second part is no region, and the rest must be dates too.
    ['DENVER, May 5, Colo. — Acme', undefined]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('parseDateline: an ISO date after the city (no dash needed)', () => {
  const full = (text: string) => {
    const dateline = parseDateline(text, isRegion)
    return dateline && {text: dateline.text, city: dateline.city, rest: text.slice(dateline.bodyStart)}
  }
  test.each([
    ['LIMA 1997-03-04 Peru — story', {text: 'LIMA 1997-03-04', city: 'LIMA', rest: 'Peru — story'}],
    ['LIMA 1997-03-04 - Peru', {text: 'LIMA 1997-03-04', city: 'LIMA', rest: 'Peru'}],
    ['NEW DELHI 1997-05-20', {text: 'NEW DELHI 1997-05-20', city: 'NEW DELHI', rest: ''}],
    // The date must end at a space or the end of the text.
    ['OSLO 1997-02-11T09:30 — Oil', undefined],
    // The city must be in capitals and a place name.
    ['Oslo 1997-02-11 Oil prices', undefined],
    ['OSLO 2 1997-02-11 Oil prices', undefined],
    // The date starts after a space, not inside a word.
    ['A OSLO/1997-02-11 Oil prices', undefined]
  ])('%j', (text, expected) => {
    expect(full(text)).toEqual(expected)
  })
})

describe('parseDateline: the wire credit between double hyphens', () => {
  const full = (text: string) => {
    const dateline = parseDateline(text, isRegion)
    return dateline && {text: dateline.text, city: dateline.city, region: dateline.region, source: dateline.source, rest: text.slice(dateline.bodyStart)}
  }
  // `DALLAS` and a run of date-only parts padded with spaces, so that `--(` starts at `offset`.
  const openingAt = (offset: number) => {
    const head = 'DALLAS, 1'
    return head + ' '.repeat(offset - head.length) + '--(BUSINESS WIRE)--Acme'
  }
  test.each([
    ['DALLAS--( BUSINESS WIRE )--  Acme', {text: 'DALLAS--( BUSINESS WIRE )', city: 'DALLAS', region: undefined, source: 'BUSINESS WIRE', rest: 'Acme'}],
    ['DALLAS, Ohio--(BUSINESS WIRE)--Acme', {text: 'DALLAS, Ohio--(BUSINESS WIRE)', city: 'DALLAS', region: 'Ohio', source: 'BUSINESS WIRE', rest: 'Acme'}],
    ['DALLAS, Ohio, May 5, 2026--(BUSINESS WIRE)--Acme', {text: 'DALLAS, Ohio, May 5, 2026--(BUSINESS WIRE)', city: 'DALLAS', region: 'Ohio', source: 'BUSINESS WIRE', rest: 'Acme'}],
    ['DALLAS, May 5--(BUSINESS WIRE)--Acme', {text: 'DALLAS, May 5--(BUSINESS WIRE)', city: 'DALLAS', region: undefined, source: 'BUSINESS WIRE', rest: 'Acme'}],
    // An unknown region, a part that is no date, a city in mixed case or with digits: none.
    ['DALLAS, Smith--(BUSINESS WIRE)--Acme', undefined],
    ['DALLAS, Ohio, police--(BUSINESS WIRE)--Acme', undefined],
    ['Dallas--(BUSINESS WIRE)--Acme', undefined],
    ['DALLAS 2--(BUSINESS WIRE)--Acme', undefined],
    // No closing `)--`.
    ['DALLAS--(BUSINESS WIRE) Acme', undefined],
    // A credit of 39 characters is read; one of 40 is not.
    [`DALLAS--(${'W'.repeat(39)})--Acme`, {text: `DALLAS--(${'W'.repeat(39)})`, city: 'DALLAS', region: undefined, source: 'W'.repeat(39), rest: 'Acme'}],
    [`DALLAS--(${'W'.repeat(40)})--Acme`, undefined],
    // `--(` at offset 80 is read; at 81 it is past the dateline.
    [openingAt(80), {text: openingAt(80).replace('--Acme', ''), city: 'DALLAS', region: undefined, source: 'BUSINESS WIRE', rest: 'Acme'}],
    [openingAt(81), undefined]
  ])('%j', (text, expected) => {
    expect(full(text)).toEqual(expected)
  })
})

describe('parseDateline: the dash', () => {
  // `DENVER, 1` (a city and a date-only part) padded with spaces, so that the dash sits at `offset`.
  const dashAt = (offset: number) => 'DENVER, 1' + ' '.repeat(offset - 9) + '— The story'
  test.each([
    // A hyphen counts only between spaces.
    ['DENVER- The story', undefined],
    ['DENVER -The story', undefined],
    ['DENVER -- The story', {city: 'DENVER', region: undefined, source: undefined, rest: 'The story'}],
    ['DENVER --The story', undefined],
    // The dash is looked for in the first 84 characters.
    [dashAt(83), {city: 'DENVER', region: undefined, source: undefined, rest: 'The story'}],
    [dashAt(84), undefined]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('parseDateline: capitals and words of the place', () => {
  test.each([
    // A word must start with a capital and hold letters only.
    ['mcALLEN, Colo. — The story', undefined],
    ['DENVER2, Colo. — The story', undefined],
    // All capitals needs two capitals in a row: one letter, or mixed case, is not.
    ['X — The story', undefined],
    ['DeWITT — The story', undefined],
    ['DE WITT — The story', {city: 'DE WITT', region: undefined, source: undefined, rest: 'The story'}]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('isDateOnly: limits', () => {
  test('50 characters at most', () => {
    expect(isDateOnly('1 '.repeat(25))).toBe(true)
    expect(isDateOnly('1 '.repeat(25) + '1')).toBe(false)
  })

  test.each([
    ['Feb. 11, 2026.', true],
    ['May 11th', true],
    ['May a11', false],
    ['May 11x', false]
  ])('%j', (text, expected) => {
    expect(isDateOnly(text)).toBe(expected)
  })
})
