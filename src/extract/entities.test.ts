import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {analyzeBlock} from './analyze.js'
import {abbreviates, groupEntities} from './entities.js'
import {type Evidence, type Mention, type MentionDetails, mentionOf} from './mention.js'
import {findMentions} from './mentions.js'
import {Run} from './run.js'

/** The grouping of the names the recognizers find in invented paragraphs. */
function group(paragraphs: readonly string[], sports = false) {
  const blocks = paragraphs.map((text, index) => analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, index))
  const mentions = blocks.flatMap((block) => findMentions(block, 0, sports))
  return {blocks, mentions, grouping: groupEntities(mentions)}
}

const shape: Evidence = {cue: 'name-shape', detail: undefined}

/**
 * Mentions made by hand in invented paragraphs: `mention(block, name, kind, evidence, details)` is the next
 * occurrence of the words of `name` in that block (after the one made before it there).
 */
function byHand(paragraphs: readonly string[]) {
  const blocks = paragraphs.map((text, index) => analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, index))
  const next = new Map<number, number>()
  const mention = (block: number, name: string, kind: Mention['kind'], evidence: Evidence = shape, details: MentionDetails = {}): Mention => {
    const analyzed = blocks[block]!
    const words = name.split(' ')
    const from = next.get(block) ?? 0
    const first = analyzed.tokens.findIndex((_, index) => index >= from && words.every((word, offset) => analyzed.tokens[index + offset]?.text === word))
    if (first === -1) throw new Error(`${name} is not in block ${block} after token ${from}`)
    next.set(block, first + words.length)
    return mentionOf(new Run(analyzed, first, first + words.length), kind, evidence, details)
  }
  return {blocks, mention}
}

/** The grouping of mentions made by hand, as kind, name and the names of its mentions (with their kind); then the places left. */
function summary(mentions: readonly Mention[]) {
  const grouping = groupEntities(mentions)
  return {
    entities: grouping.entities.map((entity) => [entity.kind, entity.name, entity.mentions.map((mention) => `${mention.name}:${mention.kind}`)]),
    places: grouping.places.map((mention) => `${mention.name}@${mention.block}:${mention.first}`)
  }
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

describe('companies named like people', () => {
  test('a titled name that starts a company\'s name is a person', () => {
    expect(entities(['Rosa Vantini & Co. grew. Mayor Rosa Vantini spoke.']).entities.map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Rosa Vantini & Co.'],
      ['person', 'Rosa Vantini']
    ])
  })

  test('the company\'s mention of the name is an organization\'s', () => {
    const {grouping} = group(['Rosa Vantini & Co. grew. Rosa Vantini sold the unit.'])
    expect(grouping.entities[0]!.mentions.map((mention) => mention.kind)).toEqual(['organization', 'organization'])
  })

  test('an organization whose name starts another\'s is its own (`Ford Motor`, `Ford Motor Credit Co.`)', () => {
    const {mention} = byHand(['Ford Motor Credit Co. lent money. Ford Motor sold cars.'])
    expect(summary([mention(0, 'Ford Motor Credit Co.', 'organization'), mention(0, 'Ford Motor', 'organization')]).entities).toEqual([
      ['organization', 'Ford Motor Credit Co.', ['Ford Motor Credit Co.:organization']],
      ['organization', 'Ford Motor', ['Ford Motor:organization']]
    ])
  })

  test('a name two companies begin is no company\'s; one company named twice is still that company', () => {
    expect(entities(['Rosa Vantini & Co. grew. Rosa Vantini Holdings Group fell. Rosa Vantini sold the unit.']).entities.map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Rosa Vantini & Co.'],
      ['organization', 'Rosa Vantini Holdings Group'],
      ['person', 'Rosa Vantini']
    ])
    expect(entities(['Rosa Vantini & Co. grew. Rosa Vantini & Co. hired. Rosa Vantini sold the unit.']).entities.map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Rosa Vantini & Co.']
    ])
  })

  test('a company of three words gives its first two; a person\'s full name gives none', () => {
    const {mention} = byHand(['Kleiner Perkins Caufield invested. Kleiner Perkins sold the stake.'])
    expect(summary([mention(0, 'Kleiner Perkins Caufield', 'organization'), mention(0, 'Kleiner Perkins', 'person')]).entities).toEqual([
      ['organization', 'Kleiner Perkins Caufield', ['Kleiner Perkins Caufield:organization', 'Kleiner Perkins:organization']]
    ])
    expect(entities(['Ana Maria Ruiz spoke. Ana Maria left.']).entities.map(([kind, name]) => [kind, name])).toEqual([
      ['person', 'Ana Maria Ruiz'],
      ['person', 'Ana Maria']
    ])
  })
})

describe('body words and known organizations', () => {
  test('a body\'s word joins an organization it heads, not a person so named', () => {
    expect(entities(['Dana House spoke. The House voted.']).entities.map(([kind, name]) => [kind, name])).toEqual([
      ['person', 'Dana House'],
      ['organization', 'House']
    ])
  })

  test('the body\'s word is the last word of the name or the word before `of`, nothing else', () => {
    expect(entities(['The Montana State Senate met. The Senate voted.']).entities.map(([, name, , mentions]) => [name, mentions])).toEqual([
      ['Montana State Senate', ['Montana State Senate', 'Senate']]
    ])
    expect(entities(['The Senate Finance Committee met. The Senate voted.']).entities.map(([, name]) => name)).toEqual(['Senate Finance Committee', 'Senate'])
    expect(entities(['The Department of Justice sued. The House voted.']).entities.map(([, name]) => name)).toEqual(['U.S. Department of Justice', 'House'])
  })

  test('a body\'s word keeps its own spelling beside the same word in capitals (`SENATE` of a headline)', () => {
    const {mention} = byHand(['SENATE VOTES', 'The Senate voted.'])
    const grouping = groupEntities([mention(0, 'SENATE', 'organization', {cue: 'acronym', detail: undefined}), mention(1, 'Senate', 'organization', {cue: 'organization-head', detail: 'senate'})])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Senate', 2]])
  })

  test('a one-word name with other evidence than a body\'s head is its own (`Reuters` beside `Thomson Reuters`)', () => {
    expect(entities(['Reuters reported the sale. Thomson Reuters shares fell.']).entities.map(([, name]) => name)).toEqual(['Reuters', 'Thomson Reuters'])
  })

  test('a known organization is named by its canonical name, and its acronym joins it', () => {
    expect(entities(['The Justice Department sued. DOJ lawyers said so.']).entities).toEqual([
      ['organization', 'U.S. Department of Justice', ['Justice Department', 'DOJ'], ['Justice Department', 'DOJ']]
    ])
  })

  test('a known organization keeps its own name beside a longer one that starts with it', () => {
    expect(entities(['Google hired. Google LLC grew.']).entities).toEqual([['organization', 'Google', ['Google LLC'], ['Google', 'Google LLC']]])
  })
})

describe('acronyms', () => {
  test('an acronym alone is an organization: a known one by its canonical name, else by itself', () => {
    const {mention} = byHand(['ICE agents came. QZX staff left.'])
    const grouping = groupEntities([mention(0, 'ICE', 'organization'), mention(0, 'QZX', 'organization')])
    expect(grouping.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([
      ['U.S. Immigration and Customs Enforcement', ['ICE']],
      ['QZX', []]
    ])
  })

  test('an acronym read as a person\'s name makes no organization', () => {
    const {mention} = byHand(['JFK waved.'])
    expect(groupEntities([mention(0, 'JFK', 'person')]).entities.filter((entity) => entity.kind === 'organization')).toEqual([])
  })

  test('initials of two letters, dots and `U.S.` aside, find the organization', () => {
    const {mention} = byHand(['The U.S. Tarn Guild met. The T.G. voted. The TG won.'])
    expect(summary([mention(0, 'U.S. Tarn Guild', 'organization'), mention(0, 'T.G.', 'organization'), mention(0, 'TG', 'organization')]).entities).toEqual([
      ['organization', 'U.S. Tarn Guild', ['U.S. Tarn Guild:organization', 'T.G.:organization', 'TG:organization']]
    ])
  })

  test('of two organizations with the same initials, the first named has them', () => {
    const {mention} = byHand(['The Quarry Lane Alliance and the Quiet Lake Association met. QLA voted.'])
    const grouping = groupEntities([
      mention(0, 'Quarry Lane Alliance', 'organization'),
      mention(0, 'Quiet Lake Association', 'organization'),
      mention(0, 'QLA', 'organization')
    ])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Quarry Lane Alliance', 2],
      ['Quiet Lake Association', 1]
    ])
  })

  test('an acronym that abbreviates a person\'s name is no short form of it', () => {
    const {mention} = byHand(['Quinn Lee Adams spoke. QLA voted.'])
    expect(summary([mention(0, 'Quinn Lee Adams', 'person'), mention(0, 'QLA', 'organization')]).entities).toEqual([
      ['person', 'Quinn Lee Adams', ['Quinn Lee Adams:person']],
      ['organization', 'QLA', ['QLA:organization']]
    ])
  })

  test('an acronym defined after `known as` or in brackets is the organization before it, here and later', () => {
    const defined = (text: string) => entities([text, 'IMARPE will publish data.']).entities
    const joined = [['organization', 'Peruvian Marine Research Institute', ['IMARPE'], ['Peruvian Marine Research Institute', 'IMARPE', 'IMARPE']]]
    expect(defined('The Peruvian Marine Research Institute, known as IMARPE, said stocks fell.')).toEqual(joined)
    expect(defined('The Peruvian Marine Research Institute (IMARPE) said stocks fell.')).toEqual(joined)
    const {mention} = byHand(['The Peruvian Marine Research Institute known as IMARPE said stocks fell.'])
    expect(summary([mention(0, 'Peruvian Marine Research Institute', 'organization'), mention(0, 'IMARPE', 'organization')]).entities).toEqual([
      ['organization', 'Peruvian Marine Research Institute', ['Peruvian Marine Research Institute:organization', 'IMARPE:organization']]
    ])
  })

  test('an acronym after anything else, or after a person, or in the next paragraph, defines nothing', () => {
    const names = (mentions: Mention[]) => groupEntities(mentions).entities.map((entity) => entity.name)
    const other = byHand(['The Peruvian Marine Research Institute and IMARPE met.'])
    expect(names([other.mention(0, 'Peruvian Marine Research Institute', 'organization'), other.mention(0, 'IMARPE', 'organization')])).toEqual([
      'Peruvian Marine Research Institute',
      'IMARPE'
    ])
    const person = byHand(['Ana Ruiz (IMARPE) spoke.'])
    expect(names([person.mention(0, 'Ana Ruiz', 'person'), person.mention(0, 'IMARPE', 'organization')])).toEqual(['Ana Ruiz', 'IMARPE'])
    const after = byHand(['IMARPE (IMARPE) met.'])
    expect(names([after.mention(0, 'IMARPE', 'organization'), after.mention(0, 'IMARPE', 'organization')])).toEqual(['IMARPE'])
    const apart = byHand(['The Peruvian Marine Research Institute grew.', 'IMARPE met.'])
    expect(names([apart.mention(0, 'Peruvian Marine Research Institute', 'organization'), apart.mention(1, 'IMARPE', 'organization')])).toEqual([
      'Peruvian Marine Research Institute',
      'IMARPE'
    ])
  })

  test('a speaker adopted later by a defined acronym is the organization it stands for', () => {
    const {blocks, grouping} = group(['The Peruvian Marine Research Institute, known as IMARPE, said stocks fell.', 'IMARPE said so.'])
    const speaker = mentionOf(new Run(blocks[1]!, 0, 1), 'organization', shape)
    expect(grouping.adopt(speaker).name).toBe('Peruvian Marine Research Institute')
  })
})

describe('surnames and other one-word names', () => {
  test('a surname before the full name is the one person of that surname', () => {
    expect(entities(['Ruiz spoke first.', 'Ana Ruiz is the mayor.']).entities).toEqual([['person', 'Ana Ruiz', [], ['Ana Ruiz', 'Ruiz']]])
  })

  test('the last of three names is a surname too', () => {
    expect(entities(['Efrain Castaneda Ruiz spoke. Ruiz left.']).entities).toEqual([['person', 'Efrain Castaneda Ruiz', [], ['Efrain Castaneda Ruiz', 'Ruiz']]])
  })

  test('a full name with no evidence but its shape waits for its surname', () => {
    expect(entities(['The report named Juniper Okoro.']).entities).toEqual([])
    expect(entities(['The report named Juniper Okoro.', 'Okoro declined to comment.']).entities).toEqual([
      ['person', 'Juniper Okoro', [], ['Juniper Okoro', 'Okoro']]
    ])
  })

  test('a surname inside a quote confirms no waiting name; one outside does', () => {
    const {mention} = byHand(['The report named Juniper Okoro.', '"Okoro is wrong," she said.', 'Okoro left.'])
    const waiting = mention(0, 'Juniper Okoro', 'person', shape, {tentative: true})
    const quoted = mention(1, 'Okoro', 'person', shape, {tentative: true, surnameOnly: true})
    expect(quoted.inQuote).toBe(true)
    expect(summary([waiting, quoted]).entities).toEqual([])
    expect(summary([waiting, mention(2, 'Okoro', 'person', shape, {tentative: true, surnameOnly: true})]).entities).toEqual([
      ['person', 'Juniper Okoro', ['Juniper Okoro:person', 'Okoro:person']]
    ])
  })

  test('a full name with no evidence inside a quote waits for nothing', () => {
    const {mention} = byHand(['"Juniper Okoro runs it," she said.', 'Okoro declined.'])
    const mentions = [mention(0, 'Juniper Okoro', 'person', shape, {tentative: true}), mention(1, 'Okoro', 'person', shape, {tentative: true, surnameOnly: true})]
    expect(mentions[0]!.inQuote).toBe(true)
    expect(summary(mentions).entities).toEqual([])
  })

  test('a one-word guess is no full name: it waits for no surname', () => {
    const {mention} = byHand(['The report named Okoro.', 'Okoro declined.'])
    expect(summary([mention(0, 'Okoro', 'person', shape, {tentative: true}), mention(1, 'Okoro', 'person', shape, {tentative: true, surnameOnly: true})]).entities).toEqual([])
  })

  test('a waiting name of two surnames is one person, whichever surname comes', () => {
    const {mention} = byHand(['The report named Juniper Castaneda Okoro.', 'Castaneda declined.', 'Okoro left.'])
    const mentions = [
      mention(0, 'Juniper Castaneda Okoro', 'person', shape, {tentative: true}),
      mention(1, 'Castaneda', 'person', shape, {tentative: true, surnameOnly: true}),
      mention(2, 'Okoro', 'person', shape, {tentative: true, surnameOnly: true})
    ]
    expect(summary(mentions).entities).toEqual([
      ['person', 'Juniper Castaneda Okoro', ['Juniper Castaneda Okoro:person', 'Castaneda:person', 'Okoro:person']]
    ])
  })

  test('only a person\'s waiting name: an organization is never tentative-skipped', () => {
    const {mention} = byHand(['The Okoro Group grew.'])
    expect(summary([mention(0, 'Okoro Group', 'organization', shape, {tentative: true})]).entities).toEqual([
      ['organization', 'Okoro Group', ['Okoro Group:organization']]
    ])
  })

  test('a lone word with no evidence stays only if the story made it someone already', () => {
    expect(entities(['Critics blamed Quillen.']).entities).toEqual([])
    expect(entities(['Quillen said the plan failed.', 'Critics blamed Quillen.']).entities).toEqual([['person', 'Quillen', [], ['Quillen', 'Quillen']]])
  })

  test('inside a quote a lone word stays only with a title', () => {
    const {mention} = byHand(['"Mayor Quillen lied, and Trump knew," she said.'])
    const grouping = groupEntities([
      mention(0, 'Quillen', 'person', {cue: 'title', detail: 'Mayor'}, {surnameOnly: true, title: {jobTitle: 'Mayor'} as unknown as MentionDetails['title']}),
      mention(0, 'Trump', 'person', {cue: 'public-figure', detail: undefined}, {surnameOnly: true})
    ])
    expect(grouping.entities.map((entity) => [entity.kind, entity.name])).toEqual([['person', 'Quillen']])
  })

  test('a word made someone by a title stays, tentative or not', () => {
    const {mention} = byHand(['Officer Quillen said so.'])
    const grouping = groupEntities([mention(0, 'Quillen', 'person', {cue: 'title', detail: 'Officer'}, {surnameOnly: true, tentative: true, title: {jobTitle: 'Officer'} as unknown as MentionDetails['title']})])
    expect(grouping.entities.map((entity) => [entity.kind, entity.name])).toEqual([['person', 'Quillen']])
  })

  test('a lone word with no evidence that the gazetteer has is a place; a titled one a person', () => {
    const {mention} = byHand(['Critics blamed Lakewood.', 'Officer Lakewood said so.'])
    const place = mention(0, 'Lakewood', 'person', shape, {surnameOnly: true, tentative: true})
    const officer = mention(1, 'Lakewood', 'person', {cue: 'title', detail: 'Officer'}, {surnameOnly: true, title: {jobTitle: 'Officer'} as unknown as MentionDetails['title']})
    expect(place.places.length).toBeGreaterThan(0)
    const grouping = groupEntities([place, officer])
    expect(grouping.places.map((mention) => [mention.name, mention.kind, mention.evidence])).toEqual([['Lakewood', 'place', {cue: 'gazetteer', detail: undefined}]])
    expect(grouping.entities.map((entity) => [entity.kind, entity.name, entity.mentions])).toEqual([['person', 'Lakewood', [officer]]])
  })

  test('a lone word the gazetteer lacks, with no evidence, is dropped, not made a place', () => {
    const {mention} = byHand(['Critics blamed Quillen.'])
    expect(summary([mention(0, 'Quillen', 'person', shape, {surnameOnly: true, tentative: true})])).toEqual({entities: [], places: []})
  })

  test('a place mention is left as it came', () => {
    const {mention} = byHand(['Crews reached Lakewood.'])
    const place = mention(0, 'Lakewood', 'place', {cue: 'name-shape', detail: 'town'})
    expect(groupEntities([place]).places).toEqual([place])
    expect(groupEntities([place]).places[0]).toBe(place)
  })

  test('a surname-only word that names an organization elsewhere is it: by its first word, or its whole name', () => {
    expect(entities(['The Brightwater Solar Cooperative grew. Brightwater said it would hire.']).entities).toEqual([
      ['organization', 'Brightwater Solar Cooperative', ['Brightwater'], ['Brightwater Solar Cooperative', 'Brightwater']]
    ])
    const {mention} = byHand(['Interfax reported it. Interfax said so.'])
    expect(summary([mention(0, 'Interfax', 'organization', {cue: 'known-organization', detail: undefined}), mention(0, 'Interfax', 'person', {cue: 'speech-verb', detail: undefined}, {surnameOnly: true})]).entities).toEqual([
      ['organization', 'Interfax', ['Interfax:organization', 'Interfax:person']]
    ])
  })

  test('of two organizations that start with the word, the first named has it', () => {
    expect(entities(['The Brightwater Solar Cooperative grew. The Brightwater Water Board met. Brightwater said it would hire.']).entities.map(([, name, , mentions]) => [name, mentions])).toEqual([
      ['Brightwater Solar Cooperative', ['Brightwater Solar Cooperative', 'Brightwater']],
      ['Brightwater Water Board', ['Brightwater Water Board']]
    ])
  })

  test('a place that starts an organization\'s name stays a place', () => {
    const {mention} = byHand(['The Brightwater Solar Cooperative grew in Brightwater.'])
    const summarized = summary([mention(0, 'Brightwater Solar Cooperative', 'organization'), mention(0, 'Brightwater', 'place', {cue: 'gazetteer', detail: undefined})])
    expect(summarized.entities).toEqual([['organization', 'Brightwater Solar Cooperative', ['Brightwater Solar Cooperative:organization']]])
    expect(summarized.places).toEqual(['Brightwater@0:6'])
  })

  test('a club named by a lone word with no player of that name is the club, its mentions an organization\'s', () => {
    const {grouping} = group(['Essex beat Kent.'], true)
    expect(grouping.entities.map((entity) => [entity.kind, entity.name, entity.mentions.map((mention) => mention.kind)])).toEqual([
      ['organization', 'Essex', ['organization']],
      ['organization', 'Kent', ['organization']]
    ])
  })

  test('a nickname joins the club whose last word, or last two, it is; the first club named has them', () => {
    const {mention} = byHand(['The Boston Red Sox and Chicago White Sox and Denver Nuggets met. The Red Sox won. The Sox lost. The Nuggets won.'])
    const team = {cue: 'team', detail: 'nickname'} as const
    const grouping = groupEntities([
      mention(0, 'Boston Red Sox', 'organization', team),
      mention(0, 'Chicago White Sox', 'organization', team),
      mention(0, 'Denver Nuggets', 'organization', team),
      mention(0, 'Red Sox', 'person', team, {surnameOnly: true, tentative: true}),
      mention(0, 'Sox', 'person', team, {surnameOnly: true, tentative: true}),
      mention(0, 'Nuggets', 'person', team, {surnameOnly: true, tentative: true})
    ])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.map((mention) => mention.name)])).toEqual([
      ['Boston Red Sox', ['Boston Red Sox', 'Red Sox', 'Sox']],
      ['Chicago White Sox', ['Chicago White Sox']],
      ['Denver Nuggets', ['Denver Nuggets', 'Nuggets']]
    ])
  })
})

describe('keys, initials and spellings', () => {
  test('a known acronym is the known organization, before one whose initials it only spells', () => {
    const {mention} = byHand(['The Fox Bay Institute studied it. The Federal Bureau of Investigation came. FBI agents left.'])
    const grouping = groupEntities([
      mention(0, 'Fox Bay Institute', 'organization'),
      mention(0, 'Federal Bureau of Investigation', 'organization'),
      mention(0, 'FBI', 'organization')
    ])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.map((item) => item.name)])).toEqual([
      ['Fox Bay Institute', ['Fox Bay Institute']],
      ['Federal Bureau of Investigation', ['Federal Bureau of Investigation', 'FBI']]
    ])
  })

  test('a person\'s key keeps every word of the name, a corporate suffix\'s too (`Quillen Sa` is not `Quillen`)', () => {
    const {mention} = byHand(['Quillen Sa spoke. Quillen said so.'])
    expect(summary([mention(0, 'Quillen Sa', 'person'), mention(0, 'Quillen', 'person', {cue: 'speech-verb', detail: undefined})]).entities).toEqual([
      ['person', 'Quillen Sa', ['Quillen Sa:person']],
      ['person', 'Quillen', ['Quillen:person']]
    ])
  })

  test('the comma before a corporate suffix goes with it, not a comma inside the name', () => {
    const {mention} = byHand(['Harlow, Finch Software, Inc. grew. Harlow, Finch Software hired.'])
    const full = mention(0, 'Harlow , Finch Software , Inc.', 'organization')
    expect(full.name).toBe('Harlow, Finch Software, Inc.')
    expect(summary([full, mention(0, 'Harlow , Finch Software', 'organization')]).entities.map(([kind, name, mentions]) => [kind, name, (mentions as string[]).length])).toEqual([
      ['organization', 'Harlow, Finch Software, Inc.', 2]
    ])
  })

  test('initials are the first letters of words that start with a capital', () => {
    const {mention} = byHand(['The eBay Motors Group grew. The MG unit hired.'])
    expect(summary([mention(0, 'eBay Motors Group', 'organization'), mention(0, 'MG', 'organization')]).entities).toEqual([
      ['organization', 'eBay Motors Group', ['eBay Motors Group:organization', 'MG:organization']]
    ])
  })

  test('a short form of several words in other capitals is spelled as the name spells it', () => {
    const {mention} = byHand(['Ajax Amsterdam FC won. AMSTERDAM FC fans sang.'])
    const team = {cue: 'team', detail: 'nickname'} as const
    const grouping = groupEntities([mention(0, 'Ajax Amsterdam FC', 'organization', team), mention(0, 'AMSTERDAM FC', 'person', team, {surnameOnly: true, tentative: true})])
    expect(grouping.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([['Ajax Amsterdam FC', ['Amsterdam FC']]])
  })

  test('an acronym after brackets in the next paragraph, at the place the name ended in the one before, defines nothing', () => {
    const {mention} = byHand(['The Peruvian Marine Research Institute grew.', 'Then a new rival body (IMARPE) met.'])
    const institute = mention(0, 'Peruvian Marine Research Institute', 'organization')
    const acronym = mention(1, 'IMARPE', 'organization')
    expect([institute.last, acronym.first]).toEqual([5, 6])
    expect(groupEntities([institute, acronym]).entities.map((entity) => entity.name)).toEqual(['Peruvian Marine Research Institute', 'IMARPE'])
  })
})

describe('nicknames and known names', () => {
  test('a nickname before the club\'s fuller nickname makes no one of that name', () => {
    const {mention} = byHand(['The Boston Red Sox met. The Sox lost. The Red Sox won.'])
    const team = {cue: 'team', detail: 'nickname'} as const
    const grouping = groupEntities([
      mention(0, 'Boston Red Sox', 'organization', team),
      mention(0, 'Sox', 'person', team, {surnameOnly: true, tentative: true}),
      mention(0, 'Red Sox', 'person', team, {surnameOnly: true, tentative: true})
    ])
    expect(grouping.entities.map((entity) => [entity.kind, entity.name, entity.mentions.map((mention) => mention.name)])).toEqual([
      ['organization', 'Boston Red Sox', ['Boston Red Sox', 'Sox', 'Red Sox']]
    ])
  })

  test('a person\'s name is never read as a known organization\'s', () => {
    const {mention} = byHand(['Kremlin waved.'])
    expect(groupEntities([mention(0, 'Kremlin', 'person', {cue: 'speech-verb', detail: undefined})]).entities.map((entity) => [entity.kind, entity.name])).toEqual([
      ['person', 'Kremlin']
    ])
  })
})

describe('given names', () => {
  test('a lone given name is the one person whose name begins with it as a word', () => {
    expect(entities(['Ann Brady and Anna Okafor spoke. Ann left.']).entities.map(([, name, , mentions]) => [name, mentions])).toEqual([
      ['Ann Brady', ['Ann Brady', 'Ann']],
      ['Anna Okafor', ['Anna Okafor']]
    ])
  })

  test('a given name is the person so named, not a college named for her (bug: it joined `Sarah Lawrence College`)', () => {
    expect(entities(['Sarah Brady spoke at Sarah Lawrence College. Sarah left.']).entities.map(([, name, , mentions]) => [name, mentions])).toEqual([
      ['Sarah Brady', ['Sarah Brady', 'Sarah']],
      ['Sarah Lawrence College', ['Sarah Lawrence College']]
    ])
  })

  test('a place named like someone\'s given name stays a place', () => {
    const {grouping} = group(['Sydney Brady spoke. She flew to Sydney.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Sydney Brady', 1]])
    expect(grouping.places.map((mention) => mention.name)).toEqual(['Sydney'])
  })

  test('a lone word that is no given name does not join the person whose name begins with it', () => {
    const {mention} = byHand(['Quillen Brady spoke. Critics blamed Quillen.'])
    expect(summary([mention(0, 'Quillen Brady', 'person'), mention(0, 'Quillen', 'person', {cue: 'speech-verb', detail: undefined}, {surnameOnly: true})]).entities).toEqual([
      ['person', 'Quillen Brady', ['Quillen Brady:person']],
      ['person', 'Quillen', ['Quillen:person']]
    ])
  })
})

describe('keys, countries and clubs', () => {
  test('a corporate suffix after a comma is left out of the key, and the comma with it', () => {
    const {mention} = byHand(['Ledgerpine Software, Inc. grew. Ledgerpine Software hired.'])
    const full = mention(0, 'Ledgerpine Software , Inc.', 'organization')
    expect(full.name).toBe('Ledgerpine Software, Inc.')
    expect(summary([full, mention(0, 'Ledgerpine Software', 'organization')]).entities).toEqual([
      ['organization', 'Ledgerpine Software, Inc.', ['Ledgerpine Software, Inc.:organization', 'Ledgerpine Software:organization']]
    ])
  })

  test('a country named with its possessive is someone\'s surname (`in Ireland\'s film`)', () => {
    const {grouping} = group(['Ana Ireland spoke. Critics praised the lead in Ireland\'s film.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Ana Ireland', 2]])
    expect(grouping.places).toEqual([])
  })

  test('a possessive after the country is no possessive of it', () => {
    const {grouping} = group(['Ana Ireland spoke. Shops in Ireland sell Bo\'s book.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Ana Ireland', 1]])
    expect(grouping.places.map((mention) => mention.name)).toContain('Ireland')
  })

  test('a country with no preposition before it is someone\'s surname', () => {
    const {grouping} = group(['Ana Ireland spoke. Ireland won the vote.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Ana Ireland', 2]])
    expect(grouping.places).toEqual([])
  })

  test('a town the gazetteer has, after `to`, is still someone\'s surname (`went to Johnston`): only a country is put somewhere', () => {
    const {grouping} = group(['Ana Johnston spoke. The award went to Johnston.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Ana Johnston', 2]])
    expect(grouping.places).toEqual([])
  })

  test('a name that is a country among other places is the country after `in`', () => {
    const {grouping} = group(['Ana Georgia spoke. Newspapers in Georgia sold out.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Ana Georgia', 1]])
    expect(grouping.places.map((mention) => mention.name)).toEqual(['Georgia'])
  })

  test('a town in a club\'s place is the club; a ground after `from` stays a place, the club\'s mention an organization\'s', () => {
    const {grouping} = group(['Essex beat Kent.', 'Fans came from Essex. Essex, who started well, lost.'], true)
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.map((mention) => `${mention.kind}@${mention.block}:${mention.first}`)])).toEqual([
      ['Essex', ['organization@0:0', 'organization@1:5']],
      ['Kent', ['organization@0:2']]
    ])
    expect(grouping.places.map((mention) => `${mention.name}@${mention.block}:${mention.first}`)).toEqual(['Essex@1:3'])
  })

  test('a place with a region, or of two words, or named like an organization that is no club, stays a place', () => {
    const {mention} = byHand(['Essex beat Kent. Essex, England, had rain. New Essex had sun. Kent Council met. Kent was dry.'])
    const team = {cue: 'team', detail: 'nickname'} as const
    const gazetteer = {cue: 'gazetteer', detail: undefined} as const
    const summarized = summary([
      mention(0, 'Essex', 'organization', team),
      mention(0, 'Kent', 'organization', {cue: 'organization-head', detail: 'council'}),
      mention(0, 'Essex', 'place', gazetteer, {region: 'England'}),
      mention(0, 'New Essex', 'place', gazetteer),
      mention(0, 'Kent', 'place', gazetteer)
    ])
    expect(summarized.entities).toEqual([
      ['organization', 'Essex', ['Essex:organization']],
      ['organization', 'Kent', ['Kent:organization']]
    ])
    expect(summarized.places).toEqual(['Essex@0:4', 'New Essex@0:11', 'Kent@0:16'])
  })

  test('a region written after a town is the region, not a club of that name (bug: `Chelmsford, Essex` joined the club)', () => {
    const {grouping} = group(['Essex beat Kent.', 'Chelmsford, Essex, was dry.'], true)
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Essex', 1],
      ['Kent', 1]
    ])
    expect(grouping.places.map((mention) => `${mention.name}@${mention.block}:${mention.first}`)).toEqual(['Chelmsford@1:0', 'Essex@1:2'])
  })

  test('a town at a paragraph\'s start in a club\'s place is the club, read as a club in the story', () => {
    const {grouping} = group(['Essex beat Kent.', 'Essex, who started well, lost.'], true)
    const essex = grouping.entities[0]!
    expect([essex.name, essex.mentions.map((mention) => `${mention.kind}@${mention.block}:${mention.first}`)]).toEqual(['Essex', ['organization@0:0', 'organization@1:0']])
    expect(essex.mentions[1]!.evidence).toEqual({cue: 'team', detail: 'named as a club in the story'})
    expect(grouping.places).toEqual([])
  })

  test('an organization with one mention as a club, whatever its others, is a club', () => {
    const {mention} = byHand(['Essex County Board met. Essex beat Kent. Essex was dry.'])
    const summarized = summary([
      mention(0, 'Essex', 'organization', {cue: 'organization-head', detail: 'board'}),
      mention(0, 'Essex', 'organization', {cue: 'team', detail: 'nickname'}),
      mention(0, 'Essex', 'place', {cue: 'gazetteer', detail: undefined})
    ])
    expect(summarized.entities).toEqual([['organization', 'Essex', ['Essex:organization', 'Essex:organization', 'Essex:organization']]])
    expect(summarized.places).toEqual([])
  })

  test('a club\'s name after a place with no region of its own is the club (`Surrey, Essex and Kent won`)', () => {
    const {mention} = byHand(['Essex beat Kent.', 'Surrey, Essex and Kent won.'])
    const team = {cue: 'team', detail: 'nickname'} as const
    const gazetteer = {cue: 'gazetteer', detail: undefined} as const
    const summarized = summary([
      mention(0, 'Essex', 'organization', team),
      mention(1, 'Surrey', 'place', gazetteer),
      mention(1, 'Essex', 'place', gazetteer)
    ])
    expect(summarized.entities).toEqual([['organization', 'Essex', ['Essex:organization', 'Essex:organization']]])
    expect(summarized.places).toEqual(['Surrey@1:0'])
  })

  test('places come back in reading order, whatever order the mentions came in', () => {
    const {mention} = byHand(['Crews left Aurora for Boulder.', 'They reached Lakewood.'])
    const gazetteer = {cue: 'gazetteer', detail: undefined} as const
    const aurora = mention(0, 'Aurora', 'place', gazetteer)
    const boulder = mention(0, 'Boulder', 'place', gazetteer)
    const lakewood = mention(1, 'Lakewood', 'place', gazetteer)
    expect(summary([lakewood, boulder, aurora]).places).toEqual(['Aurora@0:2', 'Boulder@0:4', 'Lakewood@1:2'])
  })
})

describe('the grouping\'s answers: entityOf, adopt, attach', () => {
  test('entityOf gives the entity of a mention, and nothing for a place', () => {
    const {grouping, mentions} = group(['Ana Ruiz spoke in Denver.'])
    expect(mentions.map((mention) => grouping.entityOf(mention)?.name)).toEqual(['Ana Ruiz', undefined])
  })

  test('attach adds a mention found later to the entity', () => {
    const {blocks, grouping} = group(['Ana Ruiz spoke.', 'The mayor left.'])
    const mayor = mentionOf(new Run(blocks[1]!, 0, 2), 'person', {cue: 'title', detail: 'mayor'}, {name: 'Ana Ruiz', roles: ['mayor']})
    const ruiz = grouping.entities[0]!
    grouping.attach(ruiz, mayor)
    expect(ruiz.mentions.at(-1)).toBe(mayor)
    expect(grouping.entityOf(mayor)).toBe(ruiz)
    expect([...ruiz.roles]).toEqual(['mayor'])
  })

  test('adopt: a one-word speaker is the person of that surname named last before it', () => {
    const {blocks, grouping} = group(['Hugh Hill spoke.', 'Then Bo Hill spoke.', 'Hill said so.'])
    const hill = mentionOf(new Run(blocks[2]!, 0, 1), 'person', {cue: 'speech-verb', detail: undefined})
    const entity = grouping.adopt(hill)
    expect(entity.name).toBe('Bo Hill')
    expect(grouping.entityOf(hill)).toBe(entity)
  })

  test('adopt: a speaker of two words is not looked up by surname', () => {
    const {blocks, grouping} = group(['Hugh Hill spoke.', 'Bo Hill said so.'])
    const speaker = mentionOf(new Run(blocks[1]!, 0, 2), 'person', {cue: 'speech-verb', detail: undefined})
    const entity = grouping.adopt(speaker)
    expect([entity.kind, entity.name]).toEqual(['person', 'Bo Hill'])
    expect(grouping.entities.map((item) => item.name)).toEqual(['Hugh Hill', 'Bo Hill'])
  })

  test('adopt: an organization\'s speaker named by a club\'s last word is the club; a person\'s is not', () => {
    const {mention} = byHand(['The Milwaukee Brewers won.', 'The Brewers said so.', 'Brewers said so.'])
    const grouping = groupEntities([mention(0, 'Milwaukee Brewers', 'organization', {cue: 'team', detail: 'nickname'})])
    const club = grouping.adopt(mention(1, 'Brewers', 'organization', {cue: 'speech-verb', detail: undefined}))
    expect(club.name).toBe('Milwaukee Brewers')
    const person = grouping.adopt(mention(2, 'Brewers', 'person', {cue: 'speech-verb', detail: undefined}))
    expect([person.kind, person.name]).toEqual(['person', 'Brewers'])
  })

  test('adopt: a name no entity has is a new one, an organization or else a person', () => {
    const {mention} = byHand(['Quarry Guild said so. Tarn said so. Lakewood said so.'])
    const grouping = groupEntities([])
    expect([grouping.adopt(mention(0, 'Quarry Guild', 'organization')), grouping.adopt(mention(0, 'Tarn', 'person')), grouping.adopt(mention(0, 'Lakewood', 'place'))].map((entity) => [entity.kind, entity.name])).toEqual([
      ['organization', 'Quarry Guild'],
      ['person', 'Tarn'],
      ['person', 'Lakewood']
    ])
    expect(grouping.entities).toHaveLength(3)
  })
})

describe('what mentions tell about their entity', () => {
  const title = (jobTitle: string, council = false) => ({jobTitle, council}) as unknown as MentionDetails['title']

  test('each title once, and none from a mention with none', () => {
    const {mention} = byHand(['Councilmember Dana Pike spoke. Councilmember Pike left. Pike said so.'])
    const councilmember = title('Councilmember')
    const grouping = groupEntities([
      mention(0, 'Dana Pike', 'person', {cue: 'title', detail: 'Councilmember'}, {title: councilmember}),
      mention(0, 'Pike', 'person', {cue: 'title', detail: 'Councilmember'}, {surnameOnly: true, title: councilmember}),
      mention(0, 'Pike', 'person', {cue: 'speech-verb', detail: undefined}, {surnameOnly: true})
    ])
    expect(grouping.entities.map((entity) => [entity.mentions.length, entity.titles.map((item) => item.jobTitle)])).toEqual([[3, ['Councilmember']]])
  })

  test('the gender is the first one known', () => {
    const {mention} = byHand(['Dana Pike spoke. Pike left. Pike stayed.'])
    const grouping = groupEntities([
      mention(0, 'Dana Pike', 'person', shape, {gender: 'unknown'}),
      mention(0, 'Pike', 'person', shape, {surnameOnly: true, gender: 'female'}),
      mention(0, 'Pike', 'person', shape, {surnameOnly: true, gender: 'male'})
    ])
    expect(grouping.entities.map((entity) => entity.gender)).toEqual(['female'])
  })

  test('a council title with its place makes the person a member of the place\'s council, a city\'s named once', () => {
    const member = (text: string) => group([text]).grouping.entities.map((entity) => [entity.name, entity.memberOf])
    expect(member('Carson City Councilmember Dana Pike spoke.')).toEqual([['Dana Pike', 'Carson City Council']])
    expect(member('Aurora Councilmember Dana Pike spoke.')).toEqual([['Dana Pike', 'Aurora City Council']])
  })

  test('no council without a council title, nor without its place', () => {
    expect(group(['Denver Police Chief Ana Ruiz spoke.']).grouping.entities.map((entity) => [entity.name, entity.memberOf])).toEqual([['Ana Ruiz', undefined]])
    const {mention} = byHand(['Councilmember Dana Pike spoke.'])
    const grouping = groupEntities([mention(0, 'Dana Pike', 'person', {cue: 'title', detail: 'Councilmember'}, {title: title('Councilmember', true)})])
    expect(grouping.entities.map((entity) => entity.memberOf)).toEqual([undefined])
  })

  test('a short form in other capitals is spelled as the name spells it, wherever it is in the name', () => {
    const {mention} = byHand(['Ajax Amsterdam won. AJAX fans sang. AMSTERDAM fans too.'])
    const team = {cue: 'team', detail: 'nickname'} as const
    const grouping = groupEntities([
      mention(0, 'Ajax Amsterdam', 'organization', team),
      mention(0, 'AJAX', 'person', team, {surnameOnly: true, tentative: true}),
      mention(0, 'AMSTERDAM', 'person', team, {surnameOnly: true, tentative: true})
    ])
    expect(grouping.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([['Ajax Amsterdam', ['Ajax', 'Amsterdam']]])
  })

  test('other names are kept once each, whatever their capitals, and never the name itself', () => {
    const {mention} = byHand(['The Quarry Lane Alliance (QLA) met. The QLA voted. Quarry Lane said so. QUARRY LANE ALLIANCE won.'])
    const grouping = groupEntities([
      mention(0, 'Quarry Lane Alliance', 'organization'),
      mention(0, 'QLA', 'organization'),
      mention(0, 'QLA', 'organization'),
      mention(0, 'Quarry Lane', 'person', {cue: 'speech-verb', detail: undefined}),
      mention(0, 'QUARRY LANE ALLIANCE', 'organization')
    ])
    expect(grouping.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([['Quarry Lane Alliance', ['Quarry Lane', 'QLA']]])
  })
})

describe('shared surnames: the person named last before the mention', () => {
  test('a person named only after the mention does not count, in a later paragraph or later in the same one', () => {
    expect(entities(['Ana Ruiz spoke.', 'Ruiz left. Bo Ruiz arrived.']).entities.map(([, name, , mentions]) => [name, mentions])).toEqual([
      ['Ana Ruiz', ['Ana Ruiz', 'Ruiz']],
      ['Bo Ruiz', ['Bo Ruiz']]
    ])
  })

  test('in one paragraph, the one named later before the mention', () => {
    expect(entities(['Ana Ruiz and Bo Ruiz spoke. Ruiz left.']).entities.map(([, name, , mentions]) => [name, mentions])).toEqual([
      ['Ana Ruiz', ['Ana Ruiz']],
      ['Bo Ruiz', ['Bo Ruiz', 'Ruiz']]
    ])
  })

  test('a surname before both people of that surname is neither', () => {
    const {grouping} = group(['Ruiz spoke first.', 'Ana Ruiz and Bo Ruiz arrived.'])
    expect(grouping.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Ana Ruiz', 1],
      ['Bo Ruiz', 1]
    ])
  })
})

describe('abbreviates: the search and its limits', () => {
  test('letters going on inside a word for several letters (`PENNDOT`)', () => {
    expect(abbreviates('PENNDOT', 'Pennsylvania Department of Transportation')).toBe(true)
  })

  test('the first letter starts the name', () => {
    expect(abbreviates('XOJ', 'Department of Justice')).toBe(false)
  })

  test('a name of two words', () => {
    expect(abbreviates('ABR', 'Alpha Bravo')).toBe(true)
  })

  test('empty words from doubled spaces are no words', () => {
    expect(abbreviates('DOJ', ' Department  of Justice')).toBe(true)
    expect(abbreviates('ABL', 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo  Lima')).toBe(true)
  })

  test('one letter reached in one word by two paths, at two offsets, is searched from each (the memo tells them apart)', () => {
    // `B` starts the last word as letter 2 (then `cdefbg` goes on inside it) and as letter 7 (after `Bc D E F`, with `g` not next).
    expect(abbreviates('ABCDEFBG', 'A Bc D E F Bcdefbg')).toBe(true)
    expect(abbreviates('ABCDEFBX', 'A B c D E F Bcdefbx')).toBe(true)
  })

  test('the initials rule counts words that start with a capital, not capitals inside words', () => {
    expect(abbreviates('LLX', 'LinkedIn Labs')).toBe(true)
    expect(abbreviates('MGE', 'eBay Motors Group')).toBe(true)
  })
})
