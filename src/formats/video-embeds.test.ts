import {expect, test} from 'vitest'
import {findVideoEmbeds} from './video-embeds.js'
import {hostedVideo} from './video-hosts.js'

test('reads YouTube and Vimeo addresses in their forms', () => {
  for (const address of [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    'https://m.youtube.com/shorts/dQw4w9WgXcQ'
  ]) {
    expect(hostedVideo(address)?.embedUrl, address).toBe('https://www.youtube.com/embed/dQw4w9WgXcQ')
  }
  expect(hostedVideo('https://vimeo.com/76979871')?.embedUrl).toBe('https://player.vimeo.com/video/76979871')
  expect(hostedVideo('https://player.vimeo.com/video/76979871')?.pageUrl).toBe('https://vimeo.com/76979871')
  for (const address of ['https://www.youtube.com/watch?v=short', 'https://example.com/watch?v=dQw4w9WgXcQ', 'javascript:alert(1)', 'not a url']) {
    expect(hostedVideo(address), address).toBeUndefined()
  }
})

test('finds iframes anywhere and links alone on their line', () => {
  const source = [
    'Intro with a [link in prose](https://youtu.be/aaaaaaaaaaa) is no embed.',
    '',
    '[Watch the briefing](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
    '',
    '<iframe title="Storm footage" src="https://player.vimeo.com/video/76979871?h=1&amp;x=2"></iframe>',
    '',
    'https://youtu.be/dQw4w9WgXcQ'
  ].join('\n')
  const embeds = findVideoEmbeds(source)
  expect(embeds.map((embed) => [embed.embedUrl, embed.name])).toEqual([
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'Watch the briefing'],
    ['https://player.vimeo.com/video/76979871', 'Storm footage']
  ])
  expect(source.slice(embeds[1]!.offset, embeds[1]!.offset + 7)).toBe('<iframe')
})
