/**
 * The common video hosts: a YouTube or Vimeo address in any of its forms
 * (watch page, short link, player, embed) read into the host's player URL.
 */

/** A video on a known host. */
export interface HostedVideo {
  /** The host's player: `https://www.youtube.com/embed/<id>`, `https://player.vimeo.com/video/<id>`. */
  readonly embedUrl: string
  /** The video's page, for `url`. */
  readonly pageUrl: string
  /** The host's still image, when it has a predictable address (YouTube). */
  readonly thumbnailUrl: string | undefined
}

const youTubeId = /^[\w-]{11}$/
const vimeoId = /^\d{1,12}$/

/** The YouTube or Vimeo video at `address`, or `undefined` for any other address. */
export function hostedVideo(address: string): HostedVideo | undefined {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  const host = url.hostname.toLowerCase().replace(/^(?:www\.|m\.)/, '')
  const segments = url.pathname.split('/').filter(Boolean)
  if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'youtu.be') {
    const id =
      host === 'youtu.be'
        ? segments[0]
        : segments[0] === 'watch'
          ? (url.searchParams.get('v') ?? undefined)
          : segments[0] === 'embed' || segments[0] === 'shorts' || segments[0] === 'live' || segments[0] === 'v'
            ? segments[1]
            : undefined
    if (id === undefined || !youTubeId.test(id)) return undefined
    return {
      embedUrl: 'https://www.youtube.com/embed/' + id,
      pageUrl: 'https://www.youtube.com/watch?v=' + id,
      thumbnailUrl: 'https://i.ytimg.com/vi/' + id + '/hqdefault.jpg'
    }
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = host === 'player.vimeo.com' ? (segments[0] === 'video' ? segments[1] : undefined) : segments[segments.length - 1]
    if (id === undefined || !vimeoId.test(id)) return undefined
    return {embedUrl: 'https://player.vimeo.com/video/' + id, pageUrl: 'https://vimeo.com/' + id, thumbnailUrl: undefined}
  }
  return undefined
}
