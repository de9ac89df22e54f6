import {describe, expect, it} from 'vitest'
import {demonymPrefixLength, isDemonym} from './demonyms.js'

const words = (text: string) => text.split(' ').map((lower) => ({lower}))

describe('isDemonym', () => {
  it('knows nationalities, peoples and their plurals', () => {
    expect(isDemonym('italian')).toBe(true)
    expect(isDemonym('iraqis')).toBe(true)
    expect(isDemonym('sri lankan')).toBe(true)
    expect(isDemonym('marco')).toBe(false)
  })
})

describe('demonymPrefixLength', () => {
  it('counts the leading demonyms, a two-word one as two', () => {
    expect(demonymPrefixLength(words('south african amanda coetzer'))).toBe(2)
    expect(demonymPrefixLength(words('italian striker marco bellini'))).toBe(1)
    expect(demonymPrefixLength(words('sri lankans'))).toBe(2)
    expect(demonymPrefixLength(words('marco bellini'))).toBe(0)
  })

  it('reads only the words from `from` to before `to`', () => {
    const list = words('the south african amanda coetzer')
    expect(demonymPrefixLength(list, 1)).toBe(2)
    // (`african` alone, with `south` out of the range.)
    expect(demonymPrefixLength(list, 2, 4)).toBe(1)
    // A two-word demonym needs both words in the range.
    expect(demonymPrefixLength(list, 1, 2)).toBe(0)
    expect(demonymPrefixLength(list, 0)).toBe(0)
  })
})
