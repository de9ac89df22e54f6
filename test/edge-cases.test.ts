import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

function text(body: string) {
  return articleToJsonLd('Headline\n\n' + body, {format: 'text'})
}

function graphIds(jsonld: {'@graph': readonly unknown[]}) {
  const ids = new Set<string>()
  const references: string[] = []
  for (const node of jsonld['@graph'] as ReadonlyArray<Record<string, unknown>>) ids.add(node['@id'] as string)
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (Object.keys(record).length === 1 && typeof record['@id'] === 'string') references.push(record['@id'])
      else Object.values(record).forEach(walk)
    }
  }
  for (const node of jsonld['@graph']) for (const value of Object.values(node as object)) walk(value)
  return {ids, references}
}

describe('edge cases', () => {
  test('a second quote with its own speaker is its own quotation', () => {
    const {article} = text('"We will fix the roads," Jane Doe said. "We have no money," Bob Smith said.')
    expect(article.quotations.map((quotation) => [quotation.speaker?.name, quotation.text])).toEqual([
      ['Jane Doe', 'We will fix the roads'],
      ['Bob Smith', 'We have no money']
    ])
  })

  test('marks around nothing are no quotation', () => {
    expect(text('"" said Jane Doe.').article.quotations).toEqual([])
  })

  test('non-Latin names get distinct ids', () => {
    const {jsonld} = text('"Да," said Владимир Путин. "Мы тоже," said Дмитрий Песков.')
    const people = (jsonld['@graph'] as ReadonlyArray<Record<string, unknown>>).filter((node) => node['@type'] === 'Person')
    expect(new Set(people.map((node) => node['@id'])).size).toBe(2)
  })

  test('every reference resolves, even to a station named by its brand', () => {
    for (const body of ['DENVER (KDVR) — "We stand by it," FOX31 said.', 'TORONTO (CP) — "We regret the error," CP said.']) {
      const {ids, references} = graphIds(text(body).jsonld)
      for (const reference of references) if (reference.startsWith('#')) expect(ids, reference).toContain(reference)
    }
  })

  test('a dateline names a city: NEW YORK is New York City', () => {
    expect(text('NEW YORK (AP) — Stocks fell.').article.places.map((place) => place.geonameId)).toEqual([5128581])
  })

  test('places before teams, people before teams', () => {
    const {article} = text('Kansas City officials met Mary Jones. "It went well," Mary Jones said.')
    expect(article.places.map((place) => place.name)).toEqual(['Kansas City'])
    expect(article.entities.map((entity) => [entity.type, entity.name])).toEqual([['Person', 'Mary Jones']])
  })

  test('a dash of two hyphens attributes a quote', () => {
    expect(text('"Never again." -- Gov. Jared Polk').article.quotations[0]?.speaker?.name).toBe('Jared Polk')
  })

  test('a paragraph about copyright is no trailer', () => {
    const {article} = text('Copyright claims against AI companies surged.\n\n"It is a flood," said Ana Ruiz.')
    expect(article.quotations.map((quotation) => [quotation.text, quotation.speaker?.name])).toEqual([['It is a flood', 'Ana Ruiz']])
  })

  test('markup nested thousands deep is an error message, not a crash', () => {
    const result = articleToJsonLd('<article>' + '<div>'.repeat(5000) + 'deep</article>', {format: 'html'})
    // How deep a parser gets depends on the stack it runs on (vitest's and Stryker's differ): reading the
    // page or saying once, as an error, that it cannot are both right; a crash or a lost page is not.
    const unreadable = result.messages.filter((message) => message.ruleId === 'unreadable-article')
    expect(unreadable.map((message) => message.fatal)).toEqual(unreadable.length === 0 ? [] : [true])
    expect(result.jsonld['@graph'].map((node) => (node as {'@type'?: unknown})['@type'])).toContain('WebPage')
    expect(articleToJsonLd('# H\n\n' + '>'.repeat(4000) + ' text').article.headline?.text).toBe('H')
  })

  test('zero-width and thin spaces separate words', () => {
    expect(text('"We are ready," said\u200B Mayor\u2009Ana\u200BRuiz.').article.quotations[0]?.speaker?.name).toBe('Ana Ruiz')
  })
})
