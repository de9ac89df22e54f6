import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'

const placesOf = (text: string) =>
  articleToJsonLd(text, {format: 'text'}).article.places.map((place) => `${place.name} ${place.countryCode}.${place.admin1 ?? ''}`)

describe('colocation: the other places of the story pick a name’s reading', () => {
  test('Paris among Kentucky towns is Paris, Ky.', () => {
    expect(placesOf('Mill closes\n\nThe mill in Paris will close, workers said. Crews from Lexington and Frankfort and Louisville were sent.')).toContain('Paris US.KY')
  })

  test('Bloomington beside Springfield and Peoria is in Illinois', () => {
    expect(placesOf('Mill closes\n\nThe mill in Springfield will close, workers said. Crews from Peoria and Bloomington helped.')).toEqual(
      expect.arrayContaining(['Springfield US.IL', 'Bloomington US.IL'])
    )
  })

  test('with no other place, the most prominent reading stands', () => {
    expect(placesOf('Talks resume\n\nDiplomats met in Paris on Monday, officials said.')).toContain('Paris FR.11')
  })
})

describe('AP abbreviations in body text', () => {
  test('`Fort Wayne, Ind.` and `Phila.`', () => {
    const places = placesOf('Plant opens\n\nThe company moved its plant from Phila. to Fort Wayne, Ind., last year, a spokesman said.')
    expect(places).toEqual(expect.arrayContaining(['Philadelphia US.PA', 'Fort Wayne US.IN']))
  })
})

describe('every place records its evidence', () => {
  const evidenceOf = (text: string, name: string) =>
    articleToJsonLd(text, {format: 'text'}).article.places.find((place) => place.name === name)?.evidence

  test('a dateline city, and a town in the dateline’s state named after `in`', () => {
    const text = 'Mill closes\n\nAURORA, Colo. (AP) — The mill in Golden will close, workers said.'
    expect(evidenceOf(text, 'Aurora')).toEqual(expect.arrayContaining(['dateline']))
    expect(evidenceOf(text, 'Golden')).toEqual(['colocation', 'dateline-region', 'preposition'])
  })

  test('a state written after the name', () => {
    expect(evidenceOf('Plant opens\n\nThe plant moved to Fort Wayne, Ind., last year, a spokesman said.', 'Fort Wayne')).toEqual(
      expect.arrayContaining(['region', 'preposition'])
    )
  })

  test('a place beside other places of its state is colocated', () => {
    expect(evidenceOf('Mill closes\n\nCrews from Lexington and Frankfort and Louisville were sent to Paris.', 'Paris')).toEqual(
      expect.arrayContaining(['colocation'])
    )
  })

  test('a country on its own has no evidence but its prominence', () => {
    expect(evidenceOf('Talks resume\n\nFrance and its partners agreed on a plan, officials said.', 'France')).toEqual([])
  })
})
