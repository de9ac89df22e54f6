// Both sides of the dateline scanner's guards: the credit between slashes or parentheses, its length, and the place's word count and length.
import {describe, expect, test} from 'vitest'
import {parseDateline} from '../../src/extract/dateline.js'

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
