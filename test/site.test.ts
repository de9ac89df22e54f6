// The site graph: siteToJsonLd, the `site` option in articles (WebSite, breadcrumb, publisher by @id), the site file and its errors.
import {readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, siteToJsonLd, type SiteOptions, validate} from '../src/index.js'
import {readConfigFile} from '../src/known/config-file.js'
import {siteSchema} from '../src/site/site.js'
import {runCli} from './helpers/run-cli.js'

const path = new URL('fixtures/newsroom/site.yaml', import.meta.url)
const site: SiteOptions = readConfigFile(await readFile(path, 'utf8'), 'site.yaml', siteSchema)
type Node = Record<string, unknown>

describe('siteToJsonLd', () => {
  const graph = siteToJsonLd(site)['@graph'] as unknown as Node[]

  test('gives the WebSite with its search action, published by the organization', () => {
    expect(graph[0]).toEqual({
      '@type': 'WebSite',
      '@id': 'https://www.valleyledger.example/#website',
      url: 'https://www.valleyledger.example/',
      name: 'The Valley Ledger',
      alternateName: 'Valley Ledger',
      description: 'News from Springfield, Holyoke and the Pioneer Valley since 1884.',
      inLanguage: 'en-US',
      publisher: {'@id': 'https://www.valleyledger.example/#organization'},
      potentialAction: {
        '@type': 'SearchAction',
        target: {'@type': 'EntryPoint', urlTemplate: 'https://www.valleyledger.example/search?q={search_term_string}'},
        'query-input': 'required name=search_term_string'
      }
    })
  })

  test('gives the NewsMediaOrganization with logo, sameAs and the Trust Project policies', () => {
    const about = (page: string) => 'https://www.valleyledger.example/about/' + page
    expect(graph[1]).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://www.valleyledger.example/#organization',
      name: 'The Valley Ledger',
      alternateName: 'Valley Ledger',
      url: 'https://www.valleyledger.example/',
      logo: {
        '@type': 'ImageObject',
        '@id': 'https://www.valleyledger.example/#logo',
        url: 'https://www.valleyledger.example/images/valley-ledger-logo.png',
        contentUrl: 'https://www.valleyledger.example/images/valley-ledger-logo.png',
        width: 600,
        height: 600
      },
      image: {'@id': 'https://www.valleyledger.example/#logo'},
      sameAs: ['https://social.example/@valleyledger', 'https://video.example/valleyledger'],
      foundingDate: '1884-03-02',
      publishingPrinciples: about('standards'),
      ethicsPolicy: about('ethics'),
      correctionsPolicy: about('corrections'),
      masthead: about('staff'),
      diversityPolicy: about('diversity'),
      actionableFeedbackPolicy: about('contact'),
      ownershipFundingInfo: about('ownership')
    })
  })

  test('passes the validator with the Google profile', () => {
    expect(validate(siteToJsonLd(site), {profile: 'google'}).filter((issue) => issue.severity !== 'info')).toEqual([])
  })

  test('a malformed site throws, naming the field', () => {
    expect(() => siteToJsonLd({url: 'https://www.example.com/', name: 'X', searchUrl: '/search?q='})).toThrow(
      'Unexpected `/search?q=` for `site.searchUrl`, expected a URL with `{search_term_string}` where the query goes'
    )
    expect(() => siteToJsonLd({url: '/relative', name: 'X'})).toThrow('Unexpected `/relative` for `site.url`, expected an absolute `http:` or `https:` URL')
  })
})

describe('the `site` option', () => {
  const article = (url: string, section = 'Local') =>
    articleToJsonLd(`---\ntitle: Plows out overnight\nurl: ${url}\nsection: ${section}\ndatePublished: 2026-12-03T06:20:00-05:00\n---\n\nThe city sent 60 plows out overnight.`, {site})
  const nodes = (url: string, section?: string) => article(url, section).jsonld['@graph'] as unknown as Node[]

  test('the article’s publisher is the site’s organization, by @id, and its page is part of the WebSite', () => {
    const graph = nodes('https://www.valleyledger.example/local/2026/12/plows')
    expect(graph[0]!.publisher).toEqual({'@id': 'https://www.valleyledger.example/#organization'})
    expect(graph[1]).toMatchObject({'@type': 'WebPage', isPartOf: {'@id': 'https://www.valleyledger.example/#website'}, breadcrumb: {'@id': 'https://www.valleyledger.example/local/2026/12/plows#breadcrumb'}})
    expect(graph.some((node) => node['@id'] === 'https://www.valleyledger.example/#website' && node['@type'] === 'WebSite')).toBe(true)
  })

  test('the breadcrumb runs from the home page through the section folders (named by the site) to the article', () => {
    const crumbs = nodes('https://www.valleyledger.example/local/2026/12/plows').find((node) => node['@type'] === 'BreadcrumbList')!
    expect(crumbs.itemListElement).toEqual([
      {'@type': 'ListItem', position: 1, name: 'The Valley Ledger', item: 'https://www.valleyledger.example/'},
      {'@type': 'ListItem', position: 2, name: 'Local News', item: 'https://www.valleyledger.example/local/'},
      {'@type': 'ListItem', position: 3, name: 'Plows out overnight', item: 'https://www.valleyledger.example/local/2026/12/plows'}
    ])
  })

  test('a folder the site does not name is named by the article’s section when it is its slug, else left out', () => {
    const crumbs = nodes('https://www.valleyledger.example/arts-culture/2026/plows', 'Arts & Culture').find((node) => node['@type'] === 'BreadcrumbList')!
    expect((crumbs.itemListElement as Node[]).map((item) => item.name)).toEqual(['The Valley Ledger', 'Arts & Culture', 'Plows out overnight'])
    const off = nodes('https://elsewhere.example/local/plows')
    expect(off.some((node) => node['@type'] === 'BreadcrumbList')).toBe(false)
  })

  test('the article graph and the site graph together pass the validator', () => {
    const {jsonld} = article('https://www.valleyledger.example/local/2026/12/plows')
    expect(validate(jsonld, {profile: 'google'}).filter((issue) => issue.severity !== 'info')).toEqual([])
  })
})

describe('the CLI', () => {
  test('`site` prints the site graph; a malformed site file is an error with its line and column', async () => {
    const run = await runCli(['site', path.pathname])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(siteToJsonLd(site))
    const {mkdtemp, writeFile} = await import('node:fs/promises')
    const {join} = await import('node:path')
    const {tmpdir} = await import('node:os')
    const bad = join(await mkdtemp(join(tmpdir(), 'site-')), 'site.yaml')
    await writeFile(bad, 'url: https://www.example.com/\nname: Example\nlogo:\n  url: /logo.png\n  width: wide\n')
    const failed = await runCli(['site', bad])
    expect(failed.code).toBe(2)
    expect(failed.stdout).toBe('')
    expect(failed.stderr).toContain(bad + ':5:10: Unexpected `wide` for `logo.width`, expected a number of pixels')
  })
})
