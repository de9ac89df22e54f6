import {describe, expect, test} from 'vitest'
import {findCountry} from '../gazetteer/countries.js'
import {findUsState} from '../gazetteer/us-states.js'
import {isDateOnly, parseDateline} from './dateline.js'

const isRegion = (region: string) => findUsState(region) !== undefined || findCountry(region) !== undefined

function parse(text: string) {
  const result = parseDateline(text, isRegion)
  return result && {text: result.text, city: result.city, region: result.region, source: result.source, rest: text.slice(result.bodyStart)}
}

describe('parseDateline', () => {
  test.each([
    ['DENVER, Co. (KDVR) - The city', 'DENVER, Co. (KDVR)', 'DENVER', 'Co.', 'KDVR'],
    ['AURORA, Colo. (AP) — Police said', 'AURORA, Colo. (AP)', 'AURORA', 'Colo.', 'AP'],
    ['SPRINGFIELD, Ill. (WCIA) -- Lawmakers', 'SPRINGFIELD, Ill. (WCIA)', 'SPRINGFIELD', 'Ill.', 'WCIA'],
    ['CHARLESTON, W.Va. — The state', 'CHARLESTON, W.Va.', 'CHARLESTON', 'W.Va.', undefined],
    ['BOISE, ID (KTVB) - A fire', 'BOISE, ID (KTVB)', 'BOISE', 'ID', 'KTVB'],
    ['Columbus, Ohio (WCMH) - Voters', 'Columbus, Ohio (WCMH)', 'Columbus', 'Ohio', 'WCMH'],
    ['SAVANNAH, Georgia (WTOC) — Crews', 'SAVANNAH, Georgia (WTOC)', 'SAVANNAH', 'Georgia', 'WTOC'],
    ['PORTLAND, Maine — Fishermen', 'PORTLAND, Maine', 'PORTLAND', 'Maine', undefined],
    ['KYIV, Ukraine (AP) — Drones', 'KYIV, Ukraine (AP)', 'KYIV', 'Ukraine', 'AP'],
    ['LONDON (Reuters) - Britain', 'LONDON (Reuters)', 'LONDON', undefined, 'Reuters'],
    ['OSLO — Norway', 'OSLO', 'OSLO', undefined, undefined],
    ['DENVER (KDVR) – Snow', 'DENVER (KDVR)', 'DENVER', undefined, 'KDVR'],
    ['WASHINGTON—The Senate', 'WASHINGTON', 'WASHINGTON', undefined, undefined],
    ['ST. LOUIS (AP) — The Cardinals', 'ST. LOUIS (AP)', 'ST. LOUIS', undefined, 'AP'],
    ['BOGOTÁ, Colombia (AFP) — Rain', 'BOGOTÁ, Colombia (AFP)', 'BOGOTÁ', 'Colombia', 'AFP'],
    ['MEXICO CITY (AP) — Mexico', 'MEXICO CITY (AP)', 'MEXICO CITY', undefined, 'AP'],
    ['Denver - Snow fell', 'Denver', 'Denver', undefined, undefined],
    ['MANCHESTER, England — United', 'MANCHESTER, England', 'MANCHESTER', 'England', undefined],
    ['PUEBLO, Colo., May 5, 2026 — Acme', 'PUEBLO, Colo., May 5, 2026', 'PUEBLO', 'Colo.', undefined],
    ['NEW YORK, Jan. 8, 2026 /PRNewswire/ — Acme', 'NEW YORK, Jan. 8, 2026 /PRNewswire/', 'NEW YORK', undefined, 'PRNewswire']
  ])('%j', (input, text, city, region, source) => {
    const result = parse(input)
    expect(result).toMatchObject({text, city, region, source})
    expect(result!.rest.startsWith(' ')).toBe(false)
  })

  test.each([
    ['Meanwhile — the council voted'],
    ['Mayor Mike Johnston — who took office in 2023 — said'],
    ['Police said - the suspect fled'],
    ['The city of Denver is preparing - or so it says'],
    ['Feb. 11, 2026 — The council'],
    ['A well-known Denver-area chef opened'],
    ['No dash at all in this paragraph.'],
    ['(AP) — Nothing before the source'],
    [''],
    ['—'],
    ['DENVER 2026 (KDVR) - digits are no place']
  ])('not a dateline: %j', (input) => {
    expect(parse(input)).toBeUndefined()
  })

  test('looks only at the start of the paragraph', () => {
    expect(parse('x'.repeat(200) + ' DENVER — late dash')).toBeUndefined()
  })
})

describe('isDateOnly', () => {
  test.each([['Feb. 11, 2026'], ['Wednesday, February 11, 2026'], ['Updated: 5:45 PM MT'], ['2026/02/11'], ['April 17, 2025, 9:42 p.m. MDT'], ['Posted 6:10 a.m. EST']])('%j', (text) => {
    expect(isDateOnly(text)).toBe(true)
  })

  test.each([['DENVER (KDVR) - Snow'], ['May the best team win'], ['']])('not %j', (text) => {
    expect(isDateOnly(text)).toBe(false)
  })
})
