import {describe, expect, test} from 'vitest'
import {idsFor, slug} from './ids.js'

describe('slug', () => {
  test('lower-cases plain names and joins their words with one dash', () => {
    expect(slug('Mike Johnston')).toBe('mike-johnston')
    expect(slug("  O'Brien & Sons, Inc.  ")).toBe('o-brien-sons-inc')
    expect(slug('Route 66')).toBe('route-66')
  })

  test('strips accents from Latin letters', () => {
    expect(slug('Bogotá')).toBe('bogota')
    expect(slug('José Álvarez-Núñez')).toBe('jose-alvarez-nunez')
  })

  test('takes letters that are no ASCII letter, and emoji, for separators', () => {
    expect(slug('Straße 5')).toBe('stra-e-5')
    expect(slug('Café 😀 Bar')).toBe('cafe-bar')
  })

  test('keeps a name with no Latin letters, percent-encoded', () => {
    expect(slug('Дмитрий Песков')).toBe(encodeURIComponent('дмитрий-песков'))
  })
})

describe('idsFor', () => {
  test('gives fragment ids after the article URL', () => {
    const ids = idsFor('https://news.example/story')
    expect(ids.person('Mike Johnston')).toBe('https://news.example/story#person-mike-johnston')
    expect(ids.place('Bogotá')).toBe('https://news.example/story#place-bogota')
    expect(idsFor(undefined).organization('Acme Corp.')).toBe('#org-acme-corp')
  })
})
