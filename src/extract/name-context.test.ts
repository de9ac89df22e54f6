// What the words around a name say about it, on invented sentences: each check on both sides.
import {describe, expect, test} from 'vitest'
import {hasAppositive, hasSpeakerBefore, hasSpeechVerbAfter, regionAfter} from './name-context.js'
import {tokenize} from './tokens.js'

/** The tokens of `text`, and the index of the token after the name `name` (its end) and of its first token. */
function around(text: string, name: string) {
  const tokens = tokenize(text)
  const at = text.indexOf(name)
  const first = tokens.findIndex((token) => token.start === at)
  const end = tokens.findIndex((token) => token.start >= at + name.length)
  return {tokens, first, end: end === -1 ? tokens.length : end}
}

describe('hasSpeechVerbAfter', () => {
  const after = (text: string, name: string) => {
    const {tokens, end} = around(text, name)
    return hasSpeechVerbAfter(tokens, end)
  }

  test('a speech verb right after the name, or after one cue adverb', () => {
    expect(after('Ruiz said it', 'Ruiz')).toBe(true)
    expect(after('Ruiz also said it', 'Ruiz')).toBe(true)
    expect(after('Ruiz later told us', 'Ruiz')).toBe(true)
  })

  test('no verb, another verb, a mark, two adverbs, or the end of the text', () => {
    expect(after('Ruiz left', 'Ruiz')).toBe(false)
    expect(after('Ruiz also left', 'Ruiz')).toBe(false)
    expect(after('Ruiz also', 'Ruiz')).toBe(false)
    expect(after('Ruiz, said', 'Ruiz')).toBe(false)
    expect(after('Ruiz also then said', 'Ruiz')).toBe(false)
    expect(after('Ruiz', 'Ruiz')).toBe(false)
  })
})

describe('hasAppositive', () => {
  const appositive = (text: string) => {
    const {tokens, end} = around(text, 'Hill')
    return hasAppositive(tokens, end)
  }

  test('a comma, then `a`, `an`, `who` or an age', () => {
    expect(appositive('Hill, a doctor, said')).toBe(true)
    expect(appositive('Hill, an aide, said')).toBe(true)
    expect(appositive('Hill, who works here')).toBe(true)
    expect(appositive('Hill, 24, said')).toBe(true)
    expect(appositive('Hill, 7')).toBe(true)
  })

  test('no comma, another word, a number that is not an age, or nothing after the comma', () => {
    expect(appositive('Hill a doctor')).toBe(false)
    expect(appositive('Hill, the doctor')).toBe(false)
    expect(appositive('Hill, 24th in line')).toBe(false)
    expect(appositive('Hill, x24')).toBe(false)
    expect(appositive('Hill met a doctor')).toBe(false)
    expect(appositive('Hill,')).toBe(false)
    expect(appositive('Hill')).toBe(false)
  })
})

describe('hasSpeakerBefore', () => {
  const speaker = (text: string, name: string) => {
    const {tokens, first} = around(text, name)
    return hasSpeakerBefore(tokens, first)
  }

  test('a speech verb before a name that ends the clause', () => {
    expect(speaker('"Go," said Jane Roe.', 'Jane')).toBe(true)
    expect(speaker('"Go," said Jane Roe', 'Jane')).toBe(true)
    for (const mark of [',', '.', ';', ':', '!', '?']) expect(speaker(`"Go," said Jane Roe${mark} x`, 'Jane'), mark).toBe(true)
  })

  test('no verb, a listener verb, a mark or nothing before, or the clause going on after the name', () => {
    expect(speaker('"Go," told Jane Roe.', 'Jane')).toBe(false)
    expect(speaker('"Go," met Jane Roe.', 'Jane')).toBe(false)
    expect(speaker('"Go," Jane Roe.', 'Jane')).toBe(false)
    expect(speaker('Jane Roe.', 'Jane')).toBe(false)
    expect(speaker('"Go," said Jane Roe and others.', 'Jane')).toBe(false)
    expect(speaker('"Go," said Jane Roe - later.', 'Jane')).toBe(false)
  })

  test('the name is at most twelve words long', () => {
    const twelve = 'Alder Birch Cedar Dogwood Elm Fir Ginkgo Hazel Juniper Larch Maple Oak'
    expect(speaker(`"Go," said ${twelve}.`, 'Alder')).toBe(true)
    expect(speaker(`"Go," said ${twelve} Pine.`, 'Alder')).toBe(false)
  })
})

describe('regionAfter', () => {
  const region = (text: string, place: string) => {
    const {tokens, end} = around(text, place)
    return regionAfter(tokens, end)
  }

  test('a US state or a country after a comma', () => {
    expect(region('in Springfield, Ill., today', 'Springfield')).toBe('Ill.')
    expect(region('in Springfield, Illinois, today', 'Springfield')).toBe('Illinois')
    expect(region('in Lyon, France, today', 'Lyon')).toBe('France')
  })

  test('a state written in two tokens', () => {
    expect(region('in Charleston, W. Va., today', 'Charleston')).toBe('W. Va.')
    // A longer first part is a region by itself.
    expect(region('in Springfield, Ill. Gov. Ruiz said', 'Springfield')).toBe('Ill.')
    expect(region('in Springfield, Ill. Gov', 'Springfield')).toBe('Ill.')
    // A short first part joins only a second word that ends in a period.
    expect(region('in Leeds, UK', 'Leeds')).toBe('UK')
    expect(region('in Leeds, UK.', 'Leeds')).toBe('UK')
    expect(region('in Leeds, UK today', 'Leeds')).toBe('UK')
  })

  test('a province abroad, unless its name is a common word or a given name', () => {
    expect(region('in Bradford, Ontario, today', 'Bradford')).toBe('Ontario')
    expect(region('in Perth, Western, today', 'Perth')).toBeUndefined()
    expect(region('in Ballarat, Victoria, today', 'Ballarat')).toBeUndefined()
    // A city is no region.
    expect(region('in Hope, Denver, today', 'Hope')).toBeUndefined()
  })

  test('no comma, no capitalized word after it, or no region at all', () => {
    expect(region('in Hope, Jones said', 'Hope')).toBeUndefined()
    expect(region('in Springfield Illinois', 'Springfield')).toBeUndefined()
    expect(region('in Springfield near Ohio', 'Springfield')).toBeUndefined()
    expect(region('in Springfield, illinois', 'Springfield')).toBeUndefined()
    expect(region('in Springfield, "Illinois"', 'Springfield')).toBeUndefined()
    expect(region('in Springfield,', 'Springfield')).toBeUndefined()
    expect(region('in Springfield', 'Springfield')).toBeUndefined()
  })
})
