import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../index.js'

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
