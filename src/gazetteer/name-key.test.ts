import {describe, expect, test} from 'vitest'
import {nameKey} from './name-key.js'

describe('nameKey', () => {
  test.each([
    ['St. Louis', 'Saint Louis'],
    ['ST', 'Saint'],
    ['St.Louis', 'saint louis'],
    ['Ft. Worth', 'Fort Worth'],
    ['Mt. Pleasant', 'Mount Pleasant'],
    ['Ste. Genevieve', 'Sainte Genevieve'],
    ['Bogotá', 'BOGOTA'],
    ['Côte d’Ivoire', "Cote d'Ivoire"],
    ['W. Va.', 'w.va.'],
    ['Winston-Salem', 'Winston Salem'],
    ['Washington, D.C.', 'Washington DC'],
  ])('"%s" and "%s" share a key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  test.each([
    ['Stanford', 'saintanford'],
    ['Denver', 'Denver City'],
  ])('"%s" and "%s" do not', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })

  test('reduces punctuation-only input to the empty key', () => {
    expect(nameKey(' .,- ')).toBe('')
  })
})
