/** `VideoObject` and `AudioObject` nodes of an article's clips. */
import type {Media} from '../formats/media.js'
import type {GraphNode} from './node.js'

/** One node per clip, `@id` `<url>#video-1`, `#audio-1`, …. */
export function mediaNodes(base: string, type: 'VideoObject' | 'AudioObject', clips: readonly Media[]): GraphNode[] {
  const kind = type === 'VideoObject' ? 'video' : 'audio'
  return clips.map((clip, index) => ({
    '@type': type,
    '@id': base + '#' + kind + '-' + (index + 1),
    name: clip.name,
    description: clip.description,
    contentUrl: clip.contentUrl,
    embedUrl: clip.embedUrl,
    url: clip.url,
    thumbnailUrl: clip.thumbnailUrl,
    uploadDate: clip.uploadDate,
    duration: clip.duration
  }))
}
