/**
 * Video and audio that go with an article: from the `video` and `audio`
 * fields, and (for video) the YouTube and Vimeo embeds in its text.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {VideoEmbed} from './video-embeds.js'

/** A video or audio clip (`VideoObject`, `AudioObject`). */
export interface Media {
  /** The media file itself (`contentUrl`); written `url` in frontmatter. */
  readonly contentUrl?: string | undefined
  /** A player for it (`embedUrl`): `https://www.youtube.com/embed/…`. */
  readonly embedUrl?: string | undefined
  /** The page it is on, such as its YouTube page. */
  readonly url?: string | undefined
  readonly name?: string | undefined
  readonly description?: string | undefined
  readonly thumbnailUrl?: string | undefined
  /** ISO 8601 date or date-time. */
  readonly uploadDate?: string | undefined
  /** ISO 8601 duration: `PT2M35S`. */
  readonly duration?: string | undefined
}

/** Google's required properties of a video (developers.google.com/search/docs/appearance/structured-data/video). */
const requiredVideoProperties = ['name', 'thumbnailUrl', 'uploadDate'] as const

/**
 * The article's videos: those of its fields, then each embed that is not one
 * of them; an embed of a video the fields describe fills in what they leave out.
 */
export function mergeVideos(videos: readonly Media[], embeds: readonly VideoEmbed[]): Array<{video: Media; embed: VideoEmbed | undefined}> {
  const result = videos.map((video) => ({video, embed: undefined as VideoEmbed | undefined}))
  for (const embed of embeds) {
    const same = result.find(({video}) => video.embedUrl === embed.embedUrl || video.url === embed.pageUrl)
    if (same) {
      same.embed = embed
      same.video = {...embedFields(embed), ...definedFields(same.video)}
    } else {
      result.push({video: embedFields(embed), embed})
    }
  }
  return result
}

/**
 * Report each video that lacks a property Google requires for video
 * results, at the embed or at the `video` field.
 */
export function checkVideos(videos: ReadonlyArray<{video: Media; place: Point | undefined}>, file: VFile): void {
  for (const {video, place} of videos) {
    const missing = requiredVideoProperties.filter((property) => video[property] === undefined)
    if (missing.length === 0) continue
    report(
      file,
      'missing-video-property',
      'Unexpected video without ' + missing.map((property) => '`' + property + '`').join(', ') +
        ', expected `name`, `thumbnailUrl` and `uploadDate` (Google requires them for video results)',
      {place, actual: video.embedUrl ?? video.contentUrl ?? video.name, expected: [...missing]}
    )
  }
}

function embedFields(embed: VideoEmbed): Media {
  return {embedUrl: embed.embedUrl, url: embed.pageUrl, name: embed.name, thumbnailUrl: embed.thumbnailUrl}
}

function definedFields(media: Media): Media {
  return Object.fromEntries(Object.entries(media).filter(([, value]) => value !== undefined))
}
