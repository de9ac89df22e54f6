/**
 * Videos embedded in an article's source: an `<iframe>` of a known host
 * anywhere (Markdown and HTML), or a line that is nothing but a link to one
 * (`https://youtu.be/…`, `[Watch](https://vimeo.com/…)`, `![](…)`).
 */
import {type HostedVideo, hostedVideo} from './video-hosts.js'

/** A video embedded in the source. */
export interface VideoEmbed extends HostedVideo {
  /** The link text or the iframe's `title`, when there is one. */
  readonly name: string | undefined
  /** Offset of the embed in the source, for messages. */
  readonly offset: number
}

const sourceAttribute = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')/i
const titleAttribute = /\stitle\s*=\s*(?:"([^"]*)"|'([^']*)')/i
// `[text](url)` or `![alt](url "title")`, alone on its line.
const linkLine = /^!?\[([^\]]{0,300})\]\(\s*<?([^\s<>()]{1,2000})>?(?:\s+"[^"]{0,300}")?\s*\)$/
// A bare or angle-bracketed URL alone on its line.
const urlLine = /^<?(https?:\/\/[^\s<>]{1,2000})>?$/

/** Every embedded video of a known host, in source order, each video once. */
export function findVideoEmbeds(source: string): VideoEmbed[] {
  const found: VideoEmbed[] = []
  const add = (address: string | undefined, name: string | undefined, offset: number) => {
    const video = address === undefined ? undefined : hostedVideo(decodeAmpersands(address.trim()))
    if (video && !found.some((item) => item.embedUrl === video.embedUrl)) found.push({...video, name: name?.trim() || undefined, offset})
  }
  // Most sources (wire copy) have no `<` and neither a link nor a URL: those are not lower-cased or split into lines to see that.
  if (source.includes('<')) {
    const lower = source.toLowerCase()
    for (let start = lower.indexOf('<iframe'); start !== -1; start = lower.indexOf('<iframe', start + 7)) {
      const end = source.indexOf('>', start)
      const tag = source.slice(start, end === -1 ? undefined : end)
      const src = sourceAttribute.exec(tag)
      const title = titleAttribute.exec(tag)
      add(src?.[1] ?? src?.[2], title?.[1] ?? title?.[2], start)
    }
  }
  // (A link line holds `](`, a URL line `://`.)
  if (source.includes('](') || source.includes('://')) {
    let offset = 0
    for (const line of source.split('\n')) {
      const text = line.trim()
      const link = linkLine.exec(text) ?? undefined
      const bare = link ? undefined : urlLine.exec(text)
      if (link) add(link[2], link[1], offset + line.indexOf(text))
      else if (bare) add(bare[1], undefined, offset + line.indexOf(text))
      offset += line.length + 1
    }
  }
  return found.sort((a, b) => a.offset - b.offset)
}

/** `&amp;` in an attribute or Markdown URL is `&`. */
function decodeAmpersands(value: string): string {
  return value.replaceAll('&amp;', '&')
}
