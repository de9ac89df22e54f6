import {describe, expect, test} from 'vitest'
import {paragraph, placeMentions} from '../../test/helpers/place-mentions.js'
import {placeCandidates} from '../gazetteer/gazetteer.js'
import {articleToJsonLd} from '../index.js'
import {mentionOf} from './mention.js'
import type {ResolvedPlace} from './places.js'
import {withWrittenRegions} from './region-mentions.js'

const placesOf = (text: string) =>
  articleToJsonLd(text, {format: 'text'}).article.places.map((place) => `${place.name}: ${place.mentions.map((mention) => mention.text).join(' | ')}`)

describe('a region written after a town is a place the story names', () => {
  test('an AP state abbreviation becomes the state, mentioned where it is written', () => {
    const places = placesOf('Boat found\n\nA fisherman found the boat near Houma, La., on Sunday, and towed it to Morgan City.')
    expect(places).toContain('Louisiana: La.')
  })

  test('a two-word abbreviation: `W. Va.`', () => {
    expect(placesOf('Crews return\n\nLinemen from Beckley, W. Va., came home on Friday.')).toContain('West Virginia: W. Va.')
  })

  test('the state joins its own full-name mentions rather than making a second place', () => {
    const places = placesOf('Levee holds\n\nThe levee at Houma, La., held overnight. Louisiana officials said the water was falling.')
    expect(places.filter((place) => place.startsWith('Louisiana'))).toEqual(['Louisiana: Louisiana | La.'])
  })

  test('`Washington, D.C.` is one place, and dotted capitals that are no AP form are no state', () => {
    const places = placesOf('Firm sued\n\nThe lawyers flew to Washington, D.C., on Monday. The firm Marlow Kaplan & Chester, P.A. ( http://www.example.com ) is reviewing the claims.')
    expect(places.some((place) => place.startsWith('District of Columbia'))).toBe(false)
    expect(places.some((place) => place.startsWith('Pennsylvania'))).toBe(false)
  })
})

/** The towns of `towns` (`Name>Region`) as resolved places, each its first reading, with their mentions made by hand. */
function resolvedTowns(text: string, towns: readonly string[], others: readonly string[] = []) {
  const analyzed = paragraph(text)
  const mentions = placeMentions(analyzed, towns)
  const places: ResolvedPlace[] = mentions.map((mention) => ({place: mention.places[0]!, name: mention.name, mentions: [mention], evidence: []}))
  return {analyzed, mentions, places, others: placeMentions(analyzed, others)}
}

/** Each place as `name: mention texts (evidence)`. */
const show = (text: string, places: readonly ResolvedPlace[]) =>
  places.map((resolved) => `${resolved.place.name}: ${resolved.mentions.map((mention) => text.slice(mention.start, mention.end)).join(' | ')} (${resolved.evidence.join(', ')})`)

describe('withWrittenRegions: the region after a resolved town, as a place of its own', () => {
  test('the region is a new place, last, mentioned on its own words, with colocation as evidence', () => {
    const text = 'Houma, La., crews came.'
    const {places, mentions} = resolvedTowns(text, ['Houma>La.'])
    const result = withWrittenRegions(places, mentions)
    expect(show(text, result)).toEqual(['Houma: Houma ()', 'Louisiana: La. (colocation)'])
    const [, louisiana] = result
    expect(louisiana!.mentions[0]).toMatchObject({kind: 'place', name: 'Louisiana', first: 2, last: 3, evidence: {cue: 'gazetteer', detail: 'region'}})
    // The given list is left as it was.
    expect(places).toHaveLength(1)
  })

  test('a region of two words, and a country or province abroad', () => {
    const text = 'Crews from Beckley, W. Va., Lagos, Nigeria, and Wainwright, Alberta, came.'
    const {places, mentions} = resolvedTowns(text, ['Beckley>W. Va.', 'Lagos>Nigeria', 'Wainwright>Alberta'])
    expect(show(text, withWrittenRegions(places, mentions)).slice(3)).toEqual(['West Virginia: W. Va. (colocation)', 'Nigeria: Nigeria (colocation)', 'Alberta: Alberta (colocation)'])
  })

  test('a region the story has already joins that place, keeping its evidence', () => {
    const text = 'Houma, La., and Slidell, La., crews met Louisiana officials.'
    const {places, mentions, others} = resolvedTowns(text, ['Houma>La.', 'Slidell>La.'], ['Louisiana'])
    const louisiana: ResolvedPlace = {place: others[0]!.places[0]!, name: 'Louisiana', mentions: others, evidence: ['head-noun']}
    expect(show(text, withWrittenRegions([...places, louisiana], [...mentions, ...others]))).toEqual(['Houma: Houma ()', 'Slidell: Slidell ()', 'Louisiana: Louisiana | La. | La. (head-noun)'])
  })

  test('two towns in one region not named otherwise make one place of it', () => {
    const text = 'Houma, La., and Slidell, La., crews came.'
    const {places, mentions} = resolvedTowns(text, ['Houma>La.', 'Slidell>La.'])
    expect(show(text, withWrittenRegions(places, mentions)).slice(2)).toEqual(['Louisiana: La. | La. (colocation)'])
  })

  test('no region written, or a dateline’s: the same list back', () => {
    const text = 'Houma crews came.'
    const {places, mentions} = resolvedTowns(text, ['Houma'])
    expect(withWrittenRegions(places, mentions)).toBe(places)
    const analyzed = paragraph('HOUMA, La. — Crews came.')
    const [dateline] = placeMentions(analyzed, ['HOUMA>La.'], {cue: 'dateline', detail: undefined})
    const datelined = [{place: placeCandidates('Houma')[0]!, name: 'Houma', mentions: [dateline!], evidence: []}]
    expect(withWrittenRegions(datelined, [dateline!])).toBe(datelined)
  })

  test('no region for a form that names none, for D.C., or for dotted capitals that are no AP form', () => {
    for (const [text, town] of [
      ['Houma, Smith, crews came.', 'Houma>Smith'],
      ['Houma, D.C., crews came.', 'Houma>D.C.'],
      ['Houma, P.A., crews came.', 'Houma>P.A.']
    ] as const) {
      const {places, mentions} = resolvedTowns(text, [town])
      expect(withWrittenRegions(places, mentions)).toBe(places)
    }
  })

  test('dotted capitals that are the AP form name the state', () => {
    const text = 'Raleigh, N.C., crews came.'
    const {places, mentions} = resolvedTowns(text, ['Raleigh>N.C.'])
    expect(show(text, withWrittenRegions(places, mentions)).slice(1)).toEqual(['North Carolina: N.C. (colocation)'])
  })

  test('a region that does not hold the town is none', () => {
    const {places, mentions} = resolvedTowns('Houma, Texas, crews came.', ['Houma>Texas'])
    expect(withWrittenRegions(places, mentions)).toBe(places)
  })

  test('the region must follow the town’s comma, within the paragraph', () => {
    const {places, mentions} = resolvedTowns('Houma La. crews came.', ['Houma>La.'])
    expect(withWrittenRegions(places, mentions)).toBe(places)
    const cut = resolvedTowns('Crews from Beckley, Va', ['Beckley>W. Va.'])
    expect(withWrittenRegions(cut.places, cut.mentions)).toBe(cut.places)
    const last = resolvedTowns('Crews came to Houma', ['Houma>La.'])
    expect(withWrittenRegions(last.places, last.mentions)).toBe(last.places)
  })

  test('a region that ends the paragraph counts', () => {
    const text = 'The crews came from Houma, La.'
    const {places, mentions} = resolvedTowns(text, ['Houma>La.'])
    expect(show(text, withWrittenRegions(places, mentions)).slice(1)).toEqual(['Louisiana: La. (colocation)'])
  })

  test('words another mention claims are no region, unless that mention is a tentative guess', () => {
    const text = 'Houma, La., crews came.'
    const {places, mentions, others} = resolvedTowns(text, ['Houma>La.'], ['La.'])
    expect(withWrittenRegions(places, [...mentions, ...others])).toBe(places)
    const guess = mentionOf(others[0]!.run, 'person', {cue: 'name-shape', detail: undefined}, {tentative: true})
    expect(show(text, withWrittenRegions(places, [...mentions, guess])).slice(1)).toEqual(['Louisiana: La. (colocation)'])
  })

  test('a town written twice with its region adds the region once per writing', () => {
    const text = 'Houma, La., crews came. Houma, La., boats came.'
    const analyzed = paragraph(text)
    const mentions = placeMentions(analyzed, ['Houma>La.', 'Houma>La.'])
    const places: ResolvedPlace[] = [{place: mentions[0]!.places[0]!, name: 'Houma', mentions, evidence: []}]
    expect(show(text, withWrittenRegions(places, mentions)).slice(1)).toEqual(['Louisiana: La. | La. (colocation)'])
  })
})
