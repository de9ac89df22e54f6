import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {analyzeBlock} from './analyze.js'
import {abbreviates, groupEntities} from './entities.js'
import {findMentions} from './mentions.js'

/** The grouping of the names the recognizers find in invented paragraphs. */
function group(paragraphs: readonly string[], sports = false) {
  const blocks = paragraphs.map((text, index) => analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, index))
  const mentions = blocks.flatMap((block) => findMentions(block, 0, sports))
  return {mentions, grouping: groupEntities(mentions)}
}

/** Each entity as kind, name, other names and the names of its mentions; then the places left. */
function entities(paragraphs: readonly string[], sports = false) {
  const {grouping} = group(paragraphs, sports)
  return {
    entities: grouping.entities.map((entity) => [entity.kind, entity.name, entity.alternateNames, entity.mentions.map((mention) => mention.name)]),
    places: grouping.places.map((mention) => mention.name)
  }
}

describe('people', () => {
  test('a full name, then its surname and a title with the surname, are one person', () => {
    expect(entities(['Ana Ruiz spoke. Ruiz left.', 'Mayor Ruiz returned.']).entities).toEqual([['person', 'Ana Ruiz', [], ['Ana Ruiz', 'Ruiz', 'Ruiz']]])
  })

  test('a surname two people share is the one named last before it', () => {
    const {grouping} = group(['Ana Ruiz spoke.', 'Then Bo Ruiz spoke. Ruiz left.', 'Ana Ruiz came back. Ruiz sat.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.map((mention) => `${mention.name}@${mention.block}`)])).toEqual([
      ['Ana Ruiz', ['Ana Ruiz@0', 'Ana Ruiz@2', 'Ruiz@2']],
      ['Bo Ruiz', ['Bo Ruiz@1', 'Ruiz@1']]
    ])
  })

  test('the second of two surnames in a Spanish name finds the person too', () => {
    expect(entities(['Efrain Castaneda Ruiz spoke. Castaneda left.']).entities).toEqual([['person', 'Efrain Castaneda Ruiz', [], ['Efrain Castaneda Ruiz', 'Castaneda']]])
  })

  test('a lone given name is the one person so named', () => {
    expect(entities(['Sarah Brady spoke. Sarah left.']).entities).toEqual([['person', 'Sarah Brady', [], ['Sarah Brady', 'Sarah']]])
    // Two people of that given name: neither (the name stands alone).
    expect(entities(['Sarah Brady and Sarah Okafor spoke. Sarah left.']).entities.map(([, name]) => name)).toEqual(['Sarah Brady', 'Sarah Okafor', 'Sarah'])
  })

  test('a title holder on a council is a member of the place\'s council', () => {
    const {grouping} = group(['Aurora Councilmember Dana Pike spoke.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.memberOf, entity.jobTitle])).toEqual([['Dana Pike', 'Aurora City Council', 'Councilmember']])
  })
})

describe('organizations', () => {
  test('a name with and without its corporate suffix is one organization, named in full', () => {
    expect(entities(['Ledgerpine Software grew. Ledgerpine Software Inc. hired.']).entities).toEqual([
      ['organization', 'Ledgerpine Software Inc.', ['Ledgerpine Software'], ['Ledgerpine Software', 'Ledgerpine Software Inc.']]
    ])
  })

  test('an acronym in brackets or after `known as` is the organization before it', () => {
    expect(entities(['The Quarry Lane Alliance (QLA) met. The QLA voted.']).entities).toEqual([
      ['organization', 'Quarry Lane Alliance', ['QLA'], ['Quarry Lane Alliance', 'QLA', 'QLA']]
    ])
  })

  test('an acronym finds the organization whose name it abbreviates', () => {
    expect(entities(['The Wyoming Department of Transportation said so. WYDOT closed roads.']).entities).toEqual([
      ['organization', 'Wyoming Department of Transportation', ['WYDOT'], ['Wyoming Department of Transportation', 'WYDOT']]
    ])
  })

  test('a name read as a person\'s that starts a company\'s name is the company; not one that starts a foundation\'s', () => {
    expect(entities(['Rosa Vantini & Co. grew. Rosa Vantini sold the unit.']).entities).toEqual([
      ['organization', 'Rosa Vantini & Co.', ['Rosa Vantini'], ['Rosa Vantini & Co.', 'Rosa Vantini']]
    ])
    expect(entities(['The Maria Okoro Foundation grew. Maria Okoro spoke.']).entities.map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Maria Okoro Foundation'],
      ['person', 'Maria Okoro']
    ])
  })

  test('a body\'s one word is the body the story names in full', () => {
    expect(entities(['The Montana House of Representatives met. The House voted.']).entities).toEqual([
      ['organization', 'Montana House of Representatives', ['House'], ['Montana House of Representatives', 'House']]
    ])
  })
})

describe('clubs and places', () => {
  test('a town in a club\'s place is the club; a ground after `at` stays a place', () => {
    const story = ['Essex beat Kent by four wickets.', 'Essex were never behind at Chelmsford. The match was at Essex.']
    expect(entities(story, true)).toEqual({
      entities: [
        ['organization', 'Essex', [], ['Essex', 'Essex']],
        ['organization', 'Kent', [], ['Kent']]
      ],
      places: ['Chelmsford', 'Essex']
    })
  })

  test('a country the text puts something in is the country, no one\'s surname', () => {
    const {grouping} = group(['Ana Ireland spoke. Newspapers in Ireland sold out. Ireland said so.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.map((mention) => mention.start)])).toEqual([['Ana Ireland', [0, 51]]])
    expect(grouping.places.map((mention) => [mention.name, mention.start])).toEqual([['Ireland', 33]])
  })
})

describe('abbreviates: an acronym\'s letters start the words of a name or go on in the word begun', () => {
  test('letters that start words, or go on inside one, in order; words may be skipped', () => {
    expect(abbreviates('WYDOT', 'Wyoming Department of Transportation')).toBe(true)
    expect(abbreviates('DOJ', 'Department of Justice')).toBe(true)
    expect(abbreviates('D.O.J.', 'Department of Justice')).toBe(true)
    expect(abbreviates('JOD', 'Department of Justice')).toBe(false)
    expect(abbreviates('DXJ', 'Department of Justice')).toBe(false)
  })
  test('three to eight letters, two to twelve words', () => {
    expect(abbreviates('DJ', 'Department of Justice')).toBe(false)
    expect(abbreviates('ABCDEFGH', 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel')).toBe(true)
    expect(abbreviates('ABCDEFGHI', 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India')).toBe(false)
    expect(abbreviates('ALP', 'Alpha')).toBe(false)
    expect(abbreviates('ABL', 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima')).toBe(true)
    expect(abbreviates('ABM', 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike')).toBe(false)
  })
  test('or the initials of the capitalized words and one letter more (`UVM`)', () => {
    expect(abbreviates('UVM', 'University of Vermont')).toBe(true)
    expect(abbreviates('UVMX', 'University of Vermont')).toBe(false)
    expect(abbreviates('VUM', 'University of Vermont')).toBe(false)
  })
})
