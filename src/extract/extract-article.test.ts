// The pipeline's own decisions, seen through the public API: which blocks are read for names, what
// the story says about itself (sports, a dateline), the messages about a missing head or speaker.
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {type Options, articleToJsonLd} from '../index.js'

function convert(input: string | VFile, options: Options = {}) {
  const {article, messages} = articleToJsonLd(input, {format: 'markdown', ...options})
  return {article, messages: messages.map((message) => [message.ruleId, message.line, message.column])}
}

/** A URL for the story, so that no `missing-url` message stands beside those a test is about. */
const url = 'https://example.com/story'

describe('messages about the article\'s head', () => {
  test('an empty article is one fatal message, at its start', () => {
    const {messages} = articleToJsonLd('', {format: 'markdown'})
    expect(messages.map((message) => [message.ruleId, message.line, message.column, message.fatal, message.reason])).toEqual([
      ['empty-article', 1, 1, true, 'Unexpected empty article, expected a headline and text']
    ])
  })

  test('text without a headline: no headline (and no URL asked for: the headline comes first)', () => {
    const {messages} = articleToJsonLd('Just a paragraph of text.\n\nAnother one.', {format: 'markdown'})
    expect(messages.map((message) => [message.ruleId, message.line, message.column, message.fatal, message.reason])).toEqual([
      ['no-headline', 1, 1, true, 'Unexpected article without headline, expected a `title` in frontmatter or a first heading']
    ])
  })

  test('a frontmatter that cannot be read says why; its lost title is not reported again', () => {
    expect(convert('---\ntitle: [unclosed\n---\n\nText here.').messages.map(([rule]) => rule)).toEqual(['invalid-frontmatter'])
  })

  test('a title in the frontmatter is a headline', () => {
    expect(convert('---\ntitle: Storm hits\n---\n\nText here.').messages.map(([rule]) => rule)).toEqual(['missing-url'])
  })

  test('a headline without a URL asks for one; `baseUrl` with a file name gives it', () => {
    expect(articleToJsonLd('# Storm\n\nText.', {format: 'markdown'}).messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
      ['missing-url', 1, 1, 'Unexpected article without URL, expected `url` in frontmatter or the `baseUrl` option; `@id`s are relative']
    ])
    // A string has no file name to put after the base.
    expect(convert('# Storm\n\nText.', {baseUrl: 'https://example.com/news/'}).messages).toEqual([['missing-url', 1, 1]])
    const named = convert(new VFile({path: '/drafts/storm hits.md', value: '# Storm\n\nText.'}), {baseUrl: 'https://example.com/news/'})
    expect(named.article.url).toBe('https://example.com/news/storm%20hits')
    expect(named.messages).toEqual([])
    // A URL the article states wins over the file name.
    const stated = convert(new VFile({path: '/drafts/storm.md', value: '---\nurl: https://example.com/a/b\n---\n\n# Storm\n\nText.'}), {baseUrl: 'https://example.com/news/'})
    expect(stated.article.url).toBe('https://example.com/a/b')
    expect(stated.messages).toEqual([])
  })

  test('a message about a frontmatter field points at its line', () => {
    expect(convert('---\ntitle: Storm\ndatePublished: nonsense\n---\n\nText.', {metadata: {url}}).messages).toEqual([['unreadable-date', 3, 1]])
  })

  test('a message about a field of an HTML page points at its element', () => {
    const page = '<html><head><title>Storm</title>\n<meta property="article:published_time" content="nonsense">\n<link rel="canonical" href="https://example.com/s"></head><body><h1>Storm</h1><p>Text here.</p></body></html>'
    const {messages} = articleToJsonLd(page, {format: 'html'})
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['unreadable-date', 2, 1]])
  })

  test('the options\' metadata wins over the frontmatter', () => {
    const {article} = convert('---\ntitle: Storm\nurl: https://example.com/a\n---\n\nText.', {metadata: {url: 'https://example.com/b'}})
    expect(article.url).toBe('https://example.com/b')
  })
})

describe('quotes without a speaker', () => {
  test('each is reported at its first part, its text cut to 57 characters and an ellipsis past 60', () => {
    const long = 'This quotation runs on and on, well past sixty letters. Yes!!'
    const sixty = 'This quotation runs on and on, well past sixty letters. Yes.'
    expect([sixty.length, long.length]).toEqual([60, 61])
    const {messages} = articleToJsonLd(`# Storm\n\n"${long}"\n\n"${sixty}"`, {format: 'markdown', metadata: {url}})
    expect(new Set(messages.map((message) => message.reason))).toEqual(new Set(['Unexpected quote without speaker, expected an attribution such as `said Jane Doe`']))
    expect(messages.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ['quote-unattributed', 3, 2, long.slice(0, 57) + '…'],
      ['quote-unattributed', 5, 2, sixty]
    ])
  })

  test('a quote with a speaker is not reported', () => {
    expect(convert('# Storm\n\n"We will rebuild the town," Ana Ruiz said.', {metadata: {url}}).messages).toEqual([])
  })
})

describe('names', () => {
  test('the dateline is read by its own parser, not as names', () => {
    const {article} = convert('# Storm\n\nZORVAK CORP, Texas — Ana Ruiz spoke.')
    expect(article.entities.map((entity) => entity.name)).toEqual(['Ana Ruiz'])
    expect(article.dateline?.text).toBe('ZORVAK CORP, Texas')
    // A dateline town the gazetteer lacks is a place all the same, named as the dateline writes it.
    expect(article.places.map((place) => place.name)).toEqual(['Texas', 'Zorvak Corp'])
  })

  test('only the lede\'s dateline is left out: a name that opens a later paragraph is read', () => {
    const {article} = convert('# Storm\n\nDENVER — Ana Ruiz spoke.\n\nBo Lee left.')
    expect(article.entities.map((entity) => entity.name)).toEqual(['Ana Ruiz', 'Bo Lee'])
  })

  test('`the mayor` names the mayor introduced before: a quote it gives is theirs', () => {
    const {article} = convert('# Storm\n\nMayor Ana Ruiz spoke.\n\n"We will rebuild," the mayor said.')
    expect(article.quotations.map((quote) => [quote.text, quote.speaker?.name, quote.speakerPhrase?.text])).toEqual([['We will rebuild', 'Ana Ruiz', 'the mayor']])
  })

  test('the byline is not read for names (its author is no one the story is about)', () => {
    const {article} = convert('# Storm\n\nBy Bo Lee\n\nAna Ruiz spoke.')
    expect(article.byline?.authors.map((author) => author.name)).toEqual(['Bo Lee'])
    expect(article.entities.map((entity) => entity.name)).toEqual(['Ana Ruiz'])
  })

  test('the dateline\'s town has its place\'s id', () => {
    const {article} = convert('# Storm\n\nMADISON, Wis. — Ana Ruiz spoke.')
    expect(article.dateline).toMatchObject({text: 'MADISON, Wis.', city: 'Madison', geonameId: 5261457})
  })

  test('a quote carried over a paragraph\'s end goes on in the next', () => {
    const {article} = convert('# Storm\n\n"We will rebuild the town with Bo Lee\n\n"and the school," Ana Ruiz said.')
    expect(article.quotations.map((quote) => [quote.text, quote.speaker?.name])).toEqual([['We will rebuild the town with Bo Lee and the school', 'Ana Ruiz']])
  })

  test('in a story that reads as sports (four sports words, the headline\'s too), a town in a club\'s place is a club', () => {
    const sports = convert('# Goal, match and league\n\nThe striker ran.\n\nLeicester beat Hampshire.').article
    expect(sports.entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['Leicester', 'Organization'],
      ['Hampshire', 'Organization']
    ])
    const news = convert('# Goal and match\n\nThe man ran.\n\nLeicester beat Hampshire.').article
    expect(news.entities).toEqual([])
    expect(news.places.map((place) => place.name)).toEqual(['Leicester', 'Hampshire'])
  })

  test('names with no evidence are reported when the rule is on, not when it is off', () => {
    expect(convert('# T\n\nZorvak spoke. Quellin left.', {metadata: {url}, rules: {'name-without-evidence': 'warning'}}).messages).toEqual([['name-without-evidence', 3, 15]])
    expect(convert('# T\n\nZorvak spoke. Quellin left.', {metadata: {url}, rules: {'name-without-evidence': 'off'}}).messages).toEqual([])
  })

  test('the newsroom\'s known entities settle a name', () => {
    const {article} = convert('# T\n\nZorvak Quellin spoke.', {baseUrl: 'https://example.com/', knownEntities: [{name: 'Zorvak Quellin', type: 'Organization'}]})
    expect(article.entities.map((entity) => [entity.name, entity.type, entity.evidence])).toEqual([['Zorvak Quellin', 'Organization', ['known-entity', 'speech-verb']]])
  })
})

test('the word count is the body\'s, without the headline', () => {
  expect(convert('# Storm hits the town\n\nOne two three.\n\nFour five.').article.wordCount).toBe(5)
})

test('quoted terms are the article\'s', () => {
  expect(convert('# T\n\nShe ate a "tomato" today.').article.quotedTerms.map((term) => term.text)).toEqual(['tomato'])
})
