// Bad and partial input of the coverage formats: each problem is a message at
// its place, and the rest of the article is kept.
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkFrontmatter from 'remark-frontmatter'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, type Options} from '../src/index.js'
import rehypeNewsArticle from '../src/plugins/rehype-news-article.js'
import remarkNewsArticle from '../src/plugins/remark-news-article.js'

const options: Options = {baseUrl: 'https://news.example.com/', timeZone: 'America/Denver', publisher: {name: 'Example News', url: 'https://news.example.com/'}}

function convert(frontmatter: string, body: string, extra: Options = {}) {
  const {jsonld, messages, article} = articleToJsonLd('---\ntitle: A story\nurl: https://news.example.com/story\ndate: 2026-11-03T18:00:00\n' + frontmatter + '\n---\n\n' + body, {...options, ...extra})
  const graph = jsonld['@graph'] as unknown as Array<Record<string, unknown>>
  return {graph, article, messages: messages.map((message) => message.line + ':' + message.column + ' ' + message.ruleId + ' ' + message.reason)}
}

describe('live blogs', () => {
  const frontmatter = 'type: LiveBlogPosting\ncoverageStartTime: 2026-11-03T18:00:00'

  test('an unreadable time, a time before the coverage and one out of order are reported at their headings; every update is kept', () => {
    const {graph, messages} = convert(frontmatter, ['Intro.', '', '## 6:10 p.m. First', '', 'One.', '', '## 6:40 p.m. Second', '', 'Two.', '', '## 25:10 — Third', '', 'Three.', '', '## 5:30 p.m. Fourth', '', 'Four.'].join('\n'))
    expect(messages).toEqual([
      expect.stringMatching(/^19:4 unreadable-update-time Unexpected update time `25:10`, expected a time/),
      expect.stringMatching(/^23:4 update-before-coverage Unexpected update at `2026-11-03T17:30:00-07:00` before `coverageStartTime`/),
      expect.stringMatching(/^23:4 update-out-of-order Unexpected update at `2026-11-03T17:30:00-07:00` after one at `2026-11-03T18:40:00-07:00`, expected updates oldest first/)
    ])
    const updates = graph.filter((node) => node['@type'] === 'BlogPosting')
    expect(updates.map((node) => [node.headline, node.datePublished, node.articleBody])).toEqual([
      ['First', '2026-11-03T18:10:00-07:00', 'One.'],
      ['Second', '2026-11-03T18:40:00-07:00', 'Two.'],
      ['25:10 — Third', undefined, 'Three.'],
      ['Fourth', '2026-11-03T17:30:00-07:00', 'Four.']
    ])
  })

  test('newest first is an order too; a heading date wins over the coverage day; dateModified is the latest update', () => {
    const {graph, messages} = convert(frontmatter, ['## 2026-11-04 00:15 — After midnight', '', 'Late.', '', '## 9:40 p.m.', '', 'Counting goes on. More later.', '', '## 7:05 p.m.', '', 'Polls close.'].join('\n'))
    expect(messages).toEqual([])
    expect(graph[0]).toMatchObject({'@type': 'LiveBlogPosting', dateModified: '2026-11-04T00:15:00-07:00'})
    // A heading with nothing after its time takes the update's first sentence.
    expect(graph.filter((node) => node['@type'] === 'BlogPosting').map((node) => node.headline)).toEqual(['After midnight', 'Counting goes on.', 'Polls close.'])
  })

  const updateDates = (graph: Array<Record<string, unknown>>) => graph.filter((node) => node['@type'] === 'BlogPosting').map((node) => node.datePublished)

  test('an undated time earlier than the update before it falls on the next day past midnight, oldest first or newest first', () => {
    const oldestFirst = convert(frontmatter, ['## 10:30 p.m.', '', 'One.', '', '## 11:50 p.m.', '', 'Two.', '', '## 12:10 a.m.', '', 'Three.', '', '## Midnight', '', 'Four?', '', '## 1:05 a.m.', '', 'Five.'].join('\n'))
    // `Midnight` after 12:10 a.m. is out of order on the new day; the rest run on.
    expect(oldestFirst.messages).toEqual([expect.stringMatching(/^21:4 update-out-of-order Unexpected update at `2026-11-04T00:00:00-07:00` after one at `2026-11-04T00:10:00-07:00`/)])
    expect(updateDates(oldestFirst.graph)).toEqual(['2026-11-03T22:30:00-07:00', '2026-11-03T23:50:00-07:00', '2026-11-04T00:10:00-07:00', '2026-11-04T00:00:00-07:00', '2026-11-04T01:05:00-07:00'])
    expect(oldestFirst.graph[0]).toMatchObject({dateModified: '2026-11-04T01:05:00-07:00'})
    const newestFirst = convert(frontmatter, ['## 1:05 a.m.', '', 'Three.', '', '## 11:50 p.m.', '', 'Two.', '', '## 7 p.m.', '', 'One.'].join('\n'))
    expect(newestFirst.messages).toEqual([])
    expect(updateDates(newestFirst.graph)).toEqual(['2026-11-04T01:05:00-07:00', '2026-11-03T23:50:00-07:00', '2026-11-03T19:00:00-07:00'])
  })

  test('a first update shortly after midnight follows a late coverage start; an earlier time the same evening stays out of order', () => {
    const late = convert('type: LiveBlogPosting\ncoverageStartTime: 2026-11-03T23:00:00', ['## 12:05 a.m.', '', 'One.', '', '## 12:40 a.m.', '', 'Two.'].join('\n'))
    expect(late.messages).toEqual([])
    expect(updateDates(late.graph)).toEqual(['2026-11-04T00:05:00-07:00', '2026-11-04T00:40:00-07:00'])
    const back = convert(frontmatter, ['## 9 p.m.', '', 'One.', '', '## 10 p.m.', '', 'Two.', '', '## 8:30 p.m.', '', 'Three.'].join('\n'))
    expect(back.messages).toEqual([expect.stringMatching(/^17:4 update-out-of-order Unexpected update at `2026-11-03T20:30:00-07:00`/)])
  })

  test('spelled-out days, weekdays, noon and midnight date the updates', () => {
    const {graph, messages} = convert(frontmatter, ['## Nov. 3, 6:30 p.m. — Doors open', '', 'One.', '', '## Tuesday 9 p.m.', '', 'Two.', '', '## Midnight', '', 'Three.', '', '## Wednesday, noon: Recount asked', '', 'Four.', '', '## November 5, 2026, 8:15 a.m.', '', 'Five.'].join('\n'))
    expect(messages).toEqual([])
    // 2026-11-03 is a Tuesday.
    expect(updateDates(graph)).toEqual(['2026-11-03T18:30:00-07:00', '2026-11-03T21:00:00-07:00', '2026-11-04T00:00:00-07:00', '2026-11-04T12:00:00-07:00', '2026-11-05T08:15:00-07:00'])
    expect(graph.filter((node) => node['@type'] === 'BlogPosting').map((node) => node.headline)).toEqual(['Doors open', 'Two.', 'Three.', 'Recount asked', 'Five.'])
    expect(convert(frontmatter, '## Feb. 30, 10:00 — Nothing\n\nText.').messages).toEqual([expect.stringMatching(/^9:4 unreadable-update-time Unexpected update time `Feb\. 30`,/)])
  })

  test('a byline right under the first heading is that update’s author, also when the blog has no intro', () => {
    const {graph} = convert(frontmatter + '\nauthor: Ann Lee', ['## 7:05 p.m. — Polls close', '', 'By Bo Reyes', '', 'Polls closed.', '', '## 7:40 p.m.', '', 'By Cy Tran', '', 'Counting began.'].join('\n'))
    const people = new Map(graph.filter((node) => node['@type'] === 'Person').map((node) => [node['@id'], node.name]))
    const updates = graph.filter((node) => node['@type'] === 'BlogPosting')
    expect(updates.map((node) => [node.articleBody, (node.author as Array<{'@id': string}> | undefined)?.map((author) => people.get(author['@id']))])).toEqual([
      ['Polls closed.', ['Bo Reyes']],
      ['Counting began.', ['Cy Tran']]
    ])
  })

  test('plain text and HTML feed the same updates', () => {
    const text = articleToJsonLd('Storm live\n\n10:00 a.m. — Snow starts\n\nIt began in the foothills.\n\n11:30 a.m. — Roads close\n\nThe interstate closed.', {
      ...options,
      format: 'text',
      metadata: {type: 'LiveBlogPosting', coverageStartTime: '2026-01-10T09:00:00'}
    })
    const html = articleToJsonLd(
      '<article data-coverage-start-time="2026-01-10T09:00:00"><h1>Storm live</h1><h2>10:00 a.m. — Snow starts</h2><p>It began in the foothills.</p><h2>11:30 a.m. — Roads close</h2><p>The interstate closed.</p></article>',
      {...options, format: 'html'}
    )
    for (const {jsonld} of [text, html]) {
      const updates = (jsonld['@graph'] as unknown as Array<Record<string, unknown>>).filter((node) => node['@type'] === 'BlogPosting')
      expect(updates.map((node) => [node.headline, node.datePublished, node.articleBody])).toEqual([
        ['Snow starts', '2026-01-10T10:00:00-07:00', 'It began in the foothills.'],
        ['Roads close', '2026-01-10T11:30:00-07:00', 'The interstate closed.']
      ])
    }
  })

  test('a story that is no live blog keeps time headings as text', () => {
    const {graph} = convert('', '## 10:42 a.m.\n\nText.')
    expect(graph.some((node) => node['@type'] === 'BlogPosting')).toBe(false)
  })
})

describe('fact checks', () => {
  test('a rating outside its scale and a claim without claimant are reported at the field', () => {
    const {graph, messages} = convert('claimReview:\n  claim: Taxes doubled.\n  reviewRating:\n    ratingValue: 7\n    alternateName: "False"', 'Text.')
    expect(messages).toEqual([
      expect.stringMatching(/^5:1 claim-without-claimant Unexpected claim without claimant/),
      expect.stringMatching(/^5:1 rating-out-of-scale Unexpected rating `7` outside its scale, expected a value from `worstRating` 1 to `bestRating` 5/)
    ])
    expect(graph.find((node) => node['@type'] === 'ClaimReview')).toMatchObject({claimReviewed: 'Taxes doubled.', reviewRating: {ratingValue: 7}})
  })

  test('a claimant named in the text is that entity; a verdict alone is a rating', () => {
    const {graph, messages} = convert('claimReview:\n  claim: Taxes doubled.\n  claimant: Jane Roe-Okafor\n  reviewRating: Pants on fire', '"Taxes doubled," said Jane Roe-Okafor, a candidate.')
    expect(messages).toEqual([])
    const review = graph.find((node) => node['@type'] === 'ClaimReview')!
    expect(review.reviewRating).toEqual({'@type': 'Rating', alternateName: 'Pants on fire'})
    expect(review.itemReviewed).toEqual({'@type': 'Claim', author: {'@id': 'https://news.example.com/story#person-jane-roe-okafor'}})
  })

  test('an HTML claim marker is a claim review; a claimant URL is resolved', () => {
    const {jsonld, messages} = articleToJsonLd(
      '<article><h1>Fact check</h1><p>A post said taxes doubled.</p><blockquote class="claim" cite="/post" data-claimant="Jane Roe-Okafor" data-rating="False" data-rating-value="1" data-best-rating="5" data-worst-rating="1" data-date="2026-10-09">Taxes doubled.</blockquote></article>',
      {...options, format: 'html'}
    )
    expect(messages.filter((message) => message.ruleId !== 'missing-url')).toEqual([])
    const review = (jsonld['@graph'] as unknown as Array<Record<string, unknown>>).find((node) => node['@type'] === 'ClaimReview')!
    expect(review).toMatchObject({
      claimReviewed: 'Taxes doubled.',
      reviewRating: {'@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False'},
      itemReviewed: {'@type': 'Claim', datePublished: '2026-10-09', appearance: [{'@type': 'CreativeWork', url: 'https://news.example.com/post'}]}
    })
    const {graph} = convert('claimReview:\n  claim: Taxes doubled.\n  claimant: {name: Ann Lee, url: /people/ann}\n  reviewRating: "False"', 'Text.')
    expect(graph.find((node) => node.name === 'Ann Lee')).toMatchObject({'@type': 'Person', url: 'https://news.example.com/people/ann'})
  })
})

describe('video and audio', () => {
  test('a video without Google’s required properties is reported, at the field or at the embed', () => {
    const {graph, messages} = convert('video:\n  url: https://news.example.com/a.mp4\n  duration: 2:75', 'Text.\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Briefing"></iframe>')
    expect(messages).toEqual([
      expect.stringMatching(/^5:1 invalid-field Unexpected `2:75` in `video`, expected a duration/),
      expect.stringMatching(/^5:1 missing-video-property Unexpected video without `name`, `thumbnailUrl`, `uploadDate`/),
      expect.stringMatching(/^12:1 missing-video-property Unexpected video without `uploadDate`/)
    ])
    expect(graph.filter((node) => node['@type'] === 'VideoObject').map((node) => node.embedUrl ?? node.contentUrl)).toEqual([
      'https://news.example.com/a.mp4',
      'https://www.youtube.com/embed/dQw4w9WgXcQ'
    ])
  })

  test('HTML <video> and <audio> elements are read', () => {
    const {jsonld} = articleToJsonLd(
      '<article><h1>Storm</h1><p>Snow fell.</p><video src="/v.mp4" poster="/v.jpg" title="Snow"></video><audio><source src="/a.mp3"></audio></article>',
      {...options, format: 'html'}
    )
    const graph = jsonld['@graph'] as unknown as Array<Record<string, unknown>>
    expect(graph.find((node) => node['@type'] === 'VideoObject')).toMatchObject({contentUrl: 'https://news.example.com/v.mp4', thumbnailUrl: 'https://news.example.com/v.jpg', name: 'Snow'})
    expect(graph.find((node) => node['@type'] === 'AudioObject')).toMatchObject({contentUrl: 'https://news.example.com/a.mp3'})
  })
})

describe('corrections', () => {
  test('the lint rule warns when dateModified is earlier than the latest correction, or missing', () => {
    const rules = {rules: {'modified-before-correction': 'warning'}} as const
    expect(convert('corrections:\n  - date: 2026-11-04\n    text: Fixed a name.', 'Text.', rules).messages).toEqual([
      expect.stringMatching(/^10:1 modified-before-correction Unexpected corrected article without `dateModified`, expected `dateModified` on or after `2026-11-04`/)
    ])
    expect(convert('updated: 2026-11-04T10:00:00\ncorrections:\n  - date: 2026-11-04\n    text: Fixed a name.', 'Text.', rules).messages).toEqual([])
    // Off unless turned on (remarkNewsroomLint turns it on).
    expect(convert('corrections:\n  - date: 2026-11-05\n    text: Fixed a name.', 'Text.').messages).toEqual([])
  })

  test('HTML correction markers are read, and a trailing note is not read twice', () => {
    const {jsonld} = articleToJsonLd(
      '<article><h1>Storm</h1><p>Snow fell.</p><p class="correction">Correction: <time datetime="2026-01-11">Jan. 11</time> An earlier version misspelled a name.</p></article>',
      {...options, format: 'html'}
    )
    expect((jsonld['@graph'][0] as Record<string, unknown>).correction).toEqual([
      {'@type': 'CorrectionComment', datePublished: '2026-01-11', text: 'Jan. 11 An earlier version misspelled a name.'}
    ])
  })
})

describe('speakable', () => {
  test('the option and the field give a SpeakableSpecification; bad options throw', () => {
    expect(convert('', 'Text.', {speakable: '.summary'}).graph[0]!.speakable).toEqual({'@type': 'SpeakableSpecification', cssSelector: ['.summary']})
    expect(convert('speakable: true', 'Text.').graph[0]!.speakable).toEqual({'@type': 'SpeakableSpecification', cssSelector: ['.speakable-headline', '.speakable-summary']})
    expect(() => articleToJsonLd('x', {speakable: 5 as unknown as string})).toThrow(/^Expected `speakable` to be `true` or CSS selectors/)
  })

  test('the plugins mark the headline and summary elements', async () => {
    const fromMarkdown = await unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkNewsArticle, {...options, speakable: true})
      .use(remarkRehype)
      .use(rehypeStringify)
      .process('# Snow closes schools\n\nDENVER — Schools closed on Monday.\n\nMore text.')
    expect(String(fromMarkdown)).toBe('<h1 class="speakable-headline">Snow closes schools</h1>\n<p class="speakable-summary">DENVER — Schools closed on Monday.</p>\n<p>More text.</p>')
    const fromHtml = await unified()
      .use(rehypeParse, {fragment: true})
      .use(rehypeNewsArticle, {...options, speakable: true})
      .use(rehypeStringify)
      .process('<h1 class="title">Snow closes schools</h1><p>DENVER — Schools closed on Monday.</p>')
    expect(String(fromHtml)).toBe('<h1 class="title speakable-headline">Snow closes schools</h1><p class="speakable-summary">DENVER — Schools closed on Monday.</p>')
  })
})
