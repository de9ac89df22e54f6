import type {Graph} from 'schema-dts'
import {describe, expect, test} from 'vitest'
import {toMetaTags} from './meta-tags.js'

const graphOf = (...nodes: Array<Record<string, unknown>>) => ({jsonld: {'@context': 'https://schema.org', '@graph': nodes} as unknown as Graph})

const article = {
  '@type': 'NewsArticle',
  headline: 'Council "votes" <now> & later',
  description: 'The budget passes.',
  url: 'https://news.example/a',
  image: [{'@type': 'ImageObject', url: 'https://news.example/a.jpg'}, 'https://news.example/b.jpg'],
  inLanguage: 'zh-Hant-TW',
  publisher: {'@id': '#org'},
  datePublished: '2024-03-05T09:30:00Z',
  dateModified: '2024-03-06T09:30:00Z',
  author: [{'@id': '#ana'}, {'@id': '#li'}, {'@id': '#nobody'}],
  articleSection: 'Politics',
  keywords: ['budget', 'council']
}
const organization = {'@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Example'}
const ana = {'@type': 'Person', '@id': '#ana', name: 'Ana Diaz', url: 'https://news.example/ana'}
const li = {'@type': 'Person', '@id': '#li', name: 'Li Wei'}

describe('toMetaTags', () => {
  test('gives Open Graph and Twitter tags from the article and the nodes it refers to', () => {
    const {tags} = toMetaTags(graphOf(article, organization, ana, li))
    expect(tags.map((tag) => `${tag.attribute} ${tag.key} ${tag.content}`)).toEqual([
      'property og:type article',
      'property og:title Council "votes" <now> & later',
      'property og:description The budget passes.',
      'property og:url https://news.example/a',
      'property og:image https://news.example/a.jpg',
      'property og:image https://news.example/b.jpg',
      // Only the first hyphen: Open Graph writes language_TERRITORY.
      'property og:locale zh_Hant-TW',
      'property og:site_name The Example',
      'property article:published_time 2024-03-05T09:30:00Z',
      'property article:modified_time 2024-03-06T09:30:00Z',
      // The author's page when there is one, else the name; a dangling reference gives nothing.
      'property article:author https://news.example/ana',
      'property article:author Li Wei',
      'property article:section Politics',
      'property article:tag budget',
      'property article:tag council',
      'name twitter:card summary_large_image',
      'name twitter:title Council "votes" <now> & later',
      'name twitter:description The budget passes.',
      'name twitter:image https://news.example/a.jpg'
    ])
  })

  test('escapes attributes in the HTML, one tag a line', () => {
    const {html} = toMetaTags(graphOf({headline: 'A "B" <C> & D'}))
    expect(html.split('\n')).toEqual([
      '<meta property="og:type" content="article">',
      '<meta property="og:title" content="A &quot;B&quot; &lt;C&gt; &amp; D">',
      '<meta name="twitter:card" content="summary">',
      '<meta name="twitter:title" content="A &quot;B&quot; &lt;C&gt; &amp; D">'
    ])
  })

  test('writes numbers, and leaves out empty strings, objects, null and other kinds', () => {
    const {tags} = toMetaTags(graphOf({headline: '', description: 42, url: null, keywords: [{}, true, 'kept'], inLanguage: ['en'], publisher: 'The Example'}))
    expect(tags.map((tag) => tag.key + '=' + tag.content)).toEqual(['og:type=article', 'og:description=42', 'article:tag=kept', 'twitter:card=summary', 'twitter:description=42'])
  })

  test('an empty graph gives only the type and the card', () => {
    expect(toMetaTags(graphOf()).html).toBe('<meta property="og:type" content="article">\n<meta name="twitter:card" content="summary">')
  })

  test('a reference is looked up by its @id only: a node without @id matches no reference', () => {
    const {tags} = toMetaTags(graphOf({publisher: {'@id': '#org'}, author: 'Ana Diaz'}, {name: 'No id'}, {'@id': '#other', name: 'Other'}))
    expect(tags.map((tag) => tag.key)).toEqual(['og:type', 'twitter:card'])
  })

  test('null and images without a URL give no tag, and the card is then a plain summary', () => {
    const {tags} = toMetaTags(graphOf({image: [null, {}, {url: ''}, 7], author: [null], publisher: null}))
    expect(tags.map((tag) => tag.key + '=' + tag.content)).toEqual(['og:type=article', 'twitter:card=summary'])
  })
})
