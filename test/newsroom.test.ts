// The fixture newsroom (test/fixtures/newsroom/): ten articles of an invented western Massachusetts paper and its
// known-entities file, checked against gold written by hand (gold.json): stable ids, sameAs, a place settled by
// configuration, staff bylines enriched, and the same ids from a batch run.
import {readFile, readdir} from 'node:fs/promises'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {articlesToJsonLd, articleToJsonLd, type Options, siteToJsonLd, validate} from '../src/index.js'
import {readConfigFile} from '../src/known/config-file.js'
import {readKnownEntities} from '../src/known/read-known-entities.js'
import {siteSchema} from '../src/site/site.js'

const folder = new URL('fixtures/newsroom/', import.meta.url)

interface Gold {
  readonly site: string
  readonly everyArticle: readonly string[]
  readonly articles: Record<string, {authors: string[]; dateline: number; known: string[]; local: string[]; ambiguous: string[]}>
}

const gold = JSON.parse(await readFile(new URL('gold.json', folder), 'utf8')) as Gold
const knownEntities = readKnownEntities(await readFile(new URL('entities.yaml', folder), 'utf8'), 'entities.yaml')
const site = readConfigFile(await readFile(new URL('site.yaml', folder), 'utf8'), 'site.yaml', siteSchema)
// The site is the publisher, the base of the known entities' ids, and the graph every article links to.
const newsroom: Options = {site, timeZone: 'America/New_York', language: 'en-US', knownEntities}
const paths = (await Promise.all(['business', 'local', 'sports'].map(async (section) => (await readdir(new URL('articles/' + section, folder))).map((name) => section + '/' + name)))).flat().sort()
const articles = await Promise.all(paths.map(async (path) => ({path, value: await readFile(new URL('articles/' + path, folder), 'utf8')})))
const results = new Map(articles.map(({path, value}) => [path, articleToJsonLd(new VFile({path, value}), newsroom)]))

type Node = Record<string, unknown> & {'@id'?: string; '@type'?: string}
const nodesOf = (path: string) => results.get(path)!.jsonld['@graph'] as unknown as Node[]
const absolute = (id: string) => new URL(id, gold.site).href

test('the gold names every article of the newsroom, and there are ten', () => {
  expect(Object.keys(gold.articles).sort()).toEqual(paths)
  expect(paths).toHaveLength(10)
})

describe.each(paths)('%s', (path) => {
  const expected = gold.articles[path]!
  const nodes = nodesOf(path)
  const byId = new Map(nodes.map((node) => [node['@id'], node]))
  const article = nodes[0]!

  test('the known entities it names are nodes with their stable ids', () => {
    for (const id of expected.known) expect(byId.has(absolute(id)), id).toBe(true)
  })

  test('the byline authors are the staff entries, with their pages, sameAs and titles', () => {
    expect((article.author as Array<{'@id': string}>).map((item) => item['@id'])).toEqual(expected.authors)
    for (const id of expected.authors) {
      const author = byId.get(id)!
      expect(author.url).toMatch(/^https:\/\/www\.valleyledger\.example\/staff\//)
      expect(author.sameAs).toBeDefined()
      expect(author.jobTitle).toBeDefined()
      expect(author.affiliation).toEqual({'@id': 'https://www.valleyledger.example/#organization'})
    }
  })

  test('the dateline is the place the configuration settles', () => {
    const place = byId.get((article.locationCreated as {'@id': string})['@id'])!
    expect([place.sameAs].flat()).toContain('https://sws.geonames.org/' + expected.dateline + '/')
  })

  test('entities the newsroom does not know keep ids local to the article', () => {
    for (const name of expected.local) {
      const node = nodes.find((item) => item.name === name)
      expect(node, name).toBeDefined()
      expect(node!['@id']!.startsWith(String(article.url) + '#')).toBe(true)
    }
  })

  test('a name matching two entries is reported with both, and only then', () => {
    const messages = results.get(path)!.messages.filter((message) => message.ruleId === 'known-entity-ambiguous')
    expect(messages.map((message) => message.actual)).toEqual(expected.ambiguous)
    for (const message of messages) {
      expect(message.expected).toEqual([absolute('people/pat-keane-council#person'), absolute('people/pat-keane-coach#person')])
      expect(message.reason).toContain('pat-keane-council')
      expect(message.reason).toContain('pat-keane-coach')
    }
  })

  test('the site graph is linked: publisher, WebSite and breadcrumb by @id', () => {
    const siteIds = (siteToJsonLd(site)['@graph'] as unknown as Node[]).map((node) => node['@id'])
    expect(article.publisher).toEqual({'@id': siteIds[1]})
    expect(nodes[1]!.isPartOf).toEqual({'@id': siteIds[0]})
    const crumbs = byId.get((nodes[1]!.breadcrumb as {'@id': string})['@id'])!
    const items = crumbs.itemListElement as Array<{name: string; item: string}>
    expect(items.map((item) => item.item)).toEqual([gold.site, gold.site + path.split('/')[0] + '/', article.url])
    expect(items[1]!.name).toBe({business: 'Business', local: 'Local News', sports: 'Sports'}[path.split('/')[0]!])
  })

  test('the graph passes the validator (Google profile) without errors or warnings', () => {
    expect(validate(results.get(path)!.jsonld, {profile: 'google'}).filter((issue) => issue.severity !== 'info').map((issue) => issue.ruleId + ' ' + issue.path)).toEqual([])
  })
})

test('one entity has the same @id in every article', () => {
  for (const id of gold.everyArticle) {
    for (const path of paths) expect(nodesOf(path).some((node) => node['@id'] === id), path + ' ' + id).toBe(true)
  }
})

test('people and organizations carry the sameAs of their entries', () => {
  const all = paths.flatMap(nodesOf)
  const mayor = all.find((node) => node['@id'] === absolute('#/schema/person/delphine-castellano'))!
  expect(mayor).toMatchObject({'@type': 'Person', name: 'Delphine Castellano', jobTitle: 'Mayor of Springfield', sameAs: 'https://social.example/@mayorcastellano'})
  const commission = all.find((node) => node['@id'] === absolute('#/schema/organization/connecticut-valley-water-commission'))!
  // The entry's type wins over the guess.
  expect(commission).toMatchObject({'@type': 'GovernmentOrganization', url: 'https://www.cvwc.example/', sameAs: 'https://social.example/@cvwc'})
  const team = all.find((node) => node['@id'] === absolute('#/schema/organization/springfield-ironworkers'))!
  expect(team['@type']).toBe('SportsTeam')
})

test('Springfield is Springfield, Massachusetts, as configured, where the gazetteer alone picks another', () => {
  const without = articleToJsonLd(new VFile({path: 'budget.md', value: articles.find((item) => item.path === 'local/springfield-budget-vote.md')!.value}), {...newsroom, knownEntities: undefined})
  expect(without.article.dateline?.geonameId).not.toBe(4951788)
  expect(results.get('local/springfield-budget-vote.md')!.article.dateline?.geonameId).toBe(4951788)
})

test('a known name the extractors leave out is found: `CVWC` and the `Ironworkers`', () => {
  const without = (path: string) => articleToJsonLd(new VFile({path, value: articles.find((item) => item.path === path)!.value}), {...newsroom, knownEntities: undefined}).article.entities.map((entity) => entity.name)
  expect(without('local/river-cleanup.md')).not.toContain('Connecticut Valley Water Commission')
  expect(results.get('local/river-cleanup.md')!.article.entities.find((entity) => entity.name === 'Connecticut Valley Water Commission')?.mentions.map((mention) => mention.text)).toEqual(['CVWC'])
  expect(without('local/snow-emergency.md')).not.toContain('Springfield Ironworkers')
  expect(results.get('local/snow-emergency.md')!.article.entities.some((entity) => entity.known?.name === 'Springfield Ironworkers')).toBe(true)
})

test('a batch run emits the same graphs, ids included', async () => {
  const records = []
  for await (const record of articlesToJsonLd(articles.map(({path, value}) => ({id: path, path, value})), newsroom)) records.push(record)
  for (const record of records) expect(record.jsonld).toEqual(results.get(record.id)!.jsonld)
})
