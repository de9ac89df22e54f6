// The public model built from the extractors' results: names, spans and positions as a reader of the
// `Article` sees them. Invented stories, read as plain text (headline, blank line, paragraphs).
import {describe, expect, test} from 'vitest'
import type {TextSpan} from './span.js'
import {articleToJsonLd} from '../index.js'

function read(...paragraphs: string[]) {
  const text = ['Storm', ...paragraphs].join('\n\n')
  return {text, article: articleToJsonLd(text, {format: 'text'}).article}
}

/** A span as `[text, offset]`, checking that its position points at its text in the source. */
function at(source: string) {
  return (span: TextSpan | undefined) => {
    if (span === undefined) return undefined
    const start = span.position?.start.offset
    const end = span.position?.end.offset
    expect(source.slice(start, end)).toBe(span.text)
    return [span.text, start]
  }
}

describe('entities', () => {
  test('a person and an organization: kind, name, title, evidence (sorted, each once) and every mention with its place', () => {
    const {text, article} = read('Mayor Ana Ruiz of Denver met Acme Corp officials. Ruiz said Acme Corp would help. Ana Ruiz left.')
    const span = at(text)
    expect(article.entities.map((entity) => ({...entity, mentions: entity.mentions.map(span)}))).toEqual([
      {
        type: 'Person',
        name: 'Ana Ruiz',
        alternateNames: [],
        jobTitle: 'Mayor',
        memberOf: undefined,
        // The entity's order: full names, then the surname.
        mentions: [
          ['Ana Ruiz', text.indexOf('Ana Ruiz')],
          ['Ana Ruiz', text.lastIndexOf('Ana Ruiz')],
          ['Ruiz', text.indexOf('Ruiz said')]
        ],
        evidence: ['given-name', 'name-shape', 'title']
      },
      {
        type: 'Organization',
        name: 'Acme Corp',
        alternateNames: [],
        jobTitle: undefined,
        memberOf: undefined,
        mentions: [
          ['Acme Corp', text.indexOf('Acme Corp')],
          ['Acme Corp', text.lastIndexOf('Acme Corp')]
        ],
        evidence: ['organization-head']
      }
    ])
  })

  test('the dateline\'s agency is an organization, with the credit\'s span, its full name, and the entities that name it folded in', () => {
    const {text, article} = read('DENVER (AP) — AP counted homes. Ana Ruiz spoke. The Associated Press said more.')
    const span = at(text)
    const agency = article.entities.find((entity) => entity.evidence.includes('dateline'))!
    expect({...agency, mentions: agency.mentions.map(span)}).toEqual({
      type: 'Organization',
      name: 'The Associated Press',
      // The credit first, each other name once.
      alternateNames: ['AP', 'Associated Press'],
      jobTitle: undefined,
      memberOf: undefined,
      // The credit, then the mentions of each entity folded in.
      mentions: [
        ['AP', text.indexOf('AP)')],
        ['Associated Press', text.indexOf('Associated Press')],
        ['AP', text.indexOf('AP counted')]
      ],
      evidence: ['dateline']
    })
    expect(article.entities.map((entity) => entity.name)).toEqual(['Ana Ruiz', 'The Associated Press'])
  })

  test('a credit that is no known agency is an organization of its own name, with no other names', () => {
    const {text, article} = read('DENVER (Zorvak Wire) — Ana Ruiz spoke.')
    expect(article.entities.map((entity) => [entity.type, entity.name, entity.alternateNames, entity.evidence, entity.mentions.map(at(text))])).toEqual([
      ['Person', 'Ana Ruiz', [], ['speech-verb'], [['Ana Ruiz', text.indexOf('Ana Ruiz')]]],
      ['Organization', 'Zorvak Wire', [], ['dateline'], [['Zorvak Wire', text.indexOf('Zorvak Wire')]]]
    ])
  })

  test('a local station\'s channel brand (`FOX31`) is the station of the dateline (`KDVR`); a quote it gives is the station\'s', () => {
    const {text, article} = read('DENVER (KDVR) — The storm hit homes.', '"It is bad," FOX31 said.')
    const span = at(text)
    expect(article.entities.map((entity) => [entity.type, entity.name, entity.alternateNames, entity.evidence, entity.mentions.map(span)])).toEqual([
      ['Organization', 'KDVR', ['FOX31'], ['dateline'], [['KDVR', text.indexOf('KDVR')], ['FOX31', text.indexOf('FOX31')]]]
    ])
    expect(article.quotations[0]!.speaker).toMatchObject({type: 'Organization', name: 'KDVR'})
  })

  test('a channel brand stays itself under an agency\'s credit, or no credit', () => {
    const agency = read('DENVER (AP) — The storm hit homes.', '"It is bad," FOX31 said.').article
    expect(agency.entities.map((entity) => entity.name)).toEqual(['FOX31', 'The Associated Press'])
    expect(agency.quotations[0]!.speaker).toMatchObject({type: 'Organization', name: 'FOX31'})
    const none = read('The storm hit homes.', '"It is bad," FOX31 said.').article
    expect(none.entities.map((entity) => entity.name)).toEqual(['FOX31'])
  })

  test('a credit of call letters (`K` or `W` and two or three capitals) is a station; a longer one is not', () => {
    const station = read('DENVER (WXYZ) — The storm hit homes.', '"It is bad," FOX31 said.').article
    expect(station.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([['WXYZ', ['FOX31']]])
    const three = read('DENVER (KOA) — The storm hit homes.', '"It is bad," FOX31 said.').article
    expect(three.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([['KOA', ['FOX31']]])
    for (const credit of ['AKOA', 'KOAXYZ']) {
      const other = read(`DENVER (${credit}) — The storm hit homes.`, '"It is bad," FOX31 said.').article
      expect(other.entities.map((entity) => [entity.name, entity.alternateNames])).toEqual([
        ['FOX31', []],
        [credit, []]
      ])
    }
  })

  test('an entity named as the credit is the credit\'s organization; a person of that name is not', () => {
    const named = read('BERLIN (DPA) — The storm hit homes.', 'DPA said more.').article
    expect(named.entities.map((entity) => [entity.type, entity.name, entity.alternateNames, entity.mentions.map((item) => item.text)])).toEqual([
      ['Organization', 'Deutsche Presse-Agentur', ['DPA'], ['DPA', 'DPA']]
    ])
    const person = read('PARIS (Bo Lee) — Bo Lee said the storm hit.').article
    expect(person.entities.map((entity) => [entity.type, entity.name])).toEqual([
      ['Person', 'Bo Lee'],
      ['Organization', 'Bo Lee']
    ])
  })
})

describe('quotations', () => {
  test('text, trimmed parts with their places, cue, speaker phrase, block, and the speaker by the name the article gives', () => {
    const {text, article} = read('Mayor Ana Ruiz spoke.', '“ It is bad, ” Ruiz said. “We will rebuild. ”')
    const span = at(text)
    const [quote] = article.quotations
    expect({...quote!, parts: quote!.parts.map(span), cue: span(quote!.cue), speakerPhrase: span(quote!.speakerPhrase), speaker: {...quote!.speaker!, phrase: span(quote!.speaker!.phrase)}}).toEqual({
      text: 'It is bad. We will rebuild.',
      parts: [
        ['It is bad,', text.indexOf('It is')],
        ['We will rebuild.', text.indexOf('We will')]
      ],
      block: 2,
      cue: ['said', text.indexOf('said')],
      speakerPhrase: ['Ruiz', text.indexOf('Ruiz said')],
      closed: true,
      speaker: {type: 'Person', name: 'Ana Ruiz', phrase: ['Ruiz', text.indexOf('Ruiz said')], resolution: 'surname'}
    })
  })

  test('an organization\'s quote; a quote left open at the story\'s end is not closed', () => {
    const {article} = read('"We will help," Acme Corp said in a statement. "Soon.')
    expect(article.quotations.map((quote) => [quote.text, quote.closed, quote.speaker?.type, quote.speaker?.name, quote.cue?.text])).toEqual([
      ['We will help. Soon.', false, 'Organization', 'Acme Corp', 'said in a statement']
    ])
  })

  test('a quote with no speaker has no speaker, and its phrase is what the text gave', () => {
    const {article} = read('The city called it a “mess” today.')
    expect(article.quotations.map((quote) => [quote.text, quote.speaker, quote.cue?.text, quote.speakerPhrase?.text, quote.block])).toEqual([['mess', undefined, 'called', 'The city', 1]])
  })

  test('a quoted term, trimmed like a quote\'s parts', () => {
    const {text, article} = read('She ate a "tomato" and a “ pear ” today.')
    expect(article.quotedTerms.map(at(text))).toEqual([
      ['tomato', text.indexOf('tomato')],
      ['pear', text.indexOf('pear')]
    ])
  })
})

describe('places', () => {
  test('a place (the dateline\'s among its mentions) and a site keep their mentions\' spans', () => {
    const {text, article} = read('DENVER — Ana Ruiz lives in Denver. She spoke at Linden Street in Denver.')
    const denver = article.places.find((place) => place.name === 'Denver')!
    expect(denver.mentions.map(at(text))).toEqual([
      ['DENVER', text.indexOf('DENVER')],
      ['Denver', text.indexOf('Denver')],
      ['Denver', text.lastIndexOf('Denver')]
    ])
    const street = article.places.find((place) => place.name === 'Linden Street')!
    expect(street.mentions.map(at(text))).toEqual([['Linden Street', text.indexOf('Linden Street')]])
  })
})
