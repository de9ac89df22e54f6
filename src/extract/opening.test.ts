// The top of a story, on invented blocks: headline, dek, byline, date line, preamble, dateline and lede,
// each rule on both sides.
import {describe, expect, test} from 'vitest'
import type {ArticleDocument, Block, BlockKind} from '../document/document.js'
import {SourceMap} from '../document/source-map.js'
import type {ArticleMetadata} from '../metadata/metadata.js'
import {readOpening} from './opening.js'

type Written = string | [BlockKind, string]

/** A document of blocks: a string is a paragraph. */
function documentOf(...written: Written[]): ArticleDocument {
  const blocks: Block[] = written.map((item) => {
    const [kind, text] = typeof item === 'string' ? ['paragraph' as const, item] : item
    return {kind, text, group: 0, map: new SourceMap()}
  })
  return {format: 'text', frontmatter: undefined, blocks, toPosition: () => undefined}
}

const metadata = (publisher?: string): ArticleMetadata => ({authors: [], images: [], publisher: publisher === undefined ? undefined : {name: publisher}}) as unknown as ArticleMetadata

/** The opening as texts, so that a test reads as the story it checks. */
function opening(...written: Written[]) {
  const result = readOpening(documentOf(...written), metadata())
  return {
    headline: result.headline?.text,
    dek: result.dek?.text,
    byline: result.byline?.authors.map((author) => author.name),
    dateline: result.dateline?.text,
    lede: result.lede?.text,
    titleBlocks: result.titleBlocks,
    body: result.body
  }
}

const lede = 'DENVER (KDVR) — Snow closed the pass on Monday.'

describe('headline, dek and byline', () => {
  test('a first heading is the headline, lines of kind dek under it the dek (the first), then a byline', () => {
    expect(opening(['heading', 'Snow closes pass'], ['dek', 'Crews work overnight'], ['dek', 'Second line'], 'By Jane Doe', lede, 'More.')).toEqual({
      headline: 'Snow closes pass',
      dek: 'Crews work overnight',
      byline: ['Jane Doe'],
      dateline: 'DENVER (KDVR)',
      lede: 'Snow closed the pass on Monday.',
      titleBlocks: [0, 1, 2],
      body: [4, 5]
    })
  })

  test('no heading first: no headline; a dek first is a dek', () => {
    expect(opening(['dek', 'Crews work overnight'], lede)).toMatchObject({headline: undefined, dek: 'Crews work overnight', titleBlocks: [0], body: [1]})
    expect(opening(lede, ['heading', 'Later heading'])).toMatchObject({headline: undefined, dek: undefined, titleBlocks: [], body: [0, 1]})
    expect(opening()).toEqual({headline: undefined, dek: undefined, byline: undefined, dateline: undefined, lede: undefined, titleBlocks: [], body: []})
  })

  test('a byline is a paragraph, right after the headline and dek', () => {
    expect(opening(['heading', 'Snow'], ['list-item', 'By Jane Doe'], lede)).toMatchObject({byline: undefined, body: [1, 2]})
    expect(opening(['heading', 'Snow'], 'Snow fell, by all accounts.', 'By Jane Doe')).toMatchObject({byline: undefined, body: [1, 2]})
    expect(opening('By Jane Doe', lede)).toMatchObject({byline: ['Jane Doe'], body: [1], lede: 'Snow closed the pass on Monday.'})
  })

  test('a date-only line after the byline is skipped', () => {
    expect(opening(['heading', 'Snow'], 'By Jane Doe', 'Feb. 11, 2026', lede)).toMatchObject({body: [3], dateline: 'DENVER (KDVR)'})
    expect(opening(['heading', 'Snow'], 'Feb. 11, 2026', lede)).toMatchObject({body: [2], dateline: 'DENVER (KDVR)'})
  })
})

describe('preamble above the dateline paragraph', () => {
  test('a subheadline, a release notice or a time stamp, up to two of them above a dateline', () => {
    expect(opening(['heading', 'Acme expands'], 'Project will let up to 2,400 households subscribe', lede)).toMatchObject({
      dek: 'Project will let up to 2,400 households subscribe',
      titleBlocks: [0, 1],
      body: [2],
      dateline: 'DENVER (KDVR)'
    })
    expect(opening('FOR IMMEDIATE RELEASE', lede)).toMatchObject({dek: undefined, titleBlocks: [], body: [1], dateline: 'DENVER (KDVR)'})
    expect(opening('News Release:', '9:42 a.m. MDT', lede)).toMatchObject({dek: undefined, titleBlocks: [], body: [2]})
    expect(opening('First subheadline here', 'Second subheadline here', lede)).toMatchObject({dek: 'First subheadline here', titleBlocks: [0, 1], body: [2]})
  })

  test('a dek from the dek lines wins over a subheadline', () => {
    expect(opening(['dek', 'The dek'], 'A subheadline', lede)).toMatchObject({dek: 'The dek', titleBlocks: [0, 1], body: [2]})
  })

  test('no preamble: three lines, no dateline after them, or a line that is not one', () => {
    expect(opening('One line here', 'Two line here', 'Three line here', lede)).toMatchObject({dek: undefined, body: [0, 1, 2, 3], dateline: undefined, lede: 'One line here'})
    expect(opening('A subheadline', 'No dateline here')).toMatchObject({dek: undefined, body: [0, 1], lede: 'A subheadline'})
    expect(opening('A subheadline', ['blockquote', lede])).toMatchObject({dek: undefined, body: [0, 1]})
    expect(opening(['list-item', 'A subheadline'], lede)).toMatchObject({dek: undefined, body: [0, 1]})
    // Lines that end a sentence, hold a quote, are empty or too long are no subheadline.
    for (const line of ['Snow fell.', 'Snow fell!', 'Is it snow?', 'Snow fell:', 'Snow fell;', 'She said "snow" then', 'Snow “fell”', '  ', 'Snow fell ' + 'a'.repeat(291)]) {
      expect(opening(line, lede), line).toMatchObject({dek: undefined, body: [0, 1]})
    }
    // 300 characters, once trimmed, is short enough.
    expect(opening(' Snow fell ' + 'a'.repeat(290) + ' ', lede)).toMatchObject({body: [1]})
  })

  test('a dateline paragraph first is no preamble', () => {
    expect(opening(lede, 'DENVER — Another one.')).toMatchObject({dek: undefined, body: [0, 1], dateline: 'DENVER (KDVR)'})
  })
})

describe('body, dateline and lede', () => {
  test('the body leaves out trailers', () => {
    expect(opening(lede, ['trailer', '___'], 'After.')).toMatchObject({body: [0, 2]})
  })

  test('a first body block that is no paragraph has no dateline and no lede', () => {
    expect(opening(['blockquote', lede])).toMatchObject({dateline: undefined, lede: undefined, body: [0]})
  })

  test('without a dateline the lede is the whole first paragraph', () => {
    expect(opening('Snow closed the pass.')).toMatchObject({dateline: undefined, lede: 'Snow closed the pass.'})
  })

  test('a dateline alone in its paragraph: the lede is the next paragraph', () => {
    expect(opening('OSLO 1997-02-11', 'Norway said.')).toMatchObject({dateline: 'OSLO 1997-02-11', lede: 'Norway said.'})
    expect(opening('OSLO 1997-02-11', ['list-item', 'Norway said.'])).toMatchObject({dateline: 'OSLO 1997-02-11', lede: undefined})
    expect(opening('OSLO 1997-02-11')).toMatchObject({dateline: 'OSLO 1997-02-11', lede: undefined})
  })

  test('the dateline names its city, region, state, country and source', () => {
    const dateline = (text: string) => readOpening(documentOf(text), metadata()).dateline
    expect(dateline('AURORA, Colo. (AP) — Police said.')).toMatchObject({city: 'Aurora', region: 'Colo.', state: 'CO', country: 'US', source: 'AP', geonameId: undefined})
    expect(dateline('KYIV, Ukraine (AP) — Drones flew.')).toMatchObject({city: 'Kyiv', region: 'Ukraine', state: undefined, country: 'UA'})
    expect(dateline('LONDON (Reuters) - Britain said.')).toMatchObject({city: 'London', region: undefined, state: undefined, country: undefined, source: 'Reuters'})
    expect(dateline('ST. LOUIS (AP) — The Cardinals won.')).toMatchObject({city: 'St. Louis'})
    expect(dateline('WINSTON-SALEM, N.C. — Rain fell.')).toMatchObject({city: 'Winston-Salem', state: 'NC'})
    expect(dateline('Columbus, Ohio (WCMH) - Voters voted.')).toMatchObject({city: 'Columbus', text: 'Columbus, Ohio (WCMH)'})
  })

  test("the publisher's own name is a byline", () => {
    const result = readOpening(documentOf('By The Evening Ledger', lede), metadata('The Evening Ledger'))
    expect(result.byline?.authors).toEqual([{type: 'Organization', name: 'The Evening Ledger'}])
    expect(readOpening(documentOf('By the river, we stood', lede), metadata()).byline).toBeUndefined()
  })
})
